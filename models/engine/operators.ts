import { divide, isNumeric, map1, numericBinary, toNumeric, toSeries } from './broadcast';
import { BLANK, CellError, NONE, describeKind, isError, isSeries, type Value, type Where } from './values';

/**
 * The formula operators. Each takes evaluated operands and returns a value;
 * `what` is the formula text of the operation, used in error messages.
 */

/** A binary operator over values. */
export type BinaryOperator = (a: Value, b: Value, what: Where) => Value;
/** A unary operator over values. */
export type UnaryOperator = (a: Value, what: Where) => Value;

function equal(a: Value, b: Value, what: Where, negate: boolean): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  // A blank cell equals both "" and 0, as in a spreadsheet.
  if (a === BLANK) return equal(typeof b === 'string' ? '' : 0, b, what, negate);
  if (b === BLANK) return equal(a, typeof a === 'string' ? '' : 0, what, negate);
  if (a === NONE || b === NONE) return a === b ? !negate : negate;
  if (typeof a === 'string' || typeof b === 'string') return (a === b) !== negate;
  return numericBinary(a, b, negate ? (x, y) => Number(x !== y) : (x, y) => Number(x === y), what, true);
}

function compare(f: (x: number, y: number) => boolean): BinaryOperator {
  return (a, b, what) => {
    if (typeof a === 'string' || typeof b === 'string') {
      return isError(a) ? a : isError(b) ? b : new CellError('#VALUE!', `${what} compares text; only numbers can be ordered`);
    }
    return numericBinary(a, b, (x, y) => Number(f(x, y)), what, true);
  };
}

function logical(f: (x: boolean, y: boolean) => boolean): BinaryOperator {
  return (a, b, what) => numericBinary(a, b, (x, y) => Number(f(x !== 0, y !== 0)), what, true);
}

/** Binary operators by mathjs function name. */
export const binaryOperators: ReadonlyMap<string, BinaryOperator> = new Map<string, BinaryOperator>([
  ['add', (a, b, what) => numericBinary(a, b, (x, y) => x + y, what)],
  ['subtract', (a, b, what) => numericBinary(a, b, (x, y) => x - y, what)],
  ['multiply', (a, b, what) => numericBinary(a, b, (x, y) => x * y, what)],
  ['divide', divide],
  ['pow', (a, b, what) => numericBinary(a, b, Math.pow, what)],
  ['mod', (a, b, what) => {
    const zero = toNumeric(b, what);
    if (zero === 0) return new CellError('#DIV/0!', `modulo by zero in ${what}`);
    return numericBinary(a, b, (x, y) => x - y * Math.floor(x / y), what);
  }],
  ['equal', (a, b, what) => equal(a, b, what, false)],
  ['unequal', (a, b, what) => equal(a, b, what, true)],
  ['smaller', compare((x, y) => x < y)],
  ['larger', compare((x, y) => x > y)],
  ['smallerEq', compare((x, y) => x <= y)],
  ['largerEq', compare((x, y) => x >= y)],
  ['and', logical((x, y) => x && y)],
  ['or', logical((x, y) => x || y)],
  ['xor', logical((x, y) => x !== y)],
]);

/** Unary operators by mathjs function name. */
export const unaryOperators: ReadonlyMap<string, UnaryOperator> = new Map<string, UnaryOperator>([
  ['unaryMinus', (a, what) => numericUnary(a, (x) => -x, what)],
  ['unaryPlus', (a, what) => numericUnary(a, (x) => x, what)],
  ['not', (a, what) => {
    const x = toNumeric(a, what);
    if (!isNumeric(x)) return x;
    return typeof x === 'number' ? x === 0 : map1(x, (v) => Number(v === 0));
  }],
]);

function numericUnary(a: Value, f: (x: number) => number, what: Where): Value {
  const x = toNumeric(a, what);
  return isNumeric(x) ? map1(x, f) : x;
}

/** Reads a value as a truth value for `if` and `?:`: a boolean, or a 0/1 series, or an error. */
export function toCondition(value: Value, what: Where): boolean | Float64Array | CellError | typeof NONE {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === BLANK) return false;
  if (isSeries(value) || isError(value) || value === NONE) return value;
  return new CellError('#VALUE!', `${what} needs a condition, got ${describeKind(value)}`);
}

/** Picks element-wise between two values by a series condition. */
export function selectByMonth(cond: Float64Array, a: Value, b: Value, what: Where): Value {
  const x = toNumeric(a, what);
  if (!isNumeric(x)) return x;
  const y = toNumeric(b, what);
  if (!isNumeric(y)) return y;
  const n = cond.length;
  for (const operand of [x, y]) {
    if (typeof operand !== 'number' && operand.length !== n) {
      return new CellError('#VALUE!', `${what} mixes series of ${n} and ${operand.length} months`);
    }
  }
  const xs = toSeries(x, n);
  const ys = toSeries(y, n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = cond[i] !== 0 ? xs[i]! : ys[i]!;
  return out;
}
