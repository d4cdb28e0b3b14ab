import type { Evaluate, StepEvaluate } from './compile';
import { isSeries, type Value } from './values';

/* The month-by-month closures recurrences run on: running totals and single months of whole-series formulas. */

/** The running functions a recurrence may go through, month by month, with how each month combines with the total so far. */
export const RUNNING_TOTALS: ReadonlyMap<string, (total: number, x: number) => number> = new Map([
  ['cumsum', (total: number, x: number) => total + x],
  ['cumprod', (total: number, x: number) => total * x],
  ['cummax', Math.max],
  ['cummin', Math.min],
]);

/**
 * A running total (`cumsum(lag(x))`) one month at a time: the months so far
 * are kept for the run, so each month costs one step and the recurrence stays
 * linear in months rather than re-running the whole series every month.
 */
export function runningStep(inner: StepEvaluate, combine: (total: number, x: number) => number): StepEvaluate {
  let run = -1;
  let totals: number[] = [];
  return (env, month) => {
    if (env.run !== run) {
      run = env.run;
      totals = [];
    }
    while (totals.length <= month) {
      const m = totals.length;
      const x = inner(env, m);
      if (typeof x !== 'number' && typeof x !== 'boolean') return x;
      totals.push(m === 0 ? Number(x) : combine(totals[m - 1]!, Number(x)));
    }
    return totals[month]!;
  };
}

/** One month of a whole-series closure, computed once per recurrence run. */
export function monthOf(whole: Evaluate): StepEvaluate {
  let run = -1;
  let value: Value = 0;
  return (env, month) => {
    if (env.run !== run) {
      run = env.run;
      value = whole(env);
    }
    return isSeries(value) ? value[month]! : value;
  };
}
