import type { GridApi } from 'ag-grid-community';

/** The AG Grid API of each mounted grid section, by grid name, so the Name Box can move focus into any grid. */
export const gridApis = new Map<string, GridApi>();

/** Focuses and reveals a cell of a grid section (scrolling the page to it). */
export function revealCell(gridName: string, rowIndex: number, column: string): void {
  const api = gridApis.get(gridName);
  if (!api) return;
  document.getElementById(`grid-${gridName}`)?.scrollIntoView({ block: 'nearest' });
  api.ensureIndexVisible(rowIndex);
  api.setFocusedCell(rowIndex, column);
}
