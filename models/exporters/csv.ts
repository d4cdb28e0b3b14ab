import { NONE, cellRef, isError, isSeries, type EngineView, type Value } from '../engine';
import type { CellInfo } from '../scenario';

/** The monthly columns of `series.csv`, each read from `series.<name>`. */
export const SERIES_COLUMNS = ['requests', 'calls', 'tokens', 'api_cost', 'cloud_cost', 'onprem_cost', 'gpus', 'total_cost', 'revenue', 'net', 'cum_net', 'ft_saving_cum'] as const;

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value as a CSV field: full precision; empty for none; the error code for an error. */
export function csvValue(value: Value | undefined): string {
  if (value === undefined || value === NONE) return '';
  if (isError(value)) return value.code;
  if (isSeries(value)) return csvCell(Array.from(value).join(' '));
  return csvCell(String(value));
}

/** The values of the {@link SERIES_COLUMNS} and the number of months the longest of them covers. */
export function monthlyColumns(engine: EngineView): { columns: Array<Value | undefined>; months: number } {
  const columns = SERIES_COLUMNS.map((name) => engine.get(cellRef('series', name)));
  return { columns, months: Math.max(0, ...columns.map((v) => (v !== undefined && isSeries(v) ? v.length : 0))) };
}

/** `series.csv`: one row per month, full precision. */
export function seriesCsv(engine: EngineView): string {
  const { columns, months } = monthlyColumns(engine);
  const lines = [['month', ...SERIES_COLUMNS].join(',')];
  for (let m = 0; m < months; m++) {
    lines.push([String(m + 1), ...columns.map((v) => (v !== undefined && isSeries(v) ? String(v[m]) : csvValue(v)))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** `outputs.csv`: `ref, value, unit` for every `out.*`. */
export function outputsCsv(outputs: ReadonlyArray<readonly [string, Value]>, catalog: ReadonlyMap<string, CellInfo>): string {
  const lines = ['ref,value,unit', ...outputs.map(([ref, value]) => [ref, csvValue(value), csvCell(catalog.get(ref)?.unit?.en ?? '')].join(','))];
  return `${lines.join('\n')}\n`;
}
