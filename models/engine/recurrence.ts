import { checkFinite } from './broadcast';
import type { Env, Evaluate } from './compile';
import { CellError, isError, isSeries, type Value } from './values';

/**
 * Evaluates a formula that reads its own cell — a recurrence over months such
 * as `lag(x) * (1 − churn) + new_users`. Months are filled one at a time: the
 * formula runs with the months computed so far and unknown months as NaN, and
 * month t is taken from that run. A month that still depends on an unknown
 * value (the formula reads itself in the same month) is a #CYCLE!.
 */
export function evaluateRecurrence(formula: Evaluate, slot: number, env: Env): Value {
  if (isError(env.horizon)) return env.horizon;
  const months = new Float64Array(env.horizon).fill(Number.NaN);
  env.values[slot] = months;
  for (let i = 0; i < months.length; i++) {
    const run = formula(env);
    if (isError(run)) return run;
    const value = isSeries(run) ? run[i] : typeof run === 'number' ? run : Number.NaN;
    if (value === undefined || Number.isNaN(value)) {
      return new CellError('#CYCLE!', `month ${i + 1} depends on its own value in the same month; use lag(…) to refer to earlier months`);
    }
    months[i] = value;
  }
  return checkFinite(months);
}
