import { themeQuartz } from 'ag-grid-community';

/**
 * The AG Grid theme of every grid. The font is the page's own (`inherit`):
 * Quartz would ask for a web font, which this offline app cannot fetch, and
 * the page's font stack ends with the Chinese font the app ships.
 */
export const gridTheme = themeQuartz.withParams({ fontFamily: 'inherit', fontSize: 13, rowHeight: 30, headerHeight: 32, spacing: 5, wrapperBorderRadius: 4 });

/** The denser variant for the month-by-month grid. */
export const monthGridTheme = gridTheme.withParams({ fontSize: 12, rowHeight: 28, headerHeight: 30, spacing: 4 });
