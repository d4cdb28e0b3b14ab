import type { BusinessCase } from './business-case';

/** A chart as it goes into a document: its id, its title, its SVG. */
export interface ChartFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

const words = {
  en: { scenario: 'Scenario', file: 'File', date: 'Date', kpis: 'Key figures', assumptions: 'Key assumptions', warnings: 'Warnings', charts: 'Charts', asOf: 'as of', stale: 'stale' },
  zh: { scenario: '情景', file: '文件', date: '日期', kpis: '关键指标', assumptions: '关键假设', warnings: '警告', charts: '图表', asOf: '截至', stale: '已过期' },
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
  const source = (line: BusinessCase['kpis'][number]) => {
    const dated = line.asOf ? ` · ${w.asOf} ${line.asOf}` : '';
    const stale = line.stale ? ` <b class="stale">${w.stale}</b>` : '';
    return line.source || dated ? `<span class="src">${escape(line.source)}${escape(dated)}${stale}</span>` : '';
  };
  const lines = (items: BusinessCase['kpis'], withSource: boolean) => items.map((line) => `<div class="line">
<span class="label">${escape(line.label)}</span><span class="num">${escape(line.shown)}</span><span class="unit">${escape(line.unit)}</span>${
    withSource ? source(line) : ''}</div>`).join('\n');
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
  .stale { color: #b3261e; font-weight: 700; }
  .warnings { background: #fff8e1; border: 1px solid #e8b100; padding: 4px 8px; border-radius: 4px; margin: 6px 0; }
  .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; break-before: page; }
  .charts h2 { grid-column: 1 / -1; }
  figure { margin: 0; break-inside: avoid; }
  figure svg { width: 100%; height: auto; display: block; }
  figcaption { display: none; }
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
${charts.map((chart) => `<figure id="${escape(chart.id)}"><figcaption>${escape(chart.title)}</figcaption>${chart.svg}</figure>`).join('\n')}
</section>
</body>
</html>
`;
}
