import { NONE, isError, toJsonValue, type CellError, type Engine, type Value } from '../engine';
import { formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { outputValues, warnings } from '../outputs';
import { cellCatalog, createScenarioEngine, inputMisfits, type CellInfo, type InputMisfit } from '../scenario';
import { noteOn, type CliIo } from './cli-io';
import { openScenario } from './open-scenario';
import { writeSeriesCsv, writeSeriesJson } from './series-output';
import { catalogForEdits } from './price-catalogs';
import { applyScenarioEdits, type ScenarioEdits } from './set-values';
import { textTable } from './text-table';

/** Options of `compute`. */
export interface ComputeOptions {
  readonly file: string | undefined;
  readonly edits: ScenarioEdits;
  /** `--catalog FILE`: a LiteLLM-format table for `--price`, instead of the installed catalog. */
  readonly catalog: string | undefined;
  readonly json: boolean;
  readonly series: boolean;
  readonly lang: Lang;
}

const headings = {
  en: { output: 'Output', value: 'Value', unit: 'Unit', ref: 'Reference', none: 'none (not within the horizon)', warnings: 'Warnings', errors: 'Errors' },
  zh: { output: '结果', value: '数值', unit: '单位', ref: '引用', none: '无（规划期内没有）', warnings: '警告', errors: '错误' },
} as const;

/** Computes a scenario and prints its outputs (table or JSON) or its series (CSV). Exit code 1 if an output is an error. */
export async function computeCommand(options: ComputeOptions, io: CliIo): Promise<number> {
  const { file, name } = openScenario(options.file, io);
  const scenario = applyScenarioEdits(file.scenario, options.edits, noteOn(io), await catalogForEdits(options.edits, options.catalog, io));
  const engine = createScenarioEngine(scenario);
  const outputs = outputValues(engine);
  const failed = outputs.some(([, value]) => isError(value));
  if (options.series) (options.json ? writeSeriesJson : writeSeriesCsv)(engine, io.out);
  else if (options.json) {
    io.out(`${JSON.stringify(Object.fromEntries(outputs.map(([ref, value]) => [ref, toJsonValue(value)])), null, 2)}\n`);
    // Every key of the JSON is an output: the warnings the table lists go to stderr, where a person sees them and a parser does not.
    for (const { ref, text } of warnings(engine, cellCatalog(scenario), options.lang, inputMisfits(scenario))) io.err(`tokencast: warning: ${text} (${ref})\n`);
  }
  else io.out(outputTable(`${scenario.name} — ${name}`, outputs, engine, cellCatalog(scenario), options.lang, inputMisfits(scenario)));
  return failed ? 1 : 0;
}

function outputTable(title: string, outputs: Array<[string, Value]>, engine: Engine, catalog: Map<string, CellInfo>, lang: Lang, misfits: readonly InputMisfit[]): string {
  const words = headings[lang];
  const rows = outputs.map(([ref, value]) => {
    const info = catalog.get(ref);
    const shown = value === NONE ? words.none : formatValue(value, info?.format, lang);
    return [info?.label[lang] ?? ref, shown, info?.unit?.[lang] ?? '', ref];
  });
  const parts = [title, '', textTable([words.output, words.value, words.unit, words.ref], rows, new Set([1]))];
  const errors = outputs.filter((entry): entry is [string, CellError] => isError(entry[1]));
  if (errors.length > 0) parts.push('', `${words.errors}:`, ...errors.map(([ref, error]) => `  ${ref}: ${error.code} ${error.message}`));
  const failed = warnings(engine, catalog, lang, misfits);
  if (failed.length > 0) parts.push('', `${words.warnings}:`, ...failed.map(({ ref, text }) => `  ! ${text} (${ref})`));
  return `${parts.join('\n')}\n`;
}
