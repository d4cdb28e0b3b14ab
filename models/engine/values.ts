/**
 * The values a cell can hold. Numbers, text and booleans are plain JS values;
 * a monthly series is a Float64Array (booleans inside a series are 0/1);
 * "no value" (e.g. no payback month within the horizon) is {@link NONE};
 * an input cell the user left empty is {@link BLANK};
 * a failed computation is a {@link CellError} — errors are values, never thrown.
 */

/** The error codes a cell can show, spreadsheet style. */
export type ErrorCode = '#CYCLE!' | '#DIV/0!' | '#NAME?' | '#VALUE!' | '#REF!' | '#N/A' | '#NUM!';

/** A computation that failed, with a message that names what is wrong and where. */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** The single "none" value: an answer that does not exist (JSON null). */
export const NONE: unique symbol = Symbol('none');
/** The type of {@link NONE}. */
export type None = typeof NONE;

/**
 * An empty input cell, as in a spreadsheet: 0 in arithmetic, "" in text, and
 * skipped by count and average. Distinct from {@link NONE}, which a formula
 * computes to say "no answer".
 */
export const BLANK: unique symbol = Symbol('blank');
/** The type of {@link BLANK}. */
export type Blank = typeof BLANK;

/** A value per month of the horizon; month t is at index t − 1. */
export type Series = Float64Array;

/** Everything a cell can evaluate to. */
export type Value = number | string | boolean | Series | None | Blank | CellError;

/**
 * The formula text an error happened in. Any object with toString works, so
 * the text can be produced only when an error message actually needs it.
 */
export interface Where {
  toString(): string;
}

/**
 * The longest text a formula may compute, in characters. Text is for labels
 * and choices; without a cap, concat in a recurrence or a long chain could
 * grow text to gigabytes and take the process down.
 */
export const MAX_TEXT_LENGTH = 100_000;

/** What a user types into a cell: a number, a boolean, text, a formula (text starting with "="), or null for blank. */
export type CellInput = number | string | boolean | null;

/** True when the value is a computation error. */
export function isError(value: Value): value is CellError {
  return value instanceof CellError;
}

/** True when the value is a monthly series. */
export function isSeries(value: Value): value is Series {
  return value instanceof Float64Array;
}

/** True when the input is a formula rather than a literal. */
export function isFormula(input: CellInput): input is string {
  return typeof input === 'string' && input.startsWith('=');
}

/** Two values are the same when a user could not tell them apart. */
export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (isSeries(a) && isSeries(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (isError(a) && isError(b)) return a.code === b.code && a.message === b.message;
  return false;
}

/** A short human description of a value's kind, for error messages. */
export function describeKind(value: Value): string {
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'string') return `text "${value.length > 20 ? value.slice(0, 20) + '…' : value}"`;
  if (typeof value === 'boolean') return 'true/false';
  if (value === NONE) return 'none';
  if (value === BLANK) return 'a blank cell';
  if (isSeries(value)) return `a series of ${value.length} months`;
  return value.code;
}

/** A plain-JSON view of a value: numbers, strings, booleans, arrays for series, null for none, an error object. */
export type JsonValue = number | string | boolean | null | number[] | { error: ErrorCode; message: string };

/** Converts a value to its plain-JSON view. */
export function toJsonValue(value: Value): JsonValue {
  if (value === NONE || value === BLANK) return null;
  if (isSeries(value)) return Array.from(value);
  if (isError(value)) return { error: value.code, message: value.message };
  return value;
}
