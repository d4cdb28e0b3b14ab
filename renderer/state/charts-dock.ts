/** Where the charts sit: beside the grids (between them and the key figures) or below them. */
export type ChartsPlace = 'side' | 'bottom';

/** The charts dock: its place, folded to its header or not, and its share of the work area. */
export interface ChartsDock {
  readonly place: ChartsPlace;
  readonly collapsed: boolean;
  /** The dock's share of the work area's width (side) or height (bottom), 0.3 to 0.8. */
  readonly size: number;
}

/** The smallest dock still shows a whole chart (shrunk to its 200 px floor) below grids at 1000 px: at 20 % it showed only chart headers. */
export const MIN_DOCK_SIZE = 0.3;
export const MAX_DOCK_SIZE = 0.8;
/** One arrow key press moves the splitter by a tenth of the work area. */
export const DOCK_STEP = 0.1;

/**
 * Below the grids, at 45 % of the height: at 1600 × 1000 the grids keep the
 * whole width (value, unit, note and source columns) and the first two grids
 * show whole; one row of two charts shows below, sized to fit. Beside the
 * grids, the grids lost their note and source columns at 40 % of the width,
 * and a shorter dock below them squeezed the charts' plots.
 */
export const DEFAULT_DOCK: ChartsDock = { place: 'bottom', collapsed: false, size: 0.45 };

/** A size within bounds, rounded to a hundredth (so ten steps add up exactly). */
export function clampDockSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_DOCK.size;
  return Math.round(Math.min(MAX_DOCK_SIZE, Math.max(MIN_DOCK_SIZE, size)) * 100) / 100;
}

/**
 * The dock's size after a key on its splitter, or undefined when the key does
 * not resize. The splitter sits on the dock's grids side, so moving it toward
 * the grids (left beside them, up below them) makes the dock larger.
 */
export function dockSizeAfterKey(dock: ChartsDock, key: string): number | undefined {
  const grow = dock.place === 'side' ? 'ArrowLeft' : 'ArrowUp';
  const shrink = dock.place === 'side' ? 'ArrowRight' : 'ArrowDown';
  if (key === grow) return clampDockSize(dock.size + DOCK_STEP);
  if (key === shrink) return clampDockSize(dock.size - DOCK_STEP);
  if (key === 'Home') return MIN_DOCK_SIZE;
  if (key === 'End') return MAX_DOCK_SIZE;
  return undefined;
}

/**
 * The dock's size for a pointer at `at` (px, along the work area's axis) in a
 * work area from `start` spanning `length` px: the dock takes what lies past
 * the pointer.
 */
export function dockSizeAt(at: number, start: number, length: number): number {
  if (length <= 0) return DEFAULT_DOCK.size;
  return clampDockSize((start + length - at) / length);
}

/** The dock as stored (JSON text), or the default for anything missing or malformed. */
export function readDock(text: string | null | undefined): ChartsDock {
  if (!text) return DEFAULT_DOCK;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return DEFAULT_DOCK;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_DOCK;
  const { place, collapsed, size } = stored as Record<string, unknown>;
  return {
    place: place === 'side' || place === 'bottom' ? place : DEFAULT_DOCK.place,
    collapsed: typeof collapsed === 'boolean' ? collapsed : DEFAULT_DOCK.collapsed,
    size: typeof size === 'number' ? clampDockSize(size) : DEFAULT_DOCK.size,
  };
}
