import type { CellInput } from '../../models/engine';
import type { Grid, Scenario } from '../../shared/scenario-schema';

/** The cell changes between two versions of a scenario: what to set and what to remove in the engine. */
export interface CellDiff {
  readonly set: Array<[ref: string, input: CellInput]>;
  readonly removed: string[];
}

/**
 * The cells that differ between two versions of a scenario. Both come from
 * immer, which keeps unchanged grids and rows as the same objects, so the
 * walk skips them by identity: an edit costs in proportion to the rows of the
 * grid it touched, not to the size of the document (100k cells).
 */
export function cellDiff(previous: Scenario, next: Scenario): CellDiff {
  const diff: CellDiff = { set: [], removed: [] };
  if (previous.grids === next.grids) return diff;
  const before = new Map(previous.grids.map((grid) => [grid.name, grid]));
  for (const grid of next.grids) {
    diffGrid(before.get(grid.name), grid, diff);
    before.delete(grid.name);
  }
  for (const gone of before.values()) diffGrid(gone, undefined, diff);
  return diff;
}

/** A row's cells by reference: one for a scalar row, one per column for a table row. */
function rowCells(grid: Grid, row: Grid['rows'][number]): Array<[string, CellInput]> {
  if (grid.kind === 'scalar') return [[`${grid.name}.${row.name}`, (row as { value: CellInput }).value]];
  const cells = (row as { cells: Record<string, CellInput> }).cells;
  return grid.columns.map((column) => [`${grid.name}.${row.name}.${column.name}`, cells[column.name]!]);
}

function diffGrid(previous: Grid | undefined, next: Grid | undefined, diff: CellDiff): void {
  if (previous === next) return;
  // Rows are matched by name; with the same kind and columns an unchanged row object has unchanged cells.
  const sameShape = previous !== undefined && next !== undefined && previous.kind === next.kind
    && (previous.kind === 'scalar' || previous.columns === (next as typeof previous).columns);
  const before = new Map((previous?.rows ?? []).map((row) => [row.name, row] as const));
  for (const row of next?.rows ?? []) {
    const old = before.get(row.name);
    before.delete(row.name);
    if (sameShape && old === row) continue;
    const oldCells = old && previous ? new Map(rowCells(previous, old)) : new Map<string, CellInput>();
    for (const [ref, input] of rowCells(next!, row)) {
      if (oldCells.get(ref) !== input || !oldCells.has(ref)) diff.set.push([ref, input]);
      oldCells.delete(ref);
    }
    diff.removed.push(...oldCells.keys());
  }
  for (const old of before.values()) diff.removed.push(...rowCells(previous!, old).map(([ref]) => ref));
}
