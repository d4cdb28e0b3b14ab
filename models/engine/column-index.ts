/**
 * Which cells make up each table column. A table cell `grid.row.column`
 * belongs to the column `grid.column`; the engine gives every column a vertex
 * of its own that reads all of its cells, so a formula reading the whole
 * column (`sum(languages.share)`) follows rows being added, deleted or renamed
 * through the ordinary dependency graph.
 */
export class ColumnIndex {
  private readonly members = new Map<number, number[]>();
  private readonly rowNames = new Map<number, string[]>();
  /** Columns whose row-name array has been handed out by rowsOf: it is copied before its next change. */
  private readonly shared = new Set<number>();

  /** Registers a column vertex (with no cells yet). */
  add(column: number): void {
    if (!this.members.has(column)) {
      this.members.set(column, []);
      this.rowNames.set(column, []);
    }
  }

  /** Adds a cell (and its row name) to a column. */
  join(column: number, cell: number, row: string): void {
    this.members.get(column)!.push(cell);
    this.ownRows(column).push(row);
  }

  /** Removes a cell from a column. */
  leave(column: number, cell: number): void {
    const cells = this.members.get(column)!;
    const at = cells.indexOf(cell);
    if (at < 0) return;
    cells.splice(at, 1);
    this.ownRows(column).splice(at, 1);
  }

  /**
   * The column's row names to change in place: copied first if readers hold
   * them, so loading a 25,000-row table appends to one array instead of
   * copying it for every cell (quadratic: ~15 s).
   */
  private ownRows(column: number): string[] {
    const rows = this.rowNames.get(column)!;
    if (!this.shared.delete(column)) return rows;
    const copy = [...rows];
    this.rowNames.set(column, copy);
    return copy;
  }

  /** The cells of a column, in the order they joined. */
  cellsOf(column: number): readonly number[] {
    return this.members.get(column) ?? [];
  }

  /**
   * Row names of a column, aligned with {@link ColumnIndex.cellsOf}. The
   * array handed out never changes afterwards (the next change works on a
   * copy), so a Column value built from it never changes under its readers.
   */
  rowsOf(column: number): readonly string[] {
    const rows = this.rowNames.get(column);
    if (!rows) return [];
    this.shared.add(column);
    return rows;
  }
}
