import { describe, expect, it } from 'vitest';
import { addRow, cellInput, deleteRow, renameRow, setCell } from '../../../models/scenario';
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

  it('adds a table row whose row-relative formulas are copied from the last row', () => {
    const scenario = referenceScenario();
    addRow(scenario, 'languages', 'fr');
    expect(cellInput(scenario, 'languages.fr.weighted_input_tokens')).toBe('=row.share * row.input_units * row.tokens_per_unit');
    expect(cellInput(scenario, 'languages.fr.share')).toBe(0);
    expect(cellInput(scenario, 'languages.fr.unit')).toBe('');
  });

  it('refuses a row name that is taken or not lower_snake_case', () => {
    const scenario = referenceScenario();
    expect(addRow(scenario, 'languages', 'zh')).toBe('languages already has a row "zh"');
    expect(addRow(scenario, 'languages', 'Zh-TW')).toMatch(/is not a lower_snake_case name/);
  });

  it('renames a row and rewrites the formulas that refer to it', () => {
    const scenario = referenceScenario();
    renameRow(scenario, 'gpus', 'h100_80gb', 'h100');
    expect(cellInput(scenario, 'selfhost.gpu_hourly')).toBe('=gpus.h100.on_demand_hourly');
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
