import { cellRef, isError, isSeries, type EngineView, type Value } from '../engine';
import type { Lang } from '../../shared/lang';
import type { CellInfo } from '../scenario';

/**
 * The numbers the charts draw, read from a computed scenario by reference.
 * Charts follow the reference model's names (`series.*`, `derived.*`,
 * `out.*`, the `languages` table); a scenario without them gets empty charts
 * rather than errors.
 */
export interface ChartData {
  readonly months: number[];
  readonly inference: number[];
  readonly fixedOpex: number[];
  readonly oneTime: number[];
  readonly revenue: number[];
  readonly cumNet: number[];
  readonly paybackMonth: number | undefined;
  readonly apiCost: number[];
  readonly cloudCost: number[];
  readonly onpremCost: number[];
  readonly ftSavingCum: number[];
  readonly ftOnce: number | undefined;
  readonly ftBreakevenMonth: number | undefined;
  /** How many fine-tuning attempts the savings within the horizon pay for. */
  readonly ftMaxRetries: number | undefined;
  readonly languages: ReadonlyArray<{ readonly label: string; readonly input: number; readonly output: number }>;
}

function seriesOf(value: Value | undefined, months: number): number[] {
  if (value !== undefined && isSeries(value)) return Array.from(value);
  if (typeof value === 'number') return new Array<number>(months).fill(value);
  return [];
}

function numberOf(value: Value | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Reads every chart's numbers from the engine. */
export function chartData(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, lang: Lang): ChartData {
  const horizon = engine.get('calendar.horizon_months');
  const months = typeof horizon === 'number' && !isError(horizon) ? Math.max(0, Math.floor(horizon)) : 0;
  const get = (ref: string) => seriesOf(engine.get(ref), months);
  const oneTime = numberOf(engine.get('derived.one_time')) ?? 0;
  const languageRows = [...new Set([...catalog.values()].filter((info) => info.grid === 'languages').map((info) => info.row))];
  return {
    months: Array.from({ length: months }, (_, i) => i + 1),
    inference: get('series.inference'),
    fixedOpex: get('derived.fixed_opex'),
    oneTime: Array.from({ length: months }, (_, i) => (i === 0 ? oneTime : 0)),
    revenue: get('series.revenue'),
    cumNet: get('series.cum_net'),
    paybackMonth: numberOf(engine.get('out.payback_month')),
    apiCost: get('series.api_cost'),
    cloudCost: get('series.cloud_cost'),
    onpremCost: get('series.onprem_cost'),
    ftSavingCum: get('series.ft_saving_cum'),
    ftOnce: numberOf(engine.get('derived.ft_once')),
    ftBreakevenMonth: numberOf(engine.get('out.ft_breakeven_month')),
    ftMaxRetries: numberOf(engine.get('out.ft_max_retry_multiplier')),
    languages: languageRows.map((row) => {
      const cell = (column: string) => numberOf(engine.get(cellRef('languages', row, column))) ?? 0;
      const perUnit = cell('tokens_per_unit');
      const label = catalog.get(cellRef('languages', row, 'share'))?.label[lang].split(' · ')[0] ?? row;
      return { label, input: cell('input_units') * perUnit, output: cell('output_units') * perUnit };
    }),
  };
}

/** Running total of a series. */
export function cumulative(values: readonly number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}

/** Months (1-based) where curve `a` goes from above `b` to at or below it, or back. */
export function crossovers(a: readonly number[], b: readonly number[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    if (Math.sign(a[i - 1]! - b[i - 1]!) !== Math.sign(a[i]! - b[i]!) && a[i] !== b[i]) found.push(i + 1);
  }
  return found;
}
