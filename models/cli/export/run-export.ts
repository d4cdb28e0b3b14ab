import { APP_NAME, APP_VERSION } from '../../../shared/app-info';
import { CHART_IDS, chartData, chartOption, chartTitle } from '../../charts';
import type { Engine } from '../../engine';
import { integerRefs } from '../../analysis';
import { businessCase, businessCaseHtml, caseFooter, outputsCsv, renderChartSvg, seriesCsv, tcoDrivers, type CaseWhatIf } from '../../exporters';
import { planModelWorkbook, writeWorkbookXlsx } from '../../exporters/workbook';
import type { Lang } from '../../../shared/lang';
import { outputValues } from '../../outputs';
import { cellCatalog, inputMisfits } from '../../scenario';
import { scenarioTitle } from '../../templates';
import type { Scenario } from '../../../shared/scenario-schema';
import { svgToPng } from './chart-png';
import { embeddedCjkFontCss } from './embedded-font';

/** What an export writes, by file name. */
export type ExportFiles = Map<string, string | Buffer>;

/** What an export is of: the file as the manifest records it, and as the pages show it when that differs (a built-in template in the reader's language). */
export interface ExportMeta {
  readonly file: string;
  readonly shownFile?: string;
  readonly date: Date;
  readonly lang: Lang;
  readonly staleAfterDays?: number;
}

/**
 * Builds every export file in memory: charts (SVG and 2× PNG), CSVs, the
 * workbook, the HTML business case (with `whatIf`, its page of scenarios and
 * sensitivity), the manifest.
 */
export async function buildExport(scenario: Scenario, engine: Engine, meta: ExportMeta, whatIf?: CaseWhatIf): Promise<ExportFiles> {
  const files: ExportFiles = new Map();
  const catalog = cellCatalog(scenario);
  const data = chartData(engine, catalog, meta.lang);
  const doc = businessCase(engine, catalog, { ...meta, file: meta.shownFile ?? meta.file, scenario: scenarioTitle(scenario.name, meta.lang), misfits: inputMisfits(scenario) }, tcoDrivers(engine, integerRefs(scenario)));
  const figures = CHART_IDS.map((id) => ({ id, title: chartTitle(id, meta.lang), svg: renderChartSvg(chartOption(id, data, meta.lang, { footer: caseFooter(doc) })) }));
  for (const figure of figures) {
    files.set(`${figure.id}.svg`, figure.svg);
    files.set(`${figure.id}.png`, svgToPng(figure.svg, 2));
  }
  files.set('series.csv', seriesCsv(engine));
  files.set('outputs.csv', outputsCsv(outputValues(engine), catalog));
  files.set('business-case.xlsx', Buffer.from(await writeWorkbookXlsx(planModelWorkbook(scenario, engine, meta.lang, outputValues(engine).map(([ref]) => ref), meta.date), meta.date)));
  files.set('business-case.html', businessCaseHtml(doc, figures, await embeddedCjkFontCss(businessCaseHtml(doc, figures, '', whatIf)), whatIf));
  const manifest = {
    tool: `${APP_NAME} ${APP_VERSION}`,
    date: meta.date.toISOString(),
    lang: meta.lang,
    scenario: { name: scenario.name, file: meta.file },
    files: [...files.keys(), 'manifest.json'].sort(),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
