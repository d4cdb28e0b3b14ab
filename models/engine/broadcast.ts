import { BLANK, CellError, NONE, describeKind, isError, isSeries, type Series, type Value, type Where } from './values';

/**
 * Element-wise arithmetic with scalar broadcasting. Operands are numbers,
 * booleans (as 0/1), blanks (as 0) or series; anything else (text, none, errors) is handled
 * once here so every operator and function behaves the same way.
 */

/** A number or a series, ready for element-wise work. */
export type Numeric = number | Series;

/**
 * Reads an operand as a number or series. Returns a non-numeric value to hand
 * back unchanged: the operand's own error, {@link NONE}, or a #VALUE! error.
 */
export function toNumeric(value: Value, what: Where): Numeric | CellError | typeof NONE {
  if (typeof value === 'number' || isSeries(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === BLANK) return 0;
  if (value === NONE || isError(value)) return value;
  return new CellError('#VALUE!', `${what} expects a number, got ${describeKind(value)}`);
}

/** True when a {@link toNumeric} result is usable as a number or series. */
export function isNumeric(value: Numeric | CellError | typeof NONE): value is Numeric {
  return typeof value === 'number' || isSeries(value);
}

/** Applies a scalar function to a number or to every month of a series. */
export function map1(x: Numeric, f: (a: number) => number): Numeric {
  if (typeof x === 'number') return f(x);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]!);
  return out;
}

/** Applies a scalar function pairwise, broadcasting a scalar against a series. */
export function map2(x: Numeric, y: Numeric, f: (a: number, b: number) => number, what: Where): Numeric | CellError {
  if (typeof x === 'number') {
    if (typeof y === 'number') return f(x, y);
    const out = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) out[i] = f(x, y[i]!);
    return out;
  }
  if (typeof y === 'number') {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = f(x[i]!, y);
    return out;
  }
  if (x.length !== y.length) {
    return new CellError('#VALUE!', `${what} mixes series of ${x.length} and ${y.length} months`);
  }
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]!, y[i]!);
  return out;
}

/**
 * Coerces two operands and combines them element-wise, propagating errors and
 * none. With `logical`, a scalar result is returned as a boolean (a series
 * stays 0/1).
 */
export function numericBinary(a: Value, b: Value, f: (x: number, y: number) => number, what: Where, logical = false): Value {
  const x = toNumeric(a, what);
  if (!isNumeric(x)) return x;
  const y = toNumeric(b, what);
  if (!isNumeric(y)) return y;
  const result = map2(x, y, f, what);
  return logical && typeof result === 'number' ? result !== 0 : result;
}

/** Division, with #DIV/0! naming the month where the divisor is zero. */
export function divide(a: Value, b: Value, what: Where): Value {
  const x = toNumeric(a, what);
  if (!isNumeric(x)) return x;
  const y = toNumeric(b, what);
  if (!isNumeric(y)) return y;
  if (typeof y === 'number') {
    if (y === 0) return new CellError('#DIV/0!', `division by zero in ${what}`);
  } else {
    const zero = y.indexOf(0);
    if (zero >= 0) return new CellError('#DIV/0!', `division by zero in month ${zero + 1} of ${what}`);
  }
  return map2(x, y, (p, q) => p / q, what);
}

/** A series of `horizon` months, every month equal to `x`, or `x` itself if already a series. */
export function toSeries(x: Numeric, horizon: number): Series {
  return typeof x === 'number' ? new Float64Array(horizon).fill(x) : x;
}

/** Checks that a computed result is finite; infinities and NaN become #NUM!. */
export function checkFinite(value: Value): Value {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : new CellError('#NUM!', 'the result is not a finite number (too large, or invalid math such as the square root of a negative)');
  }
  if (isSeries(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!Number.isFinite(value[i]!)) {
        return new CellError('#NUM!', `month ${i + 1} is not a finite number (too large, or invalid math)`);
      }
    }
  }
  return value;
}
