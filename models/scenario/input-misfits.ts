import type { Grid, Scenario } from '../../shared/scenario-schema';
import { cellRef, isFormula, type CellInput } from '../engine';

/**
 * A cell holding what its row or column cannot take: text in a numeric
 * cell, or a choice that is not one of its options. Typing such a thing is
 * refused; a file (hand-edited, or from another tool) can still hold it, and
 * opens, so it is said rather than left to show as #VALUE! further on.
 */
export interface InputMisfit {
  readonly ref: string;
  /** What the cell holds. */
  readonly input: string;
  /** What it should hold: a number, or one of its options. */
  readonly expects: 'number' | 'choice';
}

/** A grid's misfits by grid object: an edit makes a new object only for the grid it changes, so the others are not looked at again. */
const misfitsByGrid = new WeakMap<Grid, readonly InputMisfit[]>();

function misfit(ref: string, input: CellInput | undefined, numeric: boolean, options: readonly string[] | undefined): InputMisfit | undefined {
  if (typeof input !== 'string' || isFormula(input)) return undefined;
  if (options && options.length > 0) return options.includes(input) ? undefined : { ref, input, expects: 'choice' };
  return numeric ? { ref, input, expects: 'number' } : undefined;
}

function gridMisfits(grid: Grid): readonly InputMisfit[] {
  const found: InputMisfit[] = [];
  const add = (entry: InputMisfit | undefined) => entry && found.push(entry);
  if (grid.kind === 'scalar') {
    for (const row of grid.rows) add(misfit(cellRef(grid.name, row.name), row.value, row.format !== 'text', row.options));
  } else {
    for (const row of grid.rows) {
      for (const column of grid.columns) {
        if (Object.hasOwn(row.cells, column.name)) add(misfit(cellRef(grid.name, row.name, column.name), row.cells[column.name], column.format !== 'text', undefined));
      }
    }
  }
  return found;
}

/** Every cell of the scenario's base that holds what it cannot take, in document order. */
export function inputMisfits(scenario: Scenario): InputMisfit[] {
  return scenario.grids.flatMap((grid) => {
    let found = misfitsByGrid.get(grid);
    if (!found) {
      found = gridMisfits(grid);
      misfitsByGrid.set(grid, found);
    }
    return found;
  });
}
