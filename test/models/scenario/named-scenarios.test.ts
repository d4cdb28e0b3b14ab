import { describe, expect, it } from 'vitest';
import {
  addNamedScenario, applyNamedScenario, createScenarioEngine, deleteNamedScenario, deleteRow, diffOverrides, effectiveCells, loadScenario,
  namedScenarioEngine, overriddenRefs, promoteToBase, renameNamedScenario, renameRow, resetCellToBase, setCell, setMonthOverride, setScenarioCell,
  setScenarioMonth,
} from '../../../models/scenario';
import { referenceTemplate } from '../../../models/templates';
import type { Scenario } from '../../../shared/scenario-schema';

function template(): Scenario {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors[0]);
  return loaded.file.scenario;
}

/** The template with one scenario, "busy", that doubles the traffic. */
function withBusy(): Scenario {
  const scenario = template();
  expect(addNamedScenario(scenario, 'busy', { cells: { 'traffic.requests_per_day': 20000 }, months: {} })).toBeUndefined();
  return scenario;
}

const outputOf = (scenario: Scenario, name: string | undefined, ref: string) => namedScenarioEngine(scenario, name).get(ref);

describe('named scenarios', () => {
  it('compute the base with their overrides in place', () => {
    const scenario = withBusy();
    const doubled = template();
    setCell(doubled, 'traffic.requests_per_day', 20000);
    expect(outputOf(scenario, 'busy', 'out.tco')).toBe(createScenarioEngine(doubled).get('out.tco'));
  });

  it('leave the base as it is', () => {
    expect(outputOf(withBusy(), undefined, 'out.tco')).toBe(createScenarioEngine(template()).get('out.tco'));
  });

  it('follow a change of the base in every cell they do not override', () => {
    const scenario = withBusy();
    setCell(scenario, 'biz.value_monthly', 0);
    const expected = template();
    setCell(expected, 'traffic.requests_per_day', 20000);
    setCell(expected, 'biz.value_monthly', 0);
    expect(outputOf(scenario, 'busy', 'out.payback_month')).toEqual(createScenarioEngine(expected).get('out.payback_month'));
  });

  it('override a table cell that follows its column formula', () => {
    const scenario = template();
    addNamedScenario(scenario, 'fixed weight', { cells: { 'languages.en.weighted_input_tokens': 100 }, months: {} });
    expect(outputOf(scenario, 'fixed weight', 'languages.en.weighted_input_tokens')).toBe(100);
  });

  it('add their month overrides on top of the base months', () => {
    const scenario = template();
    setMonthOverride(scenario, 'series.requests', 1, 1000);
    addNamedScenario(scenario, 'ramp', { cells: {}, months: { 'series.requests': { 2: 2000 } } });
    const requests = outputOf(scenario, 'ramp', 'series.requests') as Float64Array;
    expect([requests[0], requests[1]]).toEqual([1000, 2000]);
  });

  it('are written into the base by applyNamedScenario, for further edits', () => {
    const applied = applyNamedScenario(withBusy(), 'busy');
    expect(typeof applied === 'object' && effectiveCells(applied, undefined).find(([ref]) => ref === 'traffic.requests_per_day')?.[1]).toBe(20000);
  });

  it('name the scenarios there are when one is missing', () => {
    expect(applyNamedScenario(withBusy(), 'quiet')).toBe('there is no scenario "quiet" (scenarios: busy)');
  });

  it('refuse a name taken already, whatever its case', () => {
    expect(addNamedScenario(withBusy(), 'Busy')).toBe('there is already a scenario "busy"');
  });

  it('refuse "base" as a name: it is the base model', () => {
    expect(addNamedScenario(template(), 'Base')).toMatch(/"base" is the name of the base model/);
  });

  it('refuse an empty name', () => {
    expect(addNamedScenario(template(), '  ')).toBe('the scenario name is empty');
  });

  it('can be renamed and deleted; the list goes with the last one', () => {
    const scenario = withBusy();
    expect(renameNamedScenario(scenario, 'busy', 'peak')).toBeUndefined();
    expect(scenario.scenarios?.map((named) => named.name)).toEqual(['peak']);
    expect(deleteNamedScenario(scenario, 'peak')).toBeUndefined();
    expect(scenario.scenarios).toBeUndefined();
  });
});

describe('editing a scenario', () => {
  it('overrides a cell with a value or a formula', () => {
    const scenario = withBusy();
    setScenarioCell(scenario, 'busy', 'selfhost.gpu_hourly', '=gpus.a100_80gb.on_demand_hourly');
    expect(outputOf(scenario, 'busy', 'selfhost.gpu_hourly')).toBe(2.5);
  });

  it('drops the override when the base value is typed back', () => {
    const scenario = withBusy();
    setScenarioCell(scenario, 'busy', 'traffic.requests_per_day', 10000);
    expect(overriddenRefs(scenario, 'busy').size).toBe(0);
  });

  it('refuses a cell the model does not have', () => {
    expect(setScenarioCell(withBusy(), 'busy', 'traffic.nope', 1)).toBe('there is no cell traffic.nope');
  });

  it('overrides a month and returns it to the base', () => {
    const scenario = withBusy();
    setScenarioMonth(scenario, 'busy', 'series.requests', 3, 5);
    expect(overriddenRefs(scenario, 'busy')).toEqual(new Set(['traffic.requests_per_day', 'series.requests']));
    setScenarioMonth(scenario, 'busy', 'series.requests', 3, undefined);
    expect(scenario.scenarios![0]!.months).toBeUndefined();
  });

  it('resets a cell to the base', () => {
    const scenario = withBusy();
    expect(resetCellToBase(scenario, 'busy', 'traffic.requests_per_day')).toBeUndefined();
    expect(outputOf(scenario, 'busy', 'out.tco')).toBe(outputOf(scenario, undefined, 'out.tco'));
  });

  it('says when there is nothing to reset', () => {
    expect(resetCellToBase(withBusy(), 'busy', 'biz.value_monthly')).toBe('busy does not override biz.value_monthly');
  });

  it('promotes its overrides to the base, which then shows its numbers', () => {
    const scenario = withBusy();
    const tco = outputOf(scenario, 'busy', 'out.tco');
    expect(promoteToBase(scenario, 'busy')).toBeUndefined();
    expect(outputOf(scenario, undefined, 'out.tco')).toBe(tco);
    expect(overriddenRefs(scenario, 'busy').size).toBe(0);
  });

  it('promotes one cell and keeps the others', () => {
    const scenario = withBusy();
    setScenarioCell(scenario, 'busy', 'biz.value_monthly', 0);
    promoteToBase(scenario, 'busy', 'biz.value_monthly');
    expect(overriddenRefs(scenario, 'busy')).toEqual(new Set(['traffic.requests_per_day']));
    expect(outputOf(scenario, undefined, 'biz.value_monthly')).toBe(0);
  });
});

describe('scenarios follow the rows of the model', () => {
  it('move an override when its row is renamed, and rewrite formulas in it', () => {
    const scenario = template();
    addNamedScenario(scenario, 'cheap', { cells: { 'models.gpt_4o.input_per_m': 1, 'ft.base_input_per_m': '=models.gpt_4o.input_per_m * 2' }, months: {} });
    renameRow(scenario, 'models', 'gpt_4o', 'gpt_4o_2024');
    expect(scenario.scenarios![0]!.cells).toEqual({ 'models.gpt_4o_2024.input_per_m': 1, 'ft.base_input_per_m': '=models.gpt_4o_2024.input_per_m * 2' });
  });

  it('drop an override and a range when their row is deleted', () => {
    const scenario = template();
    addNamedScenario(scenario, 'cheap', { cells: { 'models.deepseek_v3.input_per_m': 0.1 }, months: {} });
    scenario.ranges = [{ ref: 'models.deepseek_v3.input_per_m', dist: 'uniform', low: 0.1, high: 0.3 }];
    deleteRow(scenario, 'models', 'deepseek_v3');
    expect([scenario.scenarios![0]!.cells, scenario.ranges]).toEqual([{}, undefined]);
  });
});

describe('diffOverrides', () => {
  it('finds the cells and months an edited copy changes', () => {
    const base = template();
    const edited = template();
    setCell(edited, 'traffic.requests_per_day', 5);
    setMonthOverride(edited, 'series.requests', 2, 7);
    expect(diffOverrides(base, edited)).toEqual({ cells: { 'traffic.requests_per_day': 5 }, months: { 'series.requests': { 2: 7 } } });
  });
});
