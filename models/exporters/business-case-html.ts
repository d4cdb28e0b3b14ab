import type { BusinessCase } from './business-case';
import type { CaseWhatIf } from './business-case-whatif';

/** A chart as it goes into a document: its id, its title, its SVG. */
export interface ChartFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

const words = {
  en: { scenario: 'Scenario', file: 'File', date: 'Date', kpis: 'Key figures', assumptions: 'Key assumptions', warnings: 'Warnings', charts: 'Charts', whatIf: 'Scenarios and sensitivity', figure: 'Key figure', change: 'vs base' },
  zh: { scenario: '情景', file: '文件', date: '日期', kpis: '关键指标', assumptions: '关键假设', warnings: '警告', charts: '图表', whatIf: '情景与敏感性', figure: '关键指标', change: '相对基准' },
} as const;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The business case as one self-contained HTML page (charts inline as SVG,
 * styles inline, nothing fetched), laid out for two printed A4 pages: the
 * same content as the PDF the app writes. With `whatIf`, a further page
 * compares the scenarios and shows the sensitivity charts.
 */
export function businessCaseHtml(doc: BusinessCase, charts: readonly ChartFigure[], whatIf?: CaseWhatIf): string {
  const w = words[doc.lang];
  const lines = (items: BusinessCase['kpis'], withSource: boolean) => items.map((line) => `<div class="line">
<span class="label">${escape(line.label)}</span><span class="num">${escape(line.shown)}</span><span class="unit">${escape(line.unit)}</span>${
    withSource && line.source ? `<span class="src">${escape(line.source)}</span>` : ''}</div>`).join('\n');
  return `<!doctype html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
  @page { size: A4; margin: 12mm; }
  body { font-family: 'DejaVu Sans', 'Noto Sans Hans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1d2330; margin: 0 auto; max-width: 190mm; font-size: 10.5px; }
  h1 { font-size: 20px; margin: 0 0 2px; }
  h2 { font-size: 13px; margin: 12px 0 4px; border-bottom: 1px solid #d9dee7; padding-bottom: 2px; }
  .meta { color: #5b6475; margin-bottom: 6px; }
  .lines { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18px; }
  .line { display: grid; grid-template-columns: 1fr auto 64px; column-gap: 6px; padding: 2px 0; border-bottom: 1px solid #eceff4; break-inside: avoid; }
  .kpis .line .num { font-weight: 700; }
  .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .unit { color: #5b6475; }
  .src { grid-column: 1 / -1; color: #7a8292; font-size: 8.5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .warnings { background: #fff8e1; border: 1px solid #e8b100; padding: 4px 8px; border-radius: 4px; margin: 6px 0; }
  .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; break-before: page; }
  .charts h2 { grid-column: 1 / -1; }
  figure { margin: 0; break-inside: avoid; }
  figure svg { width: 100%; height: auto; display: block; }
  figcaption { display: none; }
  .whatif { break-before: page; }
  .whatif table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
  .whatif th, .whatif td { border-bottom: 1px solid #eceff4; padding: 2px 6px; text-align: right; font-variant-numeric: tabular-nums; }
  .whatif th:first-child, .whatif td:first-child { text-align: left; }
  .whatif .change { color: #5b6475; font-size: 9px; }
</style>
</head>
<body>
<h1>${escape(doc.title)}</h1>
<div class="meta">${w.scenario}: ${escape(doc.scenario)} · ${w.file}: ${escape(doc.file)} · ${w.date}: ${escape(doc.date.slice(0, 10))}</div>
${doc.warnings.length > 0 ? `<div class="warnings"><strong>${w.warnings}:</strong> ${doc.warnings.map(escape).join('; ')}</div>` : ''}
<h2>${w.kpis}</h2>
<div class="lines kpis">
${lines(doc.kpis, false)}
</div>
<h2>${w.assumptions}</h2>
<div class="lines">
${lines(doc.assumptions, true)}
</div>
<section class="charts" aria-label="${w.charts}">
<h2>${w.charts}</h2>
${charts.map(figure).join('\n')}
</section>
${whatIf && (whatIf.comparison || whatIf.charts.length > 0) ? whatIfSection(whatIf, w) : ''}
</body>
</html>
`;
}

function figure(chart: ChartFigure): string {
  return `<figure id="${escape(chart.id)}"><figcaption>${escape(chart.title)}</figcaption>${chart.svg}</figure>`;
}

/** The page of scenarios and sensitivity: the comparison table, then the what-if charts. */
function whatIfSection(whatIf: CaseWhatIf, w: (typeof words)['en' | 'zh']): string {
  const table = whatIf.comparison ? `<table>
<thead><tr><th>${w.figure}</th>${whatIf.comparison.scenarios.map((name) => `<th>${escape(name)}</th>`).join('')}</tr></thead>
<tbody>
${whatIf.comparison.rows.map((row) => `<tr><td>${escape(row.label)}</td>${row.shown.map((shown, i) => `<td>${escape(shown)}${row.change[i] ? ` <span class="change">${escape(row.change[i]!)} ${w.change}</span>` : ''}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>` : '';
  return `<section class="whatif charts" aria-label="${w.whatIf}">
<h2>${w.whatIf}</h2>
${table ? `<div style="grid-column: 1 / -1">${table}</div>` : ''}
${whatIf.charts.map(figure).join('\n')}
</section>
`;
}
