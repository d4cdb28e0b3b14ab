import { describe, expect, it } from 'vitest';
import { ColumnIndex } from '../../../models/engine/column-index';

describe('column index', () => {
  it('lists a column’s cells and row names in the order they joined', () => {
    const index = new ColumnIndex();
    index.add(0);
    index.join(0, 5, 'en');
    index.join(0, 7, 'zh');
    expect(index.cellsOf(0)).toEqual([5, 7]);
    expect(index.rowsOf(0)).toEqual(['en', 'zh']);
  });

  it('never changes row names already handed to a reader when rows join or leave', () => {
    const index = new ColumnIndex();
    index.add(0);
    index.join(0, 5, 'en');
    const before = index.rowsOf(0);
    index.join(0, 7, 'zh');
    index.leave(0, 5);
    expect(before).toEqual(['en']);
    expect(index.rowsOf(0)).toEqual(['zh']);
  });
});
