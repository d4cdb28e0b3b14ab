/*
 * The reference language: how a cell is named. A scalar grid's row is one
 * cell, `grid.row`; a table's cell is `grid.row.column`; a table column as a
 * whole, which aggregates read, is `grid.column`. Every name is
 * lower_snake_case, so a dot always separates two names. The engine owns the
 * language; everything that builds or takes apart a reference does it here.
 */

const REF_PATTERN = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;
const DOT = 46;

/** The names a reference is made of; `column` only for a table cell. */
export interface RefParts {
  readonly grid: string;
  readonly row: string;
  readonly column?: string;
}

/** True when the text is a well-formed cell reference (`grid.row` or `grid.row.column`, lower_snake_case). */
export function isCellRef(ref: string): boolean {
  return REF_PATTERN.test(ref);
}

/** Refuses a malformed reference with the form a reference takes. */
export function checkRef(ref: string): void {
  if (!isCellRef(ref)) throw new RangeError(`"${ref}" is not a cell reference (grid.row or grid.row.column, lower_snake_case)`);
}

/**
 * The reference of a cell: `grid.row` without a column — a scalar grid's
 * cell, or a table row as a whole, which row renames and deletions rewrite —
 * and `grid.row.column` with one, a table cell.
 */
export function cellRef(grid: string, row: string, column?: string): string {
  return column === undefined ? `${grid}.${row}` : `${grid}.${row}.${column}`;
}

/** The reference of a table column as a whole, `grid.column`: what `sum(languages.share)` reads. */
export function columnRef(grid: string, column: string): string {
  return `${grid}.${column}`;
}

/**
 * Takes a reference apart, or undefined unless it is two or three non-empty
 * names between dots. A column `grid.column` parses as `{ grid, row }`: only
 * the grid tells it from a scalar cell. The names themselves are not checked
 * ({@link isCellRef} does), so a caller may say what is wrong with a name.
 */
export function parseRef(ref: string): RefParts | undefined {
  const first = ref.indexOf('.');
  if (first <= 0) return undefined;
  const second = ref.indexOf('.', first + 1);
  if (second < 0) return first + 1 < ref.length ? { grid: ref.slice(0, first), row: ref.slice(first + 1) } : undefined;
  if (second === first + 1 || second + 1 === ref.length || ref.indexOf('.', second + 1) >= 0) return undefined;
  return { grid: ref.slice(0, first), row: ref.slice(first + 1, second), column: ref.slice(second + 1) };
}

/** The grid a reference names: the text before its first dot (all of it when there is none, as for the month index `t`). */
export function gridOfRef(ref: string): string {
  const dot = ref.indexOf('.');
  return dot < 0 ? ref : ref.slice(0, dot);
}

/** The column `grid.column` a table cell `grid.row.column` belongs to; undefined for any other reference. */
export function columnOfRef(ref: string): string | undefined {
  const parts = parseRef(ref);
  return parts?.column === undefined ? undefined : columnRef(parts.grid, parts.column);
}

/** True when the reference names a cell (or column) of the grid; compares in place, as it runs over every reference of a document. */
export function isInGrid(ref: string, grid: string): boolean {
  return ref.length > grid.length && ref.charCodeAt(grid.length) === DOT && ref.startsWith(grid);
}

/** True when the reference is the row `grid.row` itself or one of its cells `grid.row.column`. */
export function isInRow(ref: string, row: string): boolean {
  return ref.startsWith(row) && (ref.length === row.length || ref.charCodeAt(row.length) === DOT);
}
