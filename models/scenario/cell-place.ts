import type { Scenario } from '../../shared/scenario-schema';

/** Where a reference lives in the document. */
export interface CellPlace {
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly column?: string;
}

/** Finds the grid, row and column of a reference, or undefined. */
export function locateCell(scenario: Scenario, ref: string): CellPlace | undefined {
  const [gridName, rowName, column] = ref.split('.');
  const gridIndex = scenario.grids.findIndex((grid) => grid.name === gridName);
  const grid = scenario.grids[gridIndex];
  if (!grid) return undefined;
  const rowIndex = grid.rows.findIndex((row) => row.name === rowName);
  if (rowIndex < 0) return undefined;
  if (grid.kind === 'scalar') return column === undefined ? { gridIndex, rowIndex } : undefined;
  return column !== undefined && grid.columns.some((c) => c.name === column) ? { gridIndex, rowIndex, column } : undefined;
}
