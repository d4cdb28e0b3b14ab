import { cellRef } from '../../models/engine';
import { locateCell } from '../../models/scenario';
import type { Grid, Scenario } from '../../shared/scenario-schema';

/** The editable columns of a grid: `value` for a scalar grid, the table's columns otherwise. */
export function valueColumns(grid: Grid): string[] {
  return grid.kind === 'scalar' ? ['value'] : grid.columns.map((column) => column.name);
}

/** The reference of the cell at a row and value column of a grid. */
export function refAt(grid: Grid, rowIndex: number, column: string): string | undefined {
  const row = grid.rows[rowIndex];
  if (!row) return undefined;
  return cellRef(grid.name, row.name, grid.kind === 'table' ? column : undefined);
}

/** Grid, row index and value column of a reference. */
export function positionOf(scenario: Scenario, ref: string): { grid: Grid; rowIndex: number; columnIndex: number } | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return undefined;
  const grid = scenario.grids[place.gridIndex]!;
  return { grid, rowIndex: place.rowIndex, columnIndex: valueColumns(grid).indexOf(place.column ?? 'value') };
}

/** The references of the rectangle between two cells of one grid, row by row. */
export function block(scenario: Scenario, anchor: string, extent: string | undefined): string[][] {
  const a = positionOf(scenario, anchor);
  if (!a) return [];
  const b = (extent && positionOf(scenario, extent)) || a;
  if (b.grid !== a.grid) return [[anchor]];
  const columns = valueColumns(a.grid);
  const rows: string[][] = [];
  for (let r = Math.min(a.rowIndex, b.rowIndex); r <= Math.max(a.rowIndex, b.rowIndex); r++) {
    const line: string[] = [];
    for (let c = Math.min(a.columnIndex, b.columnIndex); c <= Math.max(a.columnIndex, b.columnIndex); c++) line.push(refAt(a.grid, r, columns[c]!)!);
    rows.push(line);
  }
  return rows;
}
