import { describe, expect, it } from 'vitest';
import { createScenarioEngine } from '../../../models/scenario';
import { extension, newRowNames, planPaste } from '../../../renderer/grids/paste-plan';
import { referenceScenario } from '../../models/templates/template-helpers';

const scenario = referenceScenario();
const engine = createScenarioEngine(scenario);
const languages = scenario.grids.find((grid) => grid.name === 'languages')!;

describe('planning a paste', () => {
  it('places a block that fits, row by row', () => {
    const plan = planPaste(scenario, engine, 'languages.en.share', [['0.5', '2'], ['0.4', '1']])!;
    expect(plan.cells).toEqual([['languages.en.share', '0.5'], ['languages.en.tokens_per_unit', '2'], ['languages.zh.share', '0.4'], ['languages.zh.tokens_per_unit', '1']]);
    expect([plan.missingRows, plan.cellsBelow, plan.cellsRight, plan.formulas]).toEqual([0, 0, 0, []]);
  });

  it('counts what falls below the last row and right of the last column', () => {
    const plan = planPaste(scenario, engine, 'languages.es.weighted_output_tokens', [['1', '2'], ['3', '4'], ['5', '6']])!;
    expect(plan.cells.map(([ref]) => ref)).toEqual(['languages.es.weighted_output_tokens']);
    // A cell both below and right of the grid counts once, as right of it.
    expect([plan.missingRows, plan.cellsBelow, plan.cellsRight]).toEqual([2, 2, 3]);
  });

  it('lists the formulas a paste would replace, but not a formula pasted over itself', () => {
    const same = engine.input('languages.en.weighted_input_tokens') as string;
    const plan = planPaste(scenario, engine, 'languages.en.weighted_input_tokens', [['7', '1'], [same]])!;
    expect(plan.formulas).toEqual(['languages.en.weighted_input_tokens', 'languages.en.weighted_output_tokens']);
  });

  it('is undefined at a cell that does not exist', () => {
    expect(planPaste(scenario, engine, 'languages.fr.share', [['1']])).toBeUndefined();
  });
});

describe('extending a table for a paste', () => {
  it('names new rows after the table size, skipping names in use', () => {
    expect(newRowNames(languages, 2)).toEqual(['row_5', 'row_6']);
    const taken = languages.kind === 'table' ? { ...languages, rows: [...languages.rows, { ...languages.rows[0]!, name: 'row_5' }] } : languages;
    expect(newRowNames(taken, 1)).toEqual(['row_6']);
  });

  it('pastes the rest of the block into new rows, and knows which new cells start as formulas', () => {
    const rows = [['0.1', '2', '1', '1', 'word', '9'], ['0.2', '3', '1', '1', 'word', '9']];
    const plan = planPaste(scenario, engine, 'languages.es.share', rows)!;
    const added = extension(plan, rows)!;
    expect(added.names).toEqual(['row_5']);
    expect(added.cells[0]).toEqual(['languages.row_5.share', '0.2']);
    expect(added.formulas).toEqual(['languages.row_5.weighted_input_tokens']);
  });

  it('never extends a scalar grid', () => {
    const plan = planPaste(scenario, engine, 'prompt.history_tokens', [['1'], ['2'], ['3'], ['4']])!;
    expect(plan.missingRows).toBeGreaterThan(0);
    expect(extension(plan, [['1'], ['2'], ['3'], ['4']])).toBeUndefined();
  });
});
