import { isInGrid, isSeries, type EngineView, type Value } from '../engine';

/**
 * Reading a computed scenario by convention rather than by knowledge of the
 * model: outputs are the cells of the `out` grid, warnings are the cells of
 * the `checks` grid whose name ends in `_ok` and whose value is false, and
 * the monthly series are whichever cells hold a series.
 */

/** The grid whose cells are the scenario's outputs. */
export const OUTPUT_GRID = 'out';
/** The grid whose `*_ok` cells are warnings. */
export const CHECKS_GRID = 'checks';

/** Every output reference with its value, in document order. */
export function outputValues(engine: EngineView): Array<[ref: string, value: Value]> {
  return engine.refs().filter((ref) => isInGrid(ref, OUTPUT_GRID)).map((ref) => [ref, engine.get(ref)!]);
}

/** The `checks.*_ok` cells that are not true (false, or an error), by reference. */
export function failedChecks(engine: EngineView): string[] {
  return engine.refs().filter((ref) => isInGrid(ref, CHECKS_GRID) && ref.endsWith('_ok') && engine.get(ref) !== true);
}

/** Every cell holding a monthly series, with its months, in document order. */
export function seriesValues(engine: EngineView): Array<[ref: string, months: Float64Array]> {
  const found: Array<[string, Float64Array]> = [];
  for (const ref of engine.refs()) {
    const value = engine.get(ref)!;
    if (isSeries(value)) found.push([ref, value]);
  }
  return found;
}
