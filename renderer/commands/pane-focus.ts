import type { AppServices } from '../hooks/services';
import { focusCell } from '../grids/grid-registry';
import { firstFocusable } from '../workspace/focus-cycle';

/** The window's panes in keyboard order: toolbar, Name Box and formula bar, outline, grids, charts, key figures. */
const PANES = ['.toolbar', '.edit-line', 'nav.outline', 'main.grids', '.charts-panel', '.kpi-panel'] as const;

/**
 * Moves the keyboard to the next pane (or the previous one), as F6 does in
 * Excel: a spreadsheet's cells are one Tab stop each, so without it the key
 * figures were hundreds of Tabs away. The grids pane gives the keyboard to
 * the selected cell (or the first cell drawn).
 */
export function focusPane(services: AppServices, step: 1 | -1): void {
  const panes = PANES.map((selector) => document.querySelector<HTMLElement>(selector)).filter((pane): pane is HTMLElement => pane !== null && pane.offsetParent !== null);
  if (panes.length === 0) return;
  const current = panes.findIndex((pane) => pane.contains(document.activeElement));
  const target = panes[(current + step + panes.length) % panes.length]!;
  if (target.matches('main.grids')) {
    const { selected } = services.sessionStore.getState();
    if (selected) return focusCell(services.documentStore.getState().scenario, selected);
    target.querySelector<HTMLElement>('.ag-cell')?.focus();
    return;
  }
  firstFocusable(target)?.focus();
}
