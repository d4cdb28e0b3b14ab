import { averageAcross, conditionalAcross, countAcross, extremeAcross, sumAcross, sumProduct, type AggregateArg, type ConditionalKind } from './aggregates';
import { isNumeric, map1, map2, toNumeric, toSeries, type Numeric } from './broadcast';
import { selectByMonth } from './operators';
import { clipText } from '../format/clip-text';
import { BLANK, CellError, MAX_TEXT_LENGTH, NONE, isError, isSeries, type Series, type Value, type Where } from './values';

/**
 * The allow-list of functions a formula may call. Nothing else is callable:
 * formulas are evaluated by our own closure tree, never by mathjs, so no
 * mathjs function (import, evaluate, createUnit, …) is reachable at all.
 */

/** What a function needs besides its arguments. */
export interface EvalContext {
  /** Months in the horizon, or the error that stops series from existing. */
  readonly horizon: number | CellError;
}

/** A callable function of the formula language. */
export interface FunctionSpec {
  /** Name as typed in a formula. */
  readonly name: string;
  /** Call signature shown to users, e.g. `lag(x, months = 1, fill = 0)`. */
  readonly signature: string;
  /** One-line description in English and Chinese. */
  readonly summary: { readonly en: string; readonly zh: string };
  readonly minArgs: number;
  readonly maxArgs: number;
  /**
   * Strict functions get evaluated arguments, and an error or none in any
   * argument is returned before `call` runs. Lazy ones get thunks.
   */
  readonly lazy: boolean;
  /** True when the result depends on the horizon's length (so the cell must follow horizon edits). */
  readonly readsHorizon: boolean;
  /** True when month m of the result depends only on month m of each argument. */
  readonly pointwise: boolean;
  readonly call: (args: ReadonlyArray<() => Value>, ctx: EvalContext, what: Where) => Value;
  /**
   * For aggregates: the call when an argument is a whole table column
   * (`sum(languages.share)`); it then works across rows, as a spreadsheet
   * range does. Functions without it do not accept columns.
   */
  readonly columns?: (args: readonly AggregateArg[], what: Where) => Value;
}

const HORIZON_FUNCTIONS = new Set(['npv', 'cumsum', 'cumprod', 'cummax', 'cummin', 'lag', 'at', 'first_month']);
const POINTWISE_FUNCTIONS = new Set([
  'abs', 'ceil', 'floor', 'sqrt', 'exp', 'ln', 'log10', 'sign', 'log', 'round', 'pow', 'clamp', 'if', 'switch', 'iferror', 'ifnone', 'isnone',
]);

type StrictBody = (args: Numeric[], ctx: EvalContext, what: Where) => Value;

function strict(name: string, signature: string, en: string, zh: string, minArgs: number, maxArgs: number, body: StrictBody): FunctionSpec {
  return {
    name, signature, summary: { en, zh }, minArgs, maxArgs, lazy: false, readsHorizon: HORIZON_FUNCTIONS.has(name),
    pointwise: POINTWISE_FUNCTIONS.has(name),
    call(thunks, ctx, what) {
      const args: Numeric[] = [];
      for (const thunk of thunks) {
        const x = toNumeric(thunk(), what);
        if (!isNumeric(x)) return x;
        args.push(x);
      }
      return body(args, ctx, what);
    },
  };
}

function lazy(name: string, signature: string, en: string, zh: string, minArgs: number, maxArgs: number, call: FunctionSpec['call']): FunctionSpec {
  return { name, signature, summary: { en, zh }, minArgs, maxArgs, lazy: true, readsHorizon: false, pointwise: POINTWISE_FUNCTIONS.has(name), call };
}

/** The same function, also accepting whole columns. */
function acrossRows(spec: FunctionSpec, columns: NonNullable<FunctionSpec['columns']>): FunctionSpec {
  return { ...spec, columns };
}

/** An aggregate that only makes sense over whole columns. */
function columnOnly(name: string, signature: string, en: string, zh: string, minArgs: number, maxArgs: number, columns: NonNullable<FunctionSpec['columns']>): FunctionSpec {
  return {
    ...lazy(name, signature, en, zh, minArgs, maxArgs, (_args, _ctx, what) => new CellError('#VALUE!', `${what}: ${name} works on whole table columns, like ${signature}`)),
    columns,
  };
}

function conditional(kind: ConditionalKind, signature: string, en: string, zh: string): FunctionSpec {
  const name = `${kind}if`;
  return columnOnly(name, signature, en, zh, 2, kind === 'count' ? 2 : 3, (args, what) => conditionalAcross(kind, args, what));
}

function unary(name: string, en: string, zh: string, f: (x: number) => number): FunctionSpec {
  return strict(name, `${name}(x)`, en, zh, 1, 1, ([x]) => map1(x!, f));
}

function withHorizon(ctx: EvalContext, body: (horizon: number) => Value): Value {
  return isError(ctx.horizon) ? ctx.horizon : body(ctx.horizon);
}

function cumulative(name: string, en: string, zh: string, step: (acc: number, x: number) => number): FunctionSpec {
  return strict(name, `${name}(series)`, en, zh, 1, 1, ([x], ctx) =>
    withHorizon(ctx, (horizon) => {
      const input = toSeries(x!, horizon);
      const out = new Float64Array(input.length);
      let acc = input[0] ?? 0;
      for (let i = 0; i < input.length; i++) {
        acc = i === 0 ? input[0]! : step(acc, input[i]!);
        out[i] = acc;
      }
      return out;
    }));
}

function forEachNumber(args: Numeric[], visit: (x: number) => void): void {
  for (const arg of args) {
    if (typeof arg === 'number') visit(arg);
    else for (let i = 0; i < arg.length; i++) visit(arg[i]!);
  }
}

function extreme(name: 'min' | 'max', en: string, zh: string): FunctionSpec {
  const pick = name === 'min' ? Math.min : Math.max;
  return strict(name, `${name}(x, …)`, en, zh, 1, Infinity, (args, _ctx, what) => {
    if (args.length === 1) {
      let best = name === 'min' ? Infinity : -Infinity;
      forEachNumber(args, (v) => { best = pick(best, v); });
      return best;
    }
    let acc: Numeric | CellError = args[0]!;
    for (const arg of args.slice(1)) {
      if (isError(acc)) return acc;
      acc = map2(acc, arg, pick, what);
    }
    return acc;
  });
}

function monthIndex(k: number, horizon: number, what: Where): number | CellError {
  if (!Number.isInteger(k) || k < 1 || k > horizon) {
    return new CellError('#VALUE!', `${what}: month ${k} is outside 1..${horizon}`);
  }
  return k - 1;
}

function at(x: Numeric, month: Numeric, ctx: EvalContext, what: Where): Value {
  if (typeof month !== 'number') return new CellError('#VALUE!', `${what}: the month must be a single number`);
  return withHorizon(ctx, (horizon) => {
    const index = monthIndex(month, horizon, what);
    if (isError(index)) return index;
    return typeof x === 'number' ? x : (x[index] ?? new CellError('#VALUE!', `${what}: month ${month} is outside the series`));
  });
}

function lag(x: Numeric, months: number, fill: number, horizon: number): Series {
  const input = toSeries(x, horizon);
  const out = new Float64Array(input.length).fill(fill);
  for (let i = months; i < input.length; i++) out[i] = input[i - months]!;
  return out;
}

function ifThenElse(args: ReadonlyArray<() => Value>, what: Where): Value {
  const cond = args[0]!();
  if (isError(cond) || cond === NONE) return cond;
  if (cond === BLANK) return args[2]!();
  if (typeof cond === 'string') return new CellError('#VALUE!', `${what} needs a condition, got text`);
  if (!isSeries(cond)) return (typeof cond === 'boolean' ? cond : cond !== 0) ? args[1]!() : args[2]!();
  return selectByMonth(cond, args[1]!(), args[2]!(), what);
}

function switchOn(args: ReadonlyArray<() => Value>, what: Where): Value {
  const key = args[0]!();
  if (isError(key)) return key;
  const pairs = args.length - 1;
  const choices: string[] = [];
  for (let i = 1; i + 1 < args.length; i += 2) {
    const candidate = args[i]!();
    if (candidate === key) return args[i + 1]!();
    choices.push(String(candidate));
  }
  if (pairs % 2 === 1) return args[args.length - 1]!();
  return new CellError('#N/A', `${what}: ${clipText(typeof key === 'string' ? JSON.stringify(key) : textOf(key), 60)} is none of ${clipText(choices.join(', '), 200)}`);
}

function textOf(value: Value): string {
  if (typeof value === 'number') return String(Math.round(value * 1e9) / 1e9);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === NONE || value === BLANK) return '';
  return isSeries(value) ? `[${value.length} months]` : value.code;
}

const library: FunctionSpec[] = [
  unary('abs', 'Absolute value', '绝对值', Math.abs),
  unary('ceil', 'Round up to a whole number', '向上取整', Math.ceil),
  unary('floor', 'Round down to a whole number', '向下取整', Math.floor),
  unary('sqrt', 'Square root', '平方根', Math.sqrt),
  unary('exp', 'e to the power x', 'e 的 x 次方', Math.exp),
  unary('ln', 'Natural logarithm', '自然对数', Math.log),
  unary('log10', 'Base-10 logarithm', '以 10 为底的对数', Math.log10),
  unary('sign', 'Sign: −1, 0 or 1', '符号：−1、0 或 1', Math.sign),
  strict('log', 'log(x, base = e)', 'Logarithm', '对数', 1, 2, ([x, base], _ctx, what) =>
    base === undefined ? map1(x!, Math.log) : map2(x!, base, (v, b) => Math.log(v) / Math.log(b), what)),
  strict('round', 'round(x, digits = 0)', 'Round to a number of decimals', '四舍五入到指定小数位', 1, 2, ([x, digits], _ctx, what) => {
    const d = digits ?? 0;
    return map2(x!, d, (v, n) => Math.round(v * 10 ** n) / 10 ** n, what);
  }),
  strict('pow', 'pow(x, y)', 'x to the power y', 'x 的 y 次方', 2, 2, ([x, y], _ctx, what) => map2(x!, y!, Math.pow, what)),
  strict('clamp', 'clamp(x, low, high)', 'Limit x to the range low..high', '把 x 限制在 low..high 之间', 3, 3, ([x, lo, hi], _ctx, what) => {
    const low = map2(x!, lo!, Math.max, what);
    return isError(low) ? low : map2(low, hi!, Math.min, what);
  }),
  acrossRows(extreme('min', 'Smallest value of one argument, or month-by-month smallest of several (or of a column\'s rows)', '单个参数取最小值；多个参数（或一列的各行）逐月取最小值'),
    (args, what) => extremeAcross('min', args, what)),
  acrossRows(extreme('max', 'Largest value of one argument, or month-by-month largest of several (or of a column\'s rows)', '单个参数取最大值；多个参数（或一列的各行）逐月取最大值'),
    (args, what) => extremeAcross('max', args, what)),
  acrossRows(strict('sum', 'sum(x, …)', 'Total of all arguments (a series adds up all its months; a column adds up its rows)', '所有参数之和（序列按月求和；整列按行求和）', 1, Infinity, (args) => {
    let total = 0;
    forEachNumber(args, (v) => { total += v; });
    return total;
  }), sumAcross),
  ...['mean', 'average'].map((name) => acrossRows(strict(name, `${name}(x, …)`, 'Average of all values (every month of a series; a column averages its filled rows)', '所有值的平均数（序列逐月计入；整列对已填写的行取平均）', 1, Infinity, (args) => {
    let total = 0;
    let count = 0;
    forEachNumber(args, (v) => { total += v; count++; });
    return total / count;
  }), averageAcross)),
  acrossRows(lazy('count', 'count(x, …)', 'How many numbers there are (a column counts its filled rows)', '数值的个数（整列统计已填写的行）', 1, Infinity, (args) => {
    let count = 0;
    for (const arg of args) {
      const value = arg();
      if (isError(value)) return value;
      if (typeof value === 'number' || isSeries(value)) count++;
    }
    return count;
  }), countAcross),
  columnOnly('sumproduct', 'sumproduct(column, column, …)', 'Sum over rows of the product of the columns\' cells', '各行对应单元格之积的总和', 1, Infinity, sumProduct),
  conditional('sum', 'sumif(column, criterion, sum_column)', 'Total of the rows whose cell matches the criterion (e.g. "word", ">0")', '满足条件（如 "word"、">0"）的行之和'),
  conditional('count', 'countif(column, criterion)', 'How many rows match the criterion', '满足条件的行数'),
  conditional('average', 'averageif(column, criterion, average_column)', 'Average of the rows that match the criterion', '满足条件的行的平均数'),
  strict('npv', 'npv(rate, series)', 'Net present value of monthly amounts at a monthly rate', '按月利率计算每月金额的净现值', 2, 2, ([rate, x], ctx, what) => {
    if (typeof rate !== 'number') return new CellError('#VALUE!', `${what}: the rate must be a single number`);
    return withHorizon(ctx, (horizon) => {
      const amounts = toSeries(x!, horizon);
      let total = 0;
      for (let i = 0; i < amounts.length; i++) total += amounts[i]! / (1 + rate) ** (i + 1);
      return total;
    });
  }),
  cumulative('cumsum', 'Running total by month', '逐月累计和', (acc, v) => acc + v),
  cumulative('cumprod', 'Running product by month', '逐月累计乘积', (acc, v) => acc * v),
  cumulative('cummax', 'Running maximum by month', '逐月累计最大值', Math.max),
  cumulative('cummin', 'Running minimum by month', '逐月累计最小值', Math.min),
  strict('lag', 'lag(x, months = 1, fill = 0)', 'The series shifted later by some months', '把序列向后平移若干个月', 1, 3, ([x, months, fill], ctx, what) => {
    const k = months ?? 1;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0) return new CellError('#VALUE!', `${what}: months must be a whole number ≥ 0`);
    if (fill !== undefined && typeof fill !== 'number') return new CellError('#VALUE!', `${what}: fill must be a single number`);
    return withHorizon(ctx, (horizon) => lag(x!, k, fill ?? 0, horizon));
  }),
  strict('at', 'at(series, month)', 'The value in one month (1 = first)', '某个月的值（1 表示第一个月）', 2, 2, ([x, month], ctx, what) => at(x!, month!, ctx, what)),
  strict('first_month', 'first_month(condition)', 'First month where the condition holds, or none', '条件首次成立的月份；没有则为空', 1, 1, ([cond], ctx) =>
    withHorizon(ctx, (horizon) => {
      const series = toSeries(cond!, horizon);
      const index = series.findIndex((v) => v !== 0);
      return index < 0 ? NONE : index + 1;
    })),
  lazy('if', 'if(condition, then, else)', 'Choose a value by a condition (month by month for a series)', '按条件取值（序列逐月判断）', 3, 3, (args, _ctx, what) => ifThenElse(args, what)),
  lazy('switch', 'switch(key, match1, value1, …, default)', 'The value paired with the first match of key', '返回与 key 相匹配的值', 3, Infinity, (args, _ctx, what) => switchOn(args, what)),
  lazy('iferror', 'iferror(x, fallback)', 'x, or the fallback if x is an error', 'x 出错时取备用值', 2, 2, (args) => {
    const x = args[0]!();
    return isError(x) ? args[1]!() : x;
  }),
  lazy('ifnone', 'ifnone(x, fallback)', 'x, or the fallback if x is none', 'x 为空时取备用值', 2, 2, (args) => {
    const x = args[0]!();
    return x === NONE ? args[1]!() : x;
  }),
  lazy('isnone', 'isnone(x)', 'True when x is none', 'x 为空时为真', 1, 1, (args) => {
    const x = args[0]!();
    return isError(x) ? x : x === NONE;
  }),
  lazy('isblank', 'isblank(x)', 'True when x is a blank cell', 'x 为空白单元格时为真', 1, 1, (args) => {
    const x = args[0]!();
    return isError(x) ? x : x === BLANK;
  }),
  lazy('concat', 'concat(x, …)', 'Join values into text', '把值连接成文本', 1, Infinity, (args, _ctx, what) => {
    const parts: string[] = [];
    let length = 0;
    for (const arg of args) {
      const value = arg();
      if (isError(value)) return value;
      const part = textOf(value);
      length += part.length;
      if (length > MAX_TEXT_LENGTH) return new CellError('#VALUE!', `${what} makes text longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters, the most a cell holds`);
      parts.push(part);
    }
    return parts.join('');
  }),
];

/** Every callable function, by its lower-case name. */
export const functions: ReadonlyMap<string, FunctionSpec> = new Map(library.map((spec) => [spec.name, spec]));

/** The function a formula names, whatever its case (`SUM`, `Max`), as spreadsheet users type them. */
export function functionNamed(name: string): FunctionSpec | undefined {
  return functions.get(name) ?? functions.get(name.toLowerCase());
}
