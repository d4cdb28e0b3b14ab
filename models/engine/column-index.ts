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
    this.rowNames.set(column, [...this.rowNames.get(column)!, row]);
  }

  /** Removes a cell from a column. */
  leave(column: number, cell: number): void {
    const cells = this.members.get(column)!;
    const at = cells.indexOf(cell);
    if (at < 0) return;
    cells.splice(at, 1);
    this.rowNames.set(column, this.rowNames.get(column)!.filter((_, i) => i !== at));
  }

  /** The cells of a column, in the order they joined. */
  cellsOf(column: number): readonly number[] {
    return this.members.get(column) ?? [];
  }

  /**
   * Row names of a column, aligned with {@link ColumnIndex.cellsOf}. The array
   * is replaced on every change, so a Column value built from it never changes under its readers.
   */
  rowsOf(column: number): readonly string[] {
    return this.rowNames.get(column) ?? [];
  }
}
