import { numericInputs, sensitivity } from '../analysis';
import { isInGrid, type Engine } from '../engine';
import type { Driver } from './business-case';

/** The share each assumption is moved by to rank it, as the business case asks (±20 %). */
export const DRIVER_PCT = 20;

/**
 * The assumptions that move TCO most: every typed number moved ±20 % one
 * at a time (the calendar excepted: the horizon is the frame, not an
 * assumption), the three widest swings first. The engine is left as it was.
 */
export function tcoDrivers(engine: Engine, integers: ReadonlySet<string>): Driver[] {
  if (!engine.has('out.tco')) return [];
  const inputs = numericInputs(engine).filter((ref) => !isInGrid(ref, 'calendar')).map((ref) => ({ ref }));
  const result = sensitivity(engine, { output: 'out.tco', inputs, pct: DRIVER_PCT, integers });
  return result.rows.filter((row) => row.swing !== null && row.swing > 0).slice(0, 3).map((row) => ({ ref: row.input, swing: row.swing!, pct: DRIVER_PCT }));
}
