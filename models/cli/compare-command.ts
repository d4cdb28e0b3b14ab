import { compareScenarios, differenceFromBase } from '../analysis';
import { NONE, isError, toJsonValue, type Value } from '../engine';
import { formatNumber, formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { cellCatalog } from '../scenario';
import type { CliIo } from './cli-io';
import { openScenario } from './open-scenario';
import { textTable } from './text-table';

/** Options of `compare`. */
export interface CompareOptions {
  readonly file: string | undefined;
  readonly json: boolean;
  readonly lang: Lang;
}

const headings = {
  en: { output: 'Output', change: 'Δ vs base', ratio: 'Δ %', points: 'pp', none: 'never' },
  zh: { output: '结果', change: '相对基准', ratio: '变化 %', points: '个百分点', none: '无' },
} as const;

/**
 * Computes every output of the base and of each named scenario, in file
 * order: a table with each scenario's change from the base (absolute and
 * in %, as the app shows it), or with --json
 * `{"scenarios": {"base": {…}, "NAME": {…}}}`. Exit 1 when an output is an error.
 */
export function compareCommand(options: CompareOptions, io: CliIo): number {
  const { file, name } = openScenario(options.file, io);
  const figures = compareScenarios(file.scenario);
  const failed = figures.some((scenario) => scenario.outputs.some(([, value]) => isError(value)));
  if (options.json) {
    const scenarios = Object.fromEntries(figures.map((scenario) => [scenario.name, Object.fromEntries(scenario.outputs.map(([ref, value]) => [ref, toJsonValue(value)]))]));
    io.out(`${JSON.stringify({ scenarios }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const words = headings[options.lang];
  const catalog = cellCatalog(file.scenario);
  const [base, ...named] = figures;
  const show = (ref: string, value: Value) => (value === NONE ? words.none : formatValue(value, catalog.get(ref)?.format, options.lang));
  const header = [words.output, base!.name, ...named.flatMap((scenario) => [scenario.name, words.change, words.ratio])];
  const rows = base!.outputs.map(([ref, baseValue], o) => [
    catalog.get(ref)?.label[options.lang] ?? ref,
    show(ref, baseValue),
    ...named.flatMap((scenario) => {
      const value = scenario.outputs[o]![1];
      const change = differenceFromBase(value, baseValue);
      const format = catalog.get(ref)?.format;
      // A change of a percentage is in percentage points: ROI from 62 % to 55 % is −7.0 pp, not −7.0 %.
      const delta = change === undefined ? '' : signed(format === 'percent' ? `${(change.delta * 100).toFixed(1)} ${words.points}` : formatNumber(change.delta, format, options.lang), change.delta);
      const ratio = change === undefined || change.ratio === null ? '' : signed(formatNumber(change.ratio, 'percent', options.lang), change.ratio);
      return [show(ref, value), delta, ratio];
    }),
  ]);
  const right = new Set(header.map((_, c) => c).filter((c) => c > 0));
  io.out(`${file.scenario.name} — ${name}\n\n${textTable(header, rows, right)}\n`);
  return failed ? 1 : 0;
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}
