import type { Column } from './column';
import type { Env, Evaluate } from './compile';
import type { FunctionSpec } from './functions';
import { selectByMonth, toCondition, type BinaryOperator, type UnaryOperator } from './operators';
import { isSeries, type Value, type Where } from './values';

/*
 * The closures a compiled formula is made of. They are built here, by
 * module-level functions, so that each captures only what it computes with:
 * a closure created inside a compiler method shares that method's context,
 * which holds the compiler itself (and through it the formula's references,
 * its name resolver and its dependency set) for as long as the formula lives.
 * At 100k formulas that was over a kilobyte each, and most of the load time
 * went to the garbage collector moving it.
 */

/** A constant. */
export function constant(value: Value): Evaluate {
  return () => value;
}

/** The value of one cell, by its slot. */
export function readSlot(slot: number): Evaluate {
  return (env) => env.values[slot]!;
}

/** A whole table column, by its vertex's slot (what aggregates read). */
export function readColumn(slot: number): (env: Env) => Column {
  return (env) => env.columns[slot]!;
}

/** A binary operator; + and × on two numbers skip the general operator. */
export function binary(fn: string, op: BinaryOperator, left: Evaluate, right: Evaluate, what: Where): Evaluate {
  if (fn === 'add') {
    return (env) => {
      const a = left(env);
      const b = right(env);
      return typeof a === 'number' && typeof b === 'number' ? a + b : op(a, b, what);
    };
  }
  if (fn === 'multiply') {
    return (env) => {
      const a = left(env);
      const b = right(env);
      return typeof a === 'number' && typeof b === 'number' ? a * b : op(a, b, what);
    };
  }
  return (env) => op(left(env), right(env), what);
}

/**
 * A cell plus or times a number (`a.b * 0.5`), the commonest term of a
 * spreadsheet formula, as one closure instead of three. `numberFirst` keeps
 * the operands' order for the general operator (text, series, errors).
 */
export function slotNumber(fn: 'add' | 'multiply', op: BinaryOperator, slot: number, k: number, numberFirst: boolean, what: Where): Evaluate {
  if (fn === 'add') {
    return (env) => {
      const a = env.values[slot]!;
      return typeof a === 'number' ? a + k : numberFirst ? op(k, a, what) : op(a, k, what);
    };
  }
  return (env) => {
    const a = env.values[slot]!;
    return typeof a === 'number' ? a * k : numberFirst ? op(k, a, what) : op(a, k, what);
  };
}

/** An expression plus or times a number, as one closure instead of two. */
export function expressionNumber(fn: 'add' | 'multiply', op: BinaryOperator, other: Evaluate, k: number, numberFirst: boolean, what: Where): Evaluate {
  if (fn === 'add') {
    return (env) => {
      const a = other(env);
      return typeof a === 'number' ? a + k : numberFirst ? op(k, a, what) : op(a, k, what);
    };
  }
  return (env) => {
    const a = other(env);
    return typeof a === 'number' ? a * k : numberFirst ? op(k, a, what) : op(a, k, what);
  };
}

/** A unary operator. */
export function unary(op: UnaryOperator, operand: Evaluate, what: Where): Evaluate {
  return (env) => op(operand(env), what);
}

/** One month of a series, `x[month]`, through the `at` function. */
export function monthAt(pick: FunctionSpec, series: Evaluate, month: Evaluate, what: Where): Evaluate {
  return (env) => pick.call([() => series(env), () => month(env)], env, what);
}

/** A function call; arguments are thunks, so lazy functions evaluate only what they need. */
export function call(spec: FunctionSpec, args: readonly Evaluate[], what: Where): Evaluate {
  return (env) => spec.call(args.map((arg) => () => arg(env)), env, what);
}

/** An aggregate over arguments of which some are whole table columns. */
export function callAcross(across: NonNullable<FunctionSpec['columns']>, args: ReadonlyArray<(env: Env) => Value | Column>, what: Where): Evaluate {
  return (env) => across(args.map((arg) => arg(env)), what);
}

/** `condition ? whenTrue : whenFalse`, month by month when the condition is a series. */
export function conditional(condition: Evaluate, whenTrue: Evaluate, whenFalse: Evaluate, what: Where): Evaluate {
  return (env) => {
    const cond = toCondition(condition(env), what);
    if (typeof cond === 'boolean') return cond ? whenTrue(env) : whenFalse(env);
    if (isSeries(cond)) return selectByMonth(cond, whenTrue(env), whenFalse(env), what);
    return cond;
  };
}
