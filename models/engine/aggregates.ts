import { map2, toNumeric, type Numeric } from './broadcast';
import { Column, isColumn } from './column';
import { BLANK, CellError, NONE, isError, isSeries, type Value, type Where } from './values';

/**
 * Aggregates over whole table columns (`sum(languages.share)`), as in a
 * spreadsheet range: they run across the rows, so a column of monthly series
 * gives a monthly series. Inside a column, text, booleans, blanks and none are
 * skipped (a row whose inputs are not filled yet adds nothing); an error in
 * any row is the result. Arguments that are not columns count as one element
 * each, and must be numbers.
 */

/** An argument of an aggregate: a whole column or one value. */
export type AggregateArg = Value | Column;

type Element = Numeric | CellError | undefined;

/** The numbers of the arguments, row by row: undefined for a skipped cell, an error to stop at. */
function* elements(args: readonly AggregateArg[], what: Where): Generator<Element> {
  for (const arg of args) {
    if (isColumn(arg)) {
      for (const value of arg.values) yield cellNumber(value);
      continue;
    }
    const x = toNumeric(arg, what);
    yield x === NONE ? undefined : x;
  }
}

/** A cell of a column as a number or series, or undefined when a range skips it. */
function cellNumber(value: Value): Element {
  if (typeof value === 'number' || isSeries(value) || isError(value)) return value;
  return undefined;
}

/** Folds the elements month by month (0 when there are none); returns the count of elements too. */
function fold(args: readonly AggregateArg[], what: Where, f: (acc: number, x: number) => number): { total: Numeric; count: number } | CellError {
  let total: Numeric = 0;
  let count = 0;
  for (const x of elements(args, what)) {
    if (x === undefined) continue;
    if (isError(x)) return x;
    const next: Numeric | CellError = count === 0 ? x : map2(total, x, f, what);
    if (isError(next)) return next;
    total = next;
    count++;
  }
  return { total, count };
}

/** Sum across rows (and other arguments). */
export function sumAcross(args: readonly AggregateArg[], what: Where): Value {
  const result = fold(args, what, (a, b) => a + b);
  return result instanceof CellError ? result : result.total;
}

/** Average across rows, skipping blanks and text; #DIV/0! when nothing is left. */
export function averageAcross(args: readonly AggregateArg[], what: Where): Value {
  const result = fold(args, what, (a, b) => a + b);
  if (result instanceof CellError) return result;
  if (result.count === 0) return new CellError('#DIV/0!', `${what} averages no numbers`);
  return map2(result.total, result.count, (a, n) => a / n, what);
}

/** Smallest or largest across rows; 0 when there is nothing, as in a spreadsheet. */
export function extremeAcross(name: 'min' | 'max', args: readonly AggregateArg[], what: Where): Value {
  const pick = name === 'min' ? Math.min : Math.max;
  const result = fold(args, what, pick);
  return result instanceof CellError ? result : result.total;
}

/** How many numbers there are across rows (blanks, text and none are not counted). */
export function countAcross(args: readonly AggregateArg[], what: Where): Value {
  let count = 0;
  for (const x of elements(args, what)) {
    if (x === undefined) continue;
    if (isError(x)) return x;
    count++;
  }
  return count;
}

/** Σ over rows of the product of the columns' cells; a cell that is not a number counts as 0. */
export function sumProduct(args: readonly AggregateArg[], what: Where): Value {
  const columns: Column[] = [];
  for (const arg of args) {
    if (!isColumn(arg)) return new CellError('#VALUE!', `${what}: every argument of sumproduct must be a whole column, like models.traffic_share`);
    columns.push(arg);
  }
  const first = columns[0]!;
  const aligned = columns.map((column) => column.alignedTo(first));
  let total: Numeric = 0;
  for (let row = 0; row < first.rows.length; row++) {
    let product: Numeric = 1;
    for (const values of aligned) {
      const cell = values[row]!;
      if (isError(cell)) return cell;
      const x = cellNumber(cell) ?? 0;
      const next = map2(product, x as Numeric, (a, b) => a * b, what);
      if (isError(next)) return next;
      product = next;
    }
    const next = map2(total, product, (a, b) => a + b, what);
    if (isError(next)) return next;
    total = next;
  }
  return total;
}

/** Which aggregate a conditional one applies to the matching rows. */
export type ConditionalKind = 'sum' | 'count' | 'average';

/**
 * `sumif(range, criterion, sum_range)` and its kin: the rows of `range` that
 * match the criterion select the rows of the second column (or of `range`).
 */
export function conditionalAcross(kind: ConditionalKind, args: readonly AggregateArg[], what: Where): Value {
  const [range, criterion, target] = args as [AggregateArg, AggregateArg, AggregateArg | undefined];
  if (!isColumn(range) || (target !== undefined && !isColumn(target))) {
    return new CellError('#VALUE!', `${what}: the range${target === undefined ? '' : ' and the column to add up'} must be whole columns, like languages.unit`);
  }
  if (isColumn(criterion)) return new CellError('#VALUE!', `${what}: the criterion must be one value, like "word" or ">0"`);
  if (isError(criterion)) return criterion;
  const matches = matcher(criterion);
  const values = target === undefined ? range.values : target.alignedTo(range);
  const rows: string[] = [];
  const picked: Value[] = [];
  range.values.forEach((cell, row) => {
    if (!matches(cell)) return;
    rows.push(range.rows[row]!);
    picked.push(values[row]!);
  });
  if (kind === 'count') return picked.length;
  const selected = [new Column(range.ref, rows, picked)];
  return kind === 'sum' ? sumAcross(selected, what) : averageAcross(selected, what);
}

const CRITERION = /^(<=|>=|<>|=|<|>)(.*)$/s;

/**
 * A criterion as spreadsheets write it: a value to equal (text compared
 * without case), or text starting with a comparison — ">0", "<>zh", "<=1.5".
 */
function matcher(criterion: Value): (cell: Value) => boolean {
  if (typeof criterion === 'number' || typeof criterion === 'boolean') return (cell) => cell === criterion || (typeof cell === 'number' && cell === Number(criterion));
  if (typeof criterion !== 'string') return (cell) => cell === criterion;
  const [, op = '=', operand = criterion] = CRITERION.exec(criterion) ?? [];
  const number = operand.trim() === '' ? Number.NaN : Number(operand);
  if (!Number.isNaN(number)) {
    const test = comparisons[op]!;
    return (cell) => typeof cell === 'number' && test(cell, number);
  }
  const text = operand.toLowerCase();
  const same = (cell: Value) => (cell === BLANK ? text === '' : typeof cell === 'string' && cell.toLowerCase() === text);
  if (op === '=') return same;
  if (op === '<>') return (cell) => !same(cell);
  return () => false;
}

const comparisons: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '=': (a, b) => a === b,
  '<>': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
};
