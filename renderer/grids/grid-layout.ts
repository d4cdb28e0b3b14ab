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

/** Grids with more rows than this scroll in a body of their own (styles.css: .grid-body-tall is this many rows high, at most 70 % of the window). */
const AUTO_HEIGHT_MAX_ROWS = 24;

/** True when the grid sizes to its rows. */
export function sizesToRows(rowCount: number): boolean {
  return rowCount <= AUTO_HEIGHT_MAX_ROWS;
}
