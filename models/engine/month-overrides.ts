import { toSeries } from './broadcast';
import { MAX_HORIZON } from './engine-api';
import { BLANK, CellError, describeKind, isError, isSeries, type Value } from './values';

/** Values for some months, by month number (1 = the first month). */
export type MonthValues = ReadonlyMap<number, number>;

/**
 * A cell's value with some months replaced (a launch ramp, a seasonal dip).
 * A scalar becomes a series; the computed series is copied, never changed,
 * since other cells may hold the same array. Months past the horizon are
 * ignored (they are kept in the document for when the horizon grows).
 */
export function applyOverrides(value: Value, overrides: MonthValues, horizon: number | CellError, ref: string): Value {
  if (isError(value)) return value;
  if (isError(horizon)) return horizon;
  const base = value === BLANK ? 0 : typeof value === 'boolean' ? Number(value) : value;
  if (typeof base !== 'number' && !isSeries(base)) {
    return new CellError('#VALUE!', `${ref} has month overrides, so it must compute a number or a monthly series, not ${describeKind(value)}`);
  }
  const months = Float64Array.from(toSeries(base, horizon));
  for (const [month, override] of overrides) if (month >= 1 && month <= months.length) months[month - 1] = override;
  return months;
}

/** The month index `t` = 1..H of a horizon, or why the horizon cell cannot be one. */
export function monthIndex(horizon: Value, ref: string): Value {
  if (isError(horizon)) return horizon;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    return new CellError('#VALUE!', `${ref} must be a whole number of months from 1 to ${MAX_HORIZON}`);
  }
  const months = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) months[i] = i + 1;
  return months;
}
