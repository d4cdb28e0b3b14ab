import { createEngine, type CellInput, type Engine } from '../../../models/engine';

/** A small engine with a horizon of `months` and the given cells. */
export function engineWith(cells: Record<string, CellInput>, months = 6): Engine {
  return createEngine([['calendar.horizon_months', months], ...Object.entries(cells)]);
}

/** The value of one formula evaluated in an engine holding `cells` (as cell `test.x`). */
export function evaluate(formula: string, cells: Record<string, CellInput> = {}, months = 6) {
  return engineWith({ ...cells, 'test.x': formula }, months).get('test.x');
}
