import { describe, expect, it } from 'vitest';
import { forEachCell, locateCell } from '../../../models/scenario';
import type { Scenario } from '../../../shared/scenario-schema';
import { referenceScenario } from '../templates/template-helpers';

/** Two scalar grids around a table and an empty table: the shapes a walk must get right. */
const scenario: Scenario = {
  name: 'walk',
  grids: [
    { id: 'g1', name: 'traffic', kind: 'scalar', rows: [{ id: 'r1', name: 'users', value: 10 }, { id: 'r2', name: 'days', value: 30 }] },
    {
      id: 'g2', name: 'languages', kind: 'table',
      columns: [{ id: 'c1', name: 'share' }, { id: 'c2', name: 'tokens', formula: '=row.share * 100' }],
      rows: [{ id: 'r3', name: 'en', cells: { share: 0.6 } }, { id: 'r4', name: 'zh', cells: { share: 0.4, tokens: 50 } }],
    },
    { id: 'g3', name: 'empty', kind: 'table', columns: [{ id: 'c3', name: 'x' }], rows: [] },
    { id: 'g4', name: 'out', kind: 'scalar', rows: [{ id: 'r5', name: 'total', value: '=sum(languages.tokens)' }] },
  ],
};

/** Every visit as what it was given: a scalar cell's ref, grid, row and row index; a table cell's column and both indexes too. */
const visits = (of: Scenario) => {
  const seen: Array<{ kind: string; ref: string; grid: unknown; row: unknown; column?: unknown; rowIndex: number; columnIndex?: number }> = [];
  forEachCell(of, {
    scalar: (ref, grid, row, rowIndex) => seen.push({ kind: 'scalar', ref, grid, row, rowIndex }),
    table: (ref, grid, row, column, rowIndex, columnIndex) => seen.push({ kind: 'table', ref, grid, row, column, rowIndex, columnIndex }),
  });
  return seen;
};

describe('walking the cells of a scenario', () => {
  it('visits in document order: grid by grid, a scalar grid row by row, a table row by row and across its columns', () => {
    expect(visits(scenario).map((cell) => cell.ref)).toEqual([
      'traffic.users', 'traffic.days',
      'languages.en.share', 'languages.en.tokens', 'languages.zh.share', 'languages.zh.tokens',
      'out.total',
    ]);
  });

  it('gives a scalar cell its grid, row and row index', () => {
    expect(visits(scenario)[1]).toEqual({ kind: 'scalar', ref: 'traffic.days', grid: scenario.grids[0], row: scenario.grids[0]!.rows[1], rowIndex: 1 });
  });

  it('gives a table cell its grid, row and column with their indexes', () => {
    const table = scenario.grids[1]!;
    const column = table.kind === 'table' ? table.columns[1] : undefined;
    expect(visits(scenario)[5]).toEqual({ kind: 'table', ref: 'languages.zh.tokens', grid: table, row: table.rows[1], column, rowIndex: 1, columnIndex: 1 });
  });

  it('visits each cell of the template once, at a reference that locates it', () => {
    const template = referenceScenario();
    const seen = visits(template);
    const size = template.grids.reduce((sum, grid) => sum + grid.rows.length * (grid.kind === 'table' ? grid.columns.length : 1), 0);
    expect(new Set(seen.map((cell) => cell.ref)).size).toBe(size);
    expect(seen.length).toBe(size);
    expect(seen.every((cell) => locateCell(template, cell.ref) !== undefined)).toBe(true);
  });

  it('visits nothing in a scenario without cells', () => {
    expect(visits({ name: 'none', grids: [scenario.grids[2]!] })).toEqual([]);
  });
});

describe('locating a reference', () => {
  it('finds a scalar cell and a table cell', () => {
    expect(locateCell(scenario, 'traffic.days')).toEqual({ gridIndex: 0, rowIndex: 1 });
    expect(locateCell(scenario, 'languages.zh.tokens')).toEqual({ gridIndex: 1, rowIndex: 1, column: 'tokens' });
  });

  it.each(['traffic', 'traffic.days.value', 'languages.zh', 'languages.zh.unit', 'languages.zh.share.extra', 'nowhere.x', ''])('finds no cell at %j', (ref) => {
    expect(locateCell(scenario, ref)).toBeUndefined();
  });
});

describe('locating a cell', () => {
  it('finds a row added to its grid in place after the grid was searched', () => {
    const scenario = referenceScenario();
    const models = scenario.grids.find((grid) => grid.name === 'models');
    if (models?.kind !== 'table') throw new Error('the template has a Models table');
    expect(locateCell(scenario, 'models.extra.input_per_m')).toBeUndefined();
    models.rows.push({ id: 'r-extra', name: 'extra', cells: {} });
    expect(locateCell(scenario, 'models.extra.input_per_m')?.rowIndex).toBe(models.rows.length - 1);
  });

  it('finds a row renamed in place, and no longer finds its old name', () => {
    const scenario = referenceScenario();
    const traffic = scenario.grids.find((grid) => grid.name === 'traffic')!;
    const index = locateCell(scenario, 'traffic.requests_per_day')!.rowIndex;
    traffic.rows[index]!.name = 'daily_requests';
    expect(locateCell(scenario, 'traffic.daily_requests')?.rowIndex).toBe(index);
    expect(locateCell(scenario, 'traffic.requests_per_day')).toBeUndefined();
  });
});
