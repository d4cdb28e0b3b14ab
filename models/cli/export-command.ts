import { cellCatalog, createScenarioEngine } from '../scenario';
import type { Lang } from '../../shared/lang';
import { CliFailure, describeFsError, noteOn, type CliIo } from './cli-io';
import { ExportError, writeExport } from './export/write-export';
import { openScenario } from './open-scenario';
import { templateOrigin } from '../templates';
import { catalogForEdits } from './price-catalogs';
import { applyScenarioEdits, type ScenarioEdits } from './set-values';

/** Options of `export`. */
export interface ExportOptions {
  readonly file: string | undefined;
  readonly out: string | undefined;
  readonly edits: ScenarioEdits;
  /** `--catalog FILE`: a LiteLLM-format table for `--price`, instead of the installed catalog. */
  readonly catalog: string | undefined;
  readonly lang: Lang;
}

/**
 * Exports charts, CSVs, the workbook, the HTML business case (with the
 * file's scenarios compared and the tornado of the TCO) and a manifest
 * into a folder. The export libraries (ECharts, resvg, exceljs) load only
 * here, so `compute` stays quick.
 */
export async function exportCommand(options: ExportOptions, io: CliIo): Promise<number> {
  if (!options.out) throw new CliFailure('export needs --out DIR');
  const { file, name, template } = openScenario(options.file, io);
  const scenario = applyScenarioEdits(file.scenario, options.edits, noteOn(io), await catalogForEdits(options.edits, options.catalog, io));
  const engine = createScenarioEngine(scenario);
  // Loaded here, not at start: the exporters draw with ECharts, whose ~1,000 modules would cost every `compute` ~0.3 s.
  const [{ buildExport }, { caseWhatIf }] = await Promise.all([import('./export/run-export'), import('../exporters/business-case-whatif')]);
  const date = io.now();
  // The comparison is of the file's scenarios as saved; the tornado is of what this export computes.
  const whatIf = caseWhatIf(file.scenario, engine, cellCatalog(scenario), options.lang);
  const shownFile = template && templateOrigin(template, options.lang);
  const files = await buildExport(scenario, engine, { file: name, shownFile, date, lang: options.lang, staleAfterDays: scenario.staleAfterDays }, whatIf);
  try {
    writeExport(io.exportFs, options.out, files, date.getTime().toString(36));
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    throw new CliFailure(`cannot write the export: ${describeFsError(error.path, error.reason)}`);
  }
  io.out(`wrote ${files.size} files to ${options.out}\n`);
  return 0;
}
