import type { Grid, Scenario } from '../../shared/scenario-schema';

/** Where a reference lives in the document. */
export interface CellPlace {
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly column?: string;
}

/** Row positions by name, per rows array: the document is immutable, so an edit of a grid makes a new array and a new index. */
const rowIndexes = new WeakMap<Grid['rows'], Map<string, number>>();

/** The position of a row by name, or -1 (a map lookup: cells of a 10,000-row table are located on every redraw). */
function rowIndexOf(grid: Grid, name: string | undefined): number {
  let index = rowIndexes.get(grid.rows);
  if (!index) {
    index = new Map();
    // The first row of a name wins, as a search from the top would find it.
    grid.rows.forEach((row, i) => index!.has(row.name) || index!.set(row.name, i));
    rowIndexes.set(grid.rows, index);
  }
  return name === undefined ? -1 : index.get(name) ?? -1;
}

/** Finds the grid, row and column of a reference, or undefined. */
export function locateCell(scenario: Scenario, ref: string): CellPlace | undefined {
  const [gridName, rowName, column] = ref.split('.');
  const gridIndex = scenario.grids.findIndex((grid) => grid.name === gridName);
  const grid = scenario.grids[gridIndex];
  if (!grid) return undefined;
  const rowIndex = rowIndexOf(grid, rowName);
  if (rowIndex < 0) return undefined;
  if (grid.kind === 'scalar') return column === undefined ? { gridIndex, rowIndex } : undefined;
  return column !== undefined && grid.columns.some((c) => c.name === column) ? { gridIndex, rowIndex, column } : undefined;
}
