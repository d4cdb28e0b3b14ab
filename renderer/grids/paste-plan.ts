import { cellRef, isFormula, type CellInput, type EngineView } from '../../models/engine';
import { addRow, tableCellInput } from '../../models/scenario';
import type { Grid, Scenario } from '../../shared/scenario-schema';
import { positionOf, refAt, valueColumns } from './grid-geometry';

/** A pasted cell: where it goes and the text to read there. */
export type PastedCell = readonly [ref: string, text: string];

/** Where a pasted block lands and what it would overwrite or leave out. */
export interface PastePlan {
  readonly grid: Grid;
  /** The top-left cell's row and value-column index. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** The cells that land in existing cells. */
  readonly cells: readonly PastedCell[];
  /** Targets among {@link cells} holding a formula that the paste would replace by something else. */
  readonly formulas: readonly string[];
  /** Rows of the block below the grid's last row. */
  readonly missingRows: number;
  /** Cells of the block below the grid's last row. */
  readonly cellsBelow: number;
  /** Cells of the block right of the grid's last value column (pasting never adds columns). */
  readonly cellsRight: number;
}

/** Plans pasting `rows` (clipboard cells) with their top-left at `start`; undefined when `start` is not a cell. */
export function planPaste(scenario: Scenario, engine: EngineView, start: string, rows: readonly (readonly string[])[]): PastePlan | undefined {
  const origin = positionOf(scenario, start);
  if (!origin) return undefined;
  const columns = valueColumns(origin.grid);
  const cells: PastedCell[] = [];
  const formulas: string[] = [];
  let cellsBelow = 0;
  let cellsRight = 0;
  rows.forEach((line, r) => line.forEach((text, c) => {
    const column = columns[origin.columnIndex + c];
    const ref = column === undefined ? undefined : refAt(origin.grid, origin.rowIndex + r, column);
    if (column === undefined) cellsRight++;
    else if (ref === undefined) cellsBelow++;
    else {
      if (overwritesFormula(engine.input(ref), text)) formulas.push(ref);
      cells.push([ref, text]);
    }
  }));
  const missingRows = Math.max(0, origin.rowIndex + rows.length - origin.grid.rows.length);
  return { grid: origin.grid, rowIndex: origin.rowIndex, columnIndex: origin.columnIndex, cells, formulas, missingRows, cellsBelow, cellsRight };
}

const overwritesFormula = (input: CellInput | undefined, text: string) => input !== undefined && isFormula(input) && input !== text.trim();

/** New rows that make room for the rest of a block: their names, the cells pasted into them, and which of those hold a formula a new row starts with. */
export interface Extension {
  readonly grid: string;
  readonly names: readonly string[];
  readonly cells: readonly PastedCell[];
  readonly formulas: readonly string[];
}

/**
 * Extends a table by the rows a block needs. New rows start as the model
 * makes them (a table's `row.` formulas are copied from its last row),
 * learnt by adding one to a copy of the last row alone, so that pasting
 * values over those formulas is asked about like any other formula.
 */
export function extension(plan: PastePlan, rows: readonly (readonly string[])[]): Extension | undefined {
  const { grid } = plan;
  if (grid.kind !== 'table' || plan.missingRows === 0) return undefined;
  const names = newRowNames(grid, plan.missingRows);
  const probe: Grid = { ...grid, rows: grid.rows.slice(-1) };
  addRow({ name: '', grids: [probe] }, grid.name, names[0]!);
  // What a new row's cell starts as: its own input, or its column's formula.
  const starts = (column: string) => (probe.kind === 'table' ? tableCellInput(probe, probe.rows[probe.rows.length - 1]!, column) : undefined);
  const columns = valueColumns(grid);
  const cells: PastedCell[] = [];
  const formulas: string[] = [];
  rows.slice(grid.rows.length - plan.rowIndex).forEach((line, r) => line.forEach((text, c) => {
    const column = columns[plan.columnIndex + c];
    if (column === undefined) return;
    const ref = cellRef(grid.name, names[r]!, column);
    if (overwritesFormula(starts(column), text)) formulas.push(ref);
    cells.push([ref, text]);
  }));
  return { grid: grid.name, names, cells, formulas };
}

/** Names for `count` new rows of a grid: row_N, numbered on from the grid's size, never one it has. */
export function newRowNames(grid: Grid, count: number): string[] {
  const used = new Set(grid.rows.map((row) => row.name));
  const names: string[] = [];
  for (let n = grid.rows.length + 1; names.length < count; n++) {
    const name = `row_${n}`;
    if (!used.has(name)) names.push(name);
  }
  return names;
}
