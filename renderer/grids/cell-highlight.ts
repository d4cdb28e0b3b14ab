import type { EngineView } from '../../models/engine';
import type { Scenario } from '../../shared/scenario-schema';
import type { DocumentState } from '../state/document-store';
import type { SessionState } from '../state/session-store';
import { positionOf } from './grid-geometry';

/** A rectangle of one grid, by row and value-column index. */
interface Bounds {
  readonly grid: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Where a cell is drawn: its grid, row index and value-column index. */
export interface CellPlace {
  readonly ref: string;
  readonly grid: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
}

let cachedBounds: { scenario: Scenario; anchor: string; extent: string | undefined; bounds: Bounds | undefined } | undefined;

/** The rectangle between two cells, computed once per selection rather than once per drawn cell. */
function boundsOf(scenario: Scenario, anchor: string, extent: string | undefined): Bounds | undefined {
  if (cachedBounds?.scenario === scenario && cachedBounds.anchor === anchor && cachedBounds.extent === extent) return cachedBounds.bounds;
  const a = positionOf(scenario, anchor);
  const b = extent ? positionOf(scenario, extent) : a;
  const bounds = a && b && a.grid === b.grid ? {
    grid: a.grid.name, top: Math.min(a.rowIndex, b.rowIndex), bottom: Math.max(a.rowIndex, b.rowIndex),
    left: Math.min(a.columnIndex, b.columnIndex), right: Math.max(a.columnIndex, b.columnIndex),
  } : undefined;
  cachedBounds = { scenario, anchor, extent, bounds };
  return bounds;
}

const inside = (bounds: Bounds | undefined, cell: CellPlace) => bounds !== undefined && bounds.grid === cell.grid
  && cell.rowIndex >= bounds.top && cell.rowIndex <= bounds.bottom && cell.columnIndex >= bounds.left && cell.columnIndex <= bounds.right;

let cachedLinks: { key: string; engine: EngineView; reads: Set<string>; readBy: Set<string> } | undefined;

/** What the selected cell reads and what reads it, computed once per selection and edit rather than once per cell. */
function linksOf(engine: EngineView, selected: string, version: string): { reads: Set<string>; readBy: Set<string> } {
  const key = `${selected}@${version}`;
  if (cachedLinks?.key !== key || cachedLinks.engine !== engine) {
    cachedLinks = { key, engine, reads: new Set(engine.dependenciesOf(selected)), readBy: new Set(engine.dependentsOf(selected)) };
  }
  return cachedLinks;
}

/**
 * The highlight classes of one drawn cell: selected (or inside the selected
 * block), waiting to be moved by a cut, read by the selected cell (blue) or
 * reading it (yellow). A string, so a cell redraws only when its own
 * highlight changes, not whenever the selection moves.
 */
export function cellHighlight(session: SessionState, document: DocumentState, cell: CellPlace): string {
  const { selected, extent, cut, showDependencies } = session;
  const classes: string[] = [];
  if (selected && (cell.ref === selected || (extent && inside(boundsOf(document.scenario, selected, extent), cell)))) classes.push('cell-selected');
  if (cut && inside(boundsOf(document.scenario, cut.anchor, cut.extent), cell)) classes.push('cell-cut');
  if (selected && showDependencies && cell.ref !== selected) {
    const links = linksOf(document.engine, selected, `${document.version}.${document.linksVersion}`);
    if (links.reads.has(cell.ref)) classes.push('cell-precedent');
    if (links.readBy.has(cell.ref)) classes.push('cell-dependent');
  }
  return classes.join(' ');
}
