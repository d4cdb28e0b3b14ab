import type { CellFocusedEvent } from 'ag-grid-community';
import { gridOfRef } from '../../models/engine';
import type { Grid } from '../../shared/scenario-schema';
import type { AppServices } from '../hooks/services';
import { isDescriptiveColumn } from './descriptive-columns';
import { refAt } from './grid-geometry';
import type { RowData } from './grid-rows';
import { shiftHeld } from './shift-state';

/**
 * Follows AG Grid's focus into the session's selection: a value cell becomes
 * the selected cell, or with Shift the far corner of a block; the focused
 * cell is kept in view on the page (AG Grid scrolls only inside the grid).
 */
export function selectFocusedCell(services: AppServices, grid: Grid, event: CellFocusedEvent<RowData>): void {
  const colId = typeof event.column === 'object' && event.column ? event.column.getColId() : undefined;
  if (event.rowIndex === null || event.rowIndex === undefined || !colId || isDescriptiveColumn(colId)) return;
  const ref = refAt(grid, event.rowIndex, colId);
  if (!ref) return;
  keepInView(grid.name, ref);
  const session = services.sessionStore.getState();
  const anchorGrid = session.selected && gridOfRef(session.selected);
  if (shiftHeld() && session.selected && anchorGrid === grid.name) {
    if (ref !== session.extent) session.select(session.selected, ref);
    return;
  }
  // AG Grid may report the focus of a block's far corner again once Shift is up: keep the block.
  if (ref === session.extent || (ref === session.selected && !session.extent)) return;
  session.select(ref);
}

/** Scrolls the page so that the cell AG Grid just focused is visible (after AG Grid has drawn it). */
function keepInView(gridName: string, ref: string): void {
  requestAnimationFrame(() => {
    const cell = document.querySelector(`#grid-${gridName} [data-ref="${ref}"]`)?.closest('.ag-cell');
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}
