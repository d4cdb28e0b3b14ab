import type { Evaluate, StepEvaluate } from './compile';
import type { FunctionSpec } from './functions';
import { toCondition, type BinaryOperator, type UnaryOperator } from './operators';
import { isSeries, type Value, type Where } from './values';

/*
 * The month-by-month closures recurrences run on. Built by module-level
 * functions for the reason given in closures.ts: a closure made inside a
 * compiler method would keep the compiler alive.
 */

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

/** One month of the cell's own series (what `lag(self)` reads), by its slot. */
export function selfMonth(slot: number): StepEvaluate {
  return (env, month) => (env.values[slot] as Float64Array)[month]!;
}

/** A binary operator, one month at a time. */
export function binaryStep(op: BinaryOperator, left: StepEvaluate, right: StepEvaluate, what: Where): StepEvaluate {
  return (env, month) => op(left(env, month), right(env, month), what);
}

/** A unary operator, one month at a time. */
export function unaryStep(op: UnaryOperator, operand: StepEvaluate, what: Where): StepEvaluate {
  return (env, month) => op(operand(env, month), what);
}

/** `condition ? whenTrue : whenFalse`, one month at a time. */
export function conditionalStep(condition: StepEvaluate, whenTrue: StepEvaluate, whenFalse: StepEvaluate, what: Where): StepEvaluate {
  return (env, month) => {
    const cond = toCondition(condition(env, month), what);
    return typeof cond === 'boolean' ? (cond ? whenTrue(env, month) : whenFalse(env, month)) : (cond as Value);
  };
}

/** `lag(x, months, fill)`, one month at a time: month m reads x at m − months, or the fill before that. */
export function lagStep(inner: StepEvaluate, months: number, fill: StepEvaluate): StepEvaluate {
  return (env, month) => (month >= months ? inner(env, month - months) : fill(env, month));
}

/** A point-wise function, one month at a time. */
export function callStep(spec: FunctionSpec, args: readonly StepEvaluate[], what: Where): StepEvaluate {
  return (env, month) => spec.call(args.map((arg) => () => arg(env, month)), env, what);
}

/** The zero a lag without a fill argument gives before its first month. */
export const ZERO_STEP: StepEvaluate = () => 0;
