import { describe, expect, it } from 'vitest';
import { cellRef, columnOfRef, columnRef, gridOfRef, isCellRef, isInGrid, isInRow, parseRef } from '../../../models/engine';

describe('building references', () => {
  it('names a scalar cell (or a whole table row) grid.row', () => {
    expect(cellRef('traffic', 'requests_per_day')).toBe('traffic.requests_per_day');
  });

  it('names a table cell grid.row.column', () => {
    expect(cellRef('languages', 'zh', 'share')).toBe('languages.zh.share');
  });

  it('names a table column as a whole grid.column', () => {
    expect(columnRef('languages', 'share')).toBe('languages.share');
  });
});

describe('taking references apart', () => {
  it('splits a scalar cell into grid and row', () => {
    expect(parseRef('traffic.requests_per_day')).toEqual({ grid: 'traffic', row: 'requests_per_day' });
    expect(parseRef('traffic.requests_per_day')).not.toHaveProperty('column');
  });

  it('splits a table cell into grid, row and column', () => {
    expect(parseRef('languages.zh.share')).toEqual({ grid: 'languages', row: 'zh', column: 'share' });
  });

  it('reads a column grid.column as grid and row: only the grid tells them apart', () => {
    expect(parseRef(columnRef('languages', 'share'))).toEqual({ grid: 'languages', row: 'share' });
  });

  it('undoes what the builders make', () => {
    for (const parts of [{ grid: 'a', row: 'b' }, { grid: 'a', row: 'b', column: 'c' }]) expect(parseRef(cellRef(parts.grid, parts.row, parts.column))).toEqual(parts);
  });

  it.each(['', 'traffic', '.row', 'grid.', 'grid..column', 'grid.row.', '.grid.row', 'a.b.c.d', '...'])('refuses %j: not two or three names between dots', (ref) => {
    expect(parseRef(ref)).toBeUndefined();
  });

  it('leaves the names unchecked, for the caller to say what is wrong with one', () => {
    expect(parseRef('Traffic.Requests')).toEqual({ grid: 'Traffic', row: 'Requests' });
    expect(isCellRef('Traffic.Requests')).toBe(false);
  });

  it('finds the grid of any reference, and of a name without a dot the name itself', () => {
    expect(gridOfRef('languages.zh.share')).toBe('languages');
    expect(gridOfRef('traffic.requests_per_day')).toBe('traffic');
    expect(gridOfRef('t')).toBe('t');
  });

  it('finds the column a table cell belongs to, and none for a scalar cell', () => {
    expect(columnOfRef('languages.zh.share')).toBe('languages.share');
    expect(columnOfRef('traffic.requests_per_day')).toBeUndefined();
    expect(columnOfRef('a.b.c.d')).toBeUndefined();
  });
});

describe('checking references', () => {
  it('accepts grid.row and grid.row.column in lower_snake_case', () => {
    expect(['a.b', 'grid_1.row_2', 'languages.zh.share'].every(isCellRef)).toBe(true);
  });

  it.each(['a', 'a.b.c.d', 'A.b', 'a.1b', 'a..b', 'a.b.', 'a-b.c'])('refuses %j', (ref) => {
    expect(isCellRef(ref)).toBe(false);
  });
});

describe('membership', () => {
  it('puts a cell in its grid, and not in a grid whose name merely starts its own', () => {
    expect(isInGrid('out.tco', 'out')).toBe(true);
    expect(isInGrid('languages.zh.share', 'languages')).toBe(true);
    expect(isInGrid('outputs.tco', 'out')).toBe(false);
    expect(isInGrid('out', 'out')).toBe(false);
  });

  it('puts a row and its cells in the row, and not a row whose name merely starts its own', () => {
    expect(isInRow('models.gpt', 'models.gpt')).toBe(true);
    expect(isInRow('models.gpt.input_per_m', 'models.gpt')).toBe(true);
    expect(isInRow('models.gpt_mini.input_per_m', 'models.gpt')).toBe(false);
    expect(isInRow('models.gp', 'models.gpt')).toBe(false);
  });
});
