import { describe, expect, it } from 'vitest';
import {
  addRow, cellInput, clearColumnOverride, columnFormulaUse, deleteRow, monthOverridesOf, renameRow, setCell, setColumnFormula, setMonthOverride,
} from '../../../models/scenario';
import { renameReference } from '../../../models/scenario/rewrite-references';
import { referenceScenario } from '../templates/template-helpers';

describe('document edits', () => {
  it('sets a scalar cell', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'traffic.requests_per_day', 5);
    expect(cellInput(scenario, 'traffic.requests_per_day')).toBe(5);
  });

  it('sets a table cell', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'languages.zh.share', 0.4);
    expect(cellInput(scenario, 'languages.zh.share')).toBe(0.4);
  });

  it('refuses a cell that does not exist', () => {
    expect(setCell(referenceScenario(), 'languages.fr.share', 1)).toBe('there is no cell languages.fr.share');
  });

  it('adds a table row that follows every column formula and starts blank elsewhere', () => {
    const scenario = referenceScenario();
    addRow(scenario, 'languages', 'fr');
    expect(cellInput(scenario, 'languages.fr.weighted_input_tokens')).toBe('=row.share * row.input_units * row.tokens_per_unit');
    expect(columnFormulaUse(scenario, 'languages.fr.weighted_input_tokens')).toBe('follows');
    expect(cellInput(scenario, 'languages.fr.share')).toBeNull();
    expect(cellInput(scenario, 'languages.fr.unit')).toBeNull();
  });

  it('copies the last row\'s row-relative formulas into a new row of a table without column formulas', () => {
    const scenario = referenceScenario();
    const gpus = scenario.grids.find((grid) => grid.name === 'gpus')!;
    if (gpus.kind !== 'table') throw new Error('gpus is a table');
    gpus.rows.at(-1)!.cells['memory_gb'] = '=row.on_demand_hourly * 10';
    addRow(scenario, 'gpus', 'b200');
    expect(cellInput(scenario, 'gpus.b200.memory_gb')).toBe('=row.on_demand_hourly * 10');
  });

  it('makes a cell that differs from its column formula an override, and clears it back', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'languages.zh.weighted_input_tokens', 40);
    expect(columnFormulaUse(scenario, 'languages.zh.weighted_input_tokens')).toBe('overrides');
    expect(clearColumnOverride(scenario, 'languages.zh.weighted_input_tokens')).toBeUndefined();
    expect(columnFormulaUse(scenario, 'languages.zh.weighted_input_tokens')).toBe('follows');
  });

  it('follows the column again when a cell is given the column formula itself', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'languages.zh.weighted_input_tokens', 40);
    setCell(scenario, 'languages.zh.weighted_input_tokens', '=row.share * row.input_units * row.tokens_per_unit');
    expect(columnFormulaUse(scenario, 'languages.zh.weighted_input_tokens')).toBe('follows');
  });

  it('changes a column formula for every row that follows it, keeping overrides', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'languages.zh.weighted_input_tokens', 40);
    expect(setColumnFormula(scenario, 'languages', 'weighted_input_tokens', '=row.share')).toBeUndefined();
    expect(cellInput(scenario, 'languages.en.weighted_input_tokens')).toBe('=row.share');
    expect(cellInput(scenario, 'languages.zh.weighted_input_tokens')).toBe(40);
  });

  it('overrides months of a series row, and clears them back to the formula', () => {
    const scenario = referenceScenario();
    setMonthOverride(scenario, 'series.requests', 1, 1000);
    setMonthOverride(scenario, 'series.requests', 2, 2000);
    expect([...monthOverridesOf(scenario, 'series.requests')]).toEqual([[1, 1000], [2, 2000]]);
    setMonthOverride(scenario, 'series.requests', 1, undefined);
    setMonthOverride(scenario, 'series.requests', 2, undefined);
    expect(monthOverridesOf(scenario, 'series.requests').size).toBe(0);
  });

  it('refuses month overrides of a table cell or of month 0', () => {
    const scenario = referenceScenario();
    expect(setMonthOverride(scenario, 'languages.en.share', 1, 1)).toMatch(/not a row of a scalar grid/);
    expect(setMonthOverride(scenario, 'series.requests', 0, 1)).toMatch(/month 0 is not a whole number from 1/);
  });

  it('refuses a row name that is taken or not lower_snake_case', () => {
    const scenario = referenceScenario();
    expect(addRow(scenario, 'languages', 'zh')).toBe('languages already has a row "zh"');
    expect(addRow(scenario, 'languages', 'Zh-TW')).toMatch(/is not a lower_snake_case name/);
  });

  it('refuses an empty row name, saying so', () => {
    expect(addRow(referenceScenario(), 'languages', '')).toBe('the row name is empty');
  });

  it('renames a row and rewrites the formulas that refer to it', () => {
    const scenario = referenceScenario();
    renameRow(scenario, 'models', 'gpt_4o', 'gpt_5');
    expect(cellInput(scenario, 'ft.base_input_per_m')).toBe('=models.gpt_5.input_per_m');
  });

  it('rewrites column formulas on a rename too', () => {
    const scenario = referenceScenario();
    setColumnFormula(scenario, 'gpus', 'spot_hourly', '=gpus.h100_80gb.on_demand_hourly / 2');
    renameRow(scenario, 'gpus', 'h100_80gb', 'h100');
    expect(cellInput(scenario, 'gpus.a10g.spot_hourly')).toBe('=gpus.h100.on_demand_hourly / 2');
  });

  it('deletes a row', () => {
    const scenario = referenceScenario();
    deleteRow(scenario, 'languages', 'es');
    expect(cellInput(scenario, 'languages.es.share')).toBeUndefined();
  });
});

describe('renaming references in a formula', () => {
  it('renames whole references only', () => {
    expect(renameReference('=a.b + a.bc + xa.b + a.b.c', 'a.b', 'a.z')).toBe('=a.z + a.bc + xa.b + a.z.c');
  });

  it('leaves text in quotes alone', () => {
    expect(renameReference('=concat("a.b", a.b)', 'a.b', 'a.z')).toBe('=concat("a.b", a.z)');
  });

  it('leaves plain values alone', () => {
    expect(renameReference('a.b', 'a.b', 'a.z')).toBe('a.b');
  });
});
