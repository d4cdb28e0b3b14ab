import { columnRef, isSeries, type EngineView } from '../../engine';
import { forEachCell } from '../../scenario';
import type { Scenario } from '../../../shared/scenario-schema';

/** Where one cell of the scenario lives in the workbook. */
export interface CellPlace {
  readonly sheet: string;
  /** 1-based row. */
  readonly row: number;
  /** 1-based column of the value (of month 1, for a series). */
  readonly column: number;
  /** True when the cell is a monthly series laid out along its row. */
  readonly series: boolean;
}

/** The first columns of a scalar grid's sheet: label, reference, unit, source; values start after them. */
export const SCALAR_VALUE_COLUMN = 5;
/** The first columns of a table grid's sheet: label, row name; the table's columns start after them. */
export const TABLE_FIRST_COLUMN = 3;

/**
 * The workbook's layout: one sheet per grid, named as the grid (formulas
 * stay readable: `'traffic'!$E$2`). A scalar grid has a row per cell, a series
 * along its row one month per column; a table grid has its own rows and
 * columns, under a header row.
 */
export interface SheetLayout {
  readonly months: number;
  /** Every cell by reference. */
  readonly cells: ReadonlyMap<string, CellPlace>;
  /** Every table column (`grid.column`) as its sheet and the column's cells' first and last row. */
  readonly columns: ReadonlyMap<string, { readonly sheet: string; readonly column: number; readonly firstRow: number; readonly lastRow: number }>;
}

/** Lays the scenario's cells out on sheets. */
export function layoutSheets(scenario: Scenario, engine: EngineView, months: number): SheetLayout {
  const cells = new Map<string, CellPlace>();
  const columns = new Map<string, { sheet: string; column: number; firstRow: number; lastRow: number }>();
  const place = (ref: string, sheet: string, rowIndex: number, column: number) => {
    const value = engine.get(ref);
    cells.set(ref, { sheet, row: rowIndex + 2, column, series: value !== undefined && isSeries(value) });
  };
  forEachCell(scenario, {
    scalar: (ref, grid, _row, rowIndex) => place(ref, grid.name, rowIndex, SCALAR_VALUE_COLUMN),
    table: (ref, grid, _row, _column, rowIndex, columnIndex) => place(ref, grid.name, rowIndex, TABLE_FIRST_COLUMN + columnIndex),
  });
  for (const grid of scenario.grids) {
    if (grid.kind === 'scalar') continue;
    grid.columns.forEach((column, c) => {
      columns.set(columnRef(grid.name, column.name), { sheet: grid.name, column: TABLE_FIRST_COLUMN + c, firstRow: 2, lastRow: Math.max(2, grid.rows.length + 1) });
    });
  }
  return { months, cells, columns };
}

/** A column number as letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** An absolute A1 reference on a sheet: `'traffic'!$E$2`. */
export function absolute(sheet: string, row: number, column: number): string {
  return `'${sheet}'!$${columnLetters(column)}$${row}`;
}

/** An absolute A1 range on one sheet: `'series'!$E$3:$AN$3`. */
export function absoluteRange(sheet: string, fromRow: number, fromColumn: number, toRow: number, toColumn: number): string {
  return `'${sheet}'!$${columnLetters(fromColumn)}$${fromRow}:$${columnLetters(toColumn)}$${toRow}`;
}
