import { BLANK, type Value } from './values';

/**
 * The cells of one table column, row by row: what a whole-column reference
 * (`languages.share`) reads. It exists only as an argument of an aggregate
 * function (`sum`, `sumproduct`, `sumif`, …), never as a cell's value, so the
 * rest of the engine never sees one.
 */
export class Column {
  constructor(
    /** The column's reference, `grid.column`. */
    readonly ref: string,
    /** Row names, in the order the rows were created. */
    readonly rows: readonly string[],
    /** The row's cell value, aligned with {@link Column.rows}. */
    readonly values: readonly Value[],
  ) {}

  /** This column's values in the row order of another column of the same table (missing rows are blank). */
  alignedTo(other: Column): readonly Value[] {
    if (other.rows === this.rows || (other.rows.length === this.rows.length && other.rows.every((row, i) => row === this.rows[i]))) return this.values;
    const byRow = new Map<string, Value>(this.rows.map((row, i) => [row, this.values[i]!]));
    return other.rows.map((row) => byRow.get(row) ?? BLANK);
  }
}

/** True when a function argument is a whole column rather than a value. */
export function isColumn(arg: Value | Column): arg is Column {
  return arg instanceof Column;
}
