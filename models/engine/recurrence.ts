import { checkFinite } from './broadcast';
import type { Env, Evaluate, StepEvaluate } from './compile';
import type { MonthValues } from './month-overrides';
import { CellError, describeKind, isError, isSeries, type Value } from './values';

/**
 * Evaluates a formula that reads its own cell — a recurrence over months such
 * as `lag(x) * (1 − churn) + new_users`. Months are filled one at a time, so
 * month t can read months before it.
 */

/**
 * How long the general recurrence path may run for one cell before it gives
 * up with an error: it re-runs the whole formula every month, so a large
 * formula over a long horizon could otherwise hang the app.
 */
export const RECURRENCE_BUDGET_MS = 2_000;

/** The fast path: the formula compiled to compute one month at a time (O(months)). */
export function evaluateSteps(step: StepEvaluate, slot: number, env: Env, overrides?: MonthValues): Value {
  if (isError(env.horizon)) return env.horizon;
  const months = new Float64Array(env.horizon).fill(Number.NaN);
  env.values[slot] = months;
  env.run++;
  for (let i = 0; i < months.length; i++) {
    const value = step(env, i);
    if (isError(value)) return value;
    const override = overrides?.get(i + 1);
    if (override !== undefined) {
      months[i] = override;
      continue;
    }
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      return new CellError('#VALUE!', `month ${i + 1} is ${describeKind(value)}; a recurrence must give a number each month`);
    }
    months[i] = Number(value);
  }
  return checkFinite(months);
}

/**
 * The general path, for shapes the step compiler does not take (a recurrence
 * inside cumsum, say): the whole formula runs once per month with the months
 * so far and unknown months as NaN, and month t is taken from that run (O(months²)).
 * Overridden months take their override in both paths, so later months build on it.
 * A month that still comes out unknown reads itself in the same month: #CYCLE!.
 */
export function evaluateRecurrence(formula: Evaluate, slot: number, env: Env, overrides?: MonthValues, ref = 'the cell'): Value {
  if (isError(env.horizon)) return env.horizon;
  const months = new Float64Array(env.horizon).fill(Number.NaN);
  env.values[slot] = months;
  const deadline = Date.now() + RECURRENCE_BUDGET_MS;
  for (let i = 0; i < months.length; i++) {
    if (Date.now() > deadline) {
      return new CellError('#VALUE!', `${ref} took more than ${RECURRENCE_BUDGET_MS / 1000} s to compute month by month (its formula re-reads its whole series every month); write it with lag, cumsum and month-by-month operations so it computes in one pass`);
    }
    const override = overrides?.get(i + 1);
    if (override !== undefined) {
      months[i] = override;
      continue;
    }
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
