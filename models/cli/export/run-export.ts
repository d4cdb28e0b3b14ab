import { APP_NAME, APP_VERSION } from '../../../shared/app-info';
import { CHART_IDS, chartData, chartOption, chartTitle } from '../../charts';
import type { Engine } from '../../engine';
import { businessCase, businessCaseHtml, outputsCsv, renderChartSvg, seriesCsv, type CaseWhatIf } from '../../exporters';
import type { Lang } from '../../format/format-value';
import { outputValues } from '../../outputs';
import type { CellInfo } from '../../scenario';
import { svgToPng } from './chart-png';
import { businessCaseXlsx } from './xlsx';

/** What an export writes, by file name. */
export type ExportFiles = Map<string, string | Buffer>;

/**
 * Builds every export file in memory: charts (SVG and 2× PNG), CSVs, the
 * workbook, the HTML business case (with `whatIf`, its page of scenarios and
 * sensitivity), the manifest.
 */
export async function buildExport(engine: Engine, catalog: ReadonlyMap<string, CellInfo>, meta: { scenario: string; file: string; date: Date; lang: Lang }, whatIf?: CaseWhatIf): Promise<ExportFiles> {
  const files: ExportFiles = new Map();
  const data = chartData(engine, catalog, meta.lang);
  const figures = CHART_IDS.map((id) => ({ id, title: chartTitle(id, meta.lang), svg: renderChartSvg(chartOption(id, data, meta.lang)) }));
  for (const figure of figures) {
    files.set(`${figure.id}.svg`, figure.svg);
    files.set(`${figure.id}.png`, svgToPng(figure.svg, 2));
  }
  files.set('series.csv', seriesCsv(engine));
  files.set('outputs.csv', outputsCsv(outputValues(engine), catalog));
  const doc = businessCase(engine, catalog, meta);
  files.set('business-case.xlsx', await businessCaseXlsx(doc, engine));
  files.set('business-case.html', businessCaseHtml(doc, figures, whatIf));
  const manifest = {
    tool: `${APP_NAME} ${APP_VERSION}`,
    date: meta.date.toISOString(),
    lang: meta.lang,
    scenario: { name: meta.scenario, file: meta.file },
    files: [...files.keys(), 'manifest.json'].sort(),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
