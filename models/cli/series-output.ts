import type { EngineView } from '../engine';
import { seriesValues } from '../outputs';

/**
 * Writes every monthly series as CSV (a `month` column, then one column per
 * series cell), a row per write. A large scenario's CSV is longer than the
 * longest string a JavaScript engine can hold, so it is never built whole.
 */
export function writeSeriesCsv(engine: EngineView, write: (text: string) => void): void {
  const series = seriesValues(engine);
  const months = series[0]?.[1].length ?? 0;
  write(`${['month', ...series.map(([ref]) => ref)].join(',')}\n`);
  for (let m = 0; m < months; m++) write(`${[m + 1, ...series.map(([, values]) => values[m])].join(',')}\n`);
}

/** Writes every monthly series as one JSON object (reference → months), a series per write, for the same reason. */
export function writeSeriesJson(engine: EngineView, write: (text: string) => void): void {
  const series = seriesValues(engine);
  write('{');
  series.forEach(([ref, months], i) => write(`${i > 0 ? ',' : ''}${JSON.stringify(ref)}:${JSON.stringify(Array.from(months))}`));
  write('}\n');
}
