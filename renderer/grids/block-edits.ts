import { gridOfRef } from '../../models/engine';
import type { AppServices } from '../hooks/services';
import { clearedInput } from './clear-cell';
import { block, refAt, valueColumns } from './grid-geometry';

/** Clears every cell of the selected block as one undoable step (Delete, Backspace). */
export function clearSelection(services: AppServices): void {
  const { selected, extent } = services.sessionStore.getState();
  if (!selected) return;
  const { scenario, setCells } = services.documentStore.getState();
  const problem = setCells(block(scenario, selected, extent).flat().map((ref) => [ref, clearedInput()] as const));
  if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
}

/** Selects every value cell of the grid with the keyboard focus, or else of the grid holding the selection (Ctrl/Cmd+A). */
export function selectWholeGrid(services: AppServices): void {
  const { selected, select } = services.sessionStore.getState();
  const focused = document.activeElement?.closest('.grid-section')?.id.replace(/^grid-/, '');
  const name = focused ?? (selected && gridOfRef(selected));
  const grid = services.documentStore.getState().scenario.grids.find((g) => g.name === name);
  if (!grid || grid.rows.length === 0) return;
  const columns = valueColumns(grid);
  select(refAt(grid, 0, columns[0]!), refAt(grid, grid.rows.length - 1, columns[columns.length - 1]!));
}
