import type { AppServices } from '../hooks/services';
import { focusCell } from '../grids/grid-registry';
import { firstFocusable } from '../workspace/focus-cycle';

/**
 * The window's panes in keyboard order — toolbar, Name Box and formula bar,
 * outline, grids, charts, key figures — each with where F6 lands in it: the
 * control one came for (the first grid in the outline, the first key figure),
 * not whatever comes first in it (the outline's fold button, the Scenario
 * select). A pane without its landing place visible gets its first control.
 */
const PANES: ReadonlyArray<readonly [pane: string, landing: string]> = [
  ['.toolbar', 'button:not(:disabled)'],
  ['.edit-line', 'input'],
  ['nav.outline', '#outline-list a'],
  ['main.grids', ''],
  // The dock itself, which a screen reader names "Charts"; folded, its header's controls.
  ['.charts-panel', '.charts-panel:not([data-collapsed])'],
  ['.kpi-panel', '.kpi-value'],
];

const shown = (element: Element | null | undefined): element is HTMLElement => element instanceof HTMLElement && element.offsetParent !== null;

/**
 * Moves the keyboard to the next pane (or the previous one), as F6 does in
 * Excel: a spreadsheet's cells are one Tab stop each, so without it the key
 * figures were hundreds of Tabs away. The grids pane gives the keyboard to
 * the selected cell (or the first cell drawn).
 */
export function focusPane(services: AppServices, step: 1 | -1): void {
  const panes = PANES.map(([selector, landing]) => [document.querySelector(selector), landing] as const).filter((entry): entry is readonly [HTMLElement, string] => shown(entry[0]));
  if (panes.length === 0) return;
  const current = panes.findIndex(([pane]) => pane.contains(document.activeElement));
  const [target, landing] = panes[(current + step + panes.length) % panes.length]!;
  if (target.matches('main.grids')) {
    const { selected } = services.sessionStore.getState();
    if (selected) return focusCell(services.documentStore.getState().scenario, selected);
    target.querySelector<HTMLElement>('.ag-cell')?.focus();
    return;
  }
  const place = target.matches(landing) ? target : [...target.querySelectorAll(landing)].find(shown);
  (shown(place) ? place : firstFocusable(target))?.focus();
}
