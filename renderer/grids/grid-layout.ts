/**
 * How tall a grid is on the page. A short grid sizes to its rows (AG Grid's
 * auto height, which renders every row — cheap for a few dozen). A long one
 * gets a body of its own that scrolls under its sticky header, and AG Grid
 * renders only the rows and columns on screen: a 10,000-row table costs what
 * a screenful costs.
 */

/** Row and header heights, in pixels (the theme's). */
export const ROW_HEIGHT = 30;
export const HEADER_HEIGHT = 32;

/** Grids with more rows than this scroll in a body of their own. */
export const AUTO_HEIGHT_MAX_ROWS = 24;

/** True when the grid sizes to its rows. */
export function sizesToRows(rowCount: number): boolean {
  return rowCount <= AUTO_HEIGHT_MAX_ROWS;
}

/** The height a grid takes on the page before it is mounted, so the page does not jump when it is. */
export function estimatedHeight(rowCount: number): number {
  return sizesToRows(rowCount) ? HEADER_HEIGHT + Math.max(1, rowCount) * ROW_HEIGHT + 2 : TALL_BODY_PX;
}

/** The height of a long grid's own scrolling body (CSS caps it at 70 % of the window). */
export const TALL_BODY_PX = HEADER_HEIGHT + AUTO_HEIGHT_MAX_ROWS * ROW_HEIGHT + 2;
