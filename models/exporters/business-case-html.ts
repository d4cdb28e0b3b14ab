import type { BusinessCase } from './business-case';

/** A chart as it goes into a document: its id, its title, its SVG. */
export interface ChartFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

const words = {
  en: { scenario: 'Scenario', file: 'File', date: 'Date', kpis: 'Key figures', assumptions: 'Key assumptions', value: 'Value', unit: 'Unit', source: 'Source', warnings: 'Warnings', charts: 'Charts' },
  zh: { scenario: '情景', file: '文件', date: '日期', kpis: '关键指标', assumptions: '关键假设', value: '数值', unit: '单位', source: '来源', warnings: '警告', charts: '图表' },
} as const;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The business case as one self-contained HTML page (charts inline as SVG,
 * styles inline, nothing fetched), laid out for two printed A4 pages: the
 * same content as the PDF the app writes.
 */
export function businessCaseHtml(doc: BusinessCase, charts: readonly ChartFigure[]): string {
  const w = words[doc.lang];
  const rows = (lines: BusinessCase['kpis'], withSource: boolean) => lines.map((line) => `<tr><td>${escape(line.label)}</td><td class="num">${escape(line.shown)}</td><td>${escape(line.unit)}</td>${withSource ? `<td class="src">${escape(line.source)}</td>` : ''}</tr>`).join('\n');
  return `<!doctype html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
  @page { size: A4; margin: 14mm; }
  body { font-family: 'DejaVu Sans', 'Noto Sans Hans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1d2330; margin: 24px; font-size: 12px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 18px 0 6px; border-bottom: 1px solid #d9dee7; padding-bottom: 3px; }
  .meta { color: #5b6475; margin-bottom: 10px; }
  table { border-collapse: collapse; width: 100%; }
  td, th { padding: 3px 6px; border-bottom: 1px solid #eceff4; text-align: left; vertical-align: top; }
  th { color: #5b6475; font-weight: 600; }
  .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .src { color: #5b6475; font-size: 10px; }
  .warnings { background: #fff8e1; border: 1px solid #e8b100; padding: 6px 10px; border-radius: 4px; }
  .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; page-break-before: always; break-before: page; }
  figure { margin: 0; }
  figure svg { width: 100%; height: auto; }
  figcaption { display: none; }
</style>
</head>
<body>
<h1>${escape(doc.title)}</h1>
<div class="meta">${w.scenario}: ${escape(doc.scenario)} · ${w.file}: ${escape(doc.file)} · ${w.date}: ${escape(doc.date.slice(0, 10))}</div>
${doc.warnings.length > 0 ? `<div class="warnings"><strong>${w.warnings}:</strong> ${doc.warnings.map(escape).join('; ')}</div>` : ''}
<h2>${w.kpis}</h2>
<table><thead><tr><th></th><th class="num">${w.value}</th><th>${w.unit}</th></tr></thead><tbody>
${rows(doc.kpis, false)}
</tbody></table>
<h2>${w.assumptions}</h2>
<table><thead><tr><th></th><th class="num">${w.value}</th><th>${w.unit}</th><th>${w.source}</th></tr></thead><tbody>
${rows(doc.assumptions, true)}
</tbody></table>
<section class="charts" aria-label="${w.charts}">
${charts.map((chart) => `<figure id="${escape(chart.id)}"><figcaption>${escape(chart.title)}</figcaption>${chart.svg}</figure>`).join('\n')}
</section>
</body>
</html>
`;
}
