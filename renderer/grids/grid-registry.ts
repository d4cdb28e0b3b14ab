import type { GridApi } from 'ag-grid-community';
import type { Scenario } from '../../shared/scenario-schema';
import { positionOf, valueColumns } from './grid-geometry';

/** The AG Grid API of each mounted grid, by grid name, so the Name Box, the outline and the key figures can move focus into any grid. */
const gridApis = new Map<string, GridApi>();

/** A cell to reveal once its grid is ready (a jump right after a file opened, before AG Grid has started). */
const pending = new Map<string, { rowIndex: number; column: string }>();

/** Records a grid's API; reveals the cell a jump was waiting to show there. */
export function gridMounted(gridName: string, api: GridApi): void {
  gridApis.set(gridName, api);
  const cell = pending.get(gridName);
  pending.delete(gridName);
  if (cell) revealCell(gridName, cell.rowIndex, cell.column);
}

/** Forgets a grid that left the page. */
export function gridUnmounted(gridName: string): void {
  gridApis.delete(gridName);
}

/**
 * Focuses a cell and brings it on screen: the section into the page's view,
 * then the row and the column into the grid's own view (AG Grid draws only
 * what is on screen, so a cell far down or far right exists only once
 * scrolled to). A grid not ready yet shows the cell as soon as it is.
 */
export function revealCell(gridName: string, rowIndex: number, column: string): void {
  const api = gridApis.get(gridName);
  if (!api) {
    pending.set(gridName, { rowIndex, column });
    return;
  }
  const section = document.getElementById(`grid-${gridName}`);
  const view = section?.closest('.grids');
  if (section && view) {
    const box = section.getBoundingClientRect();
    const frame = view.getBoundingClientRect();
    if (box.bottom < frame.top || box.top > frame.bottom) section.scrollIntoView({ block: 'start' });
  }
  api.ensureIndexVisible(rowIndex);
  api.ensureColumnVisible(column);
  api.setFocusedCell(rowIndex, column);
  // A row far down a grid that was just scrolled into the page is drawn a frame or two later: AG Grid
  // could not give the keyboard to a cell not drawn yet, so the Name Box kept it. Focus again once drawn.
  const refocus = (attempts: number) => requestAnimationFrame(() => {
    if (gridApis.get(gridName) !== api || api.getFocusedCell()?.rowIndex !== rowIndex) return;
    if (section?.contains(document.activeElement)) return;
    api.setFocusedCell(rowIndex, column);
    if (attempts > 1) refocus(attempts - 1);
  });
  refocus(3);
}

/** Gives the keyboard to a cell of the document (after the formula bar, a key figure, the outline). */
export function focusCell(scenario: Scenario, ref: string): void {
  const position = positionOf(scenario, ref);
  if (position) revealCell(position.grid.name, position.rowIndex, valueColumns(position.grid)[position.columnIndex]!);
}
