import { htmlLangOf, type Lang } from '../../shared/lang';
import type { BusinessCase, CaseLine, CaseTable } from './business-case';
import type { CaseWhatIf } from './business-case-whatif';

/** A chart as it goes into a document: its id, its title, its SVG. */
export interface ChartFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

const words = {
  en: { asOf: 'as of', stale: 'stale', scenario: 'Scenario', file: 'File', date: 'Date', answer: 'The answer', kpis: 'Key figures', drivers: 'What moves TCO most', risks: 'Risks', assumptions: 'Assumptions that matter', charts: 'Charts', source: 'Source', noDrivers: 'Run a sensitivity analysis to rank the assumptions.', whatIf: 'Scenarios and sensitivity', figure: 'Key figure', change: 'vs base' },
  zh: { asOf: '截至', stale: '已过期', scenario: '情景', file: '文件', date: '日期', answer: '结论', kpis: '关键指标', drivers: '对总拥有成本影响最大的假设', risks: '风险', assumptions: '关键假设', charts: '图表', source: '来源', noDrivers: '运行敏感性分析以对假设排序。', whatIf: '情景与敏感性', figure: '关键指标', change: '相对基准' },
} as const;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A source worth printing: the template's placeholder "Assumption: …" sources are counted among the risks instead. */
const shownSource = (source: string) => (source.startsWith('Assumption:') ? '' : source);

/** Where a figure comes from, with its as-of date and a stale mark, as HTML (empty when there is nothing to say). */
function sourceHtml(item: { source: string; asOf?: string; stale: boolean }, w: (typeof words)[Lang]): string {
  const source = shownSource(item.source);
  const dated = item.asOf ? `${source ? ' · ' : ''}${w.asOf} ${item.asOf}` : '';
  const stale = item.stale ? ` <b class="stale">${w.stale}</b>` : '';
  return source || dated ? `${escape(source)}${escape(dated)}${stale}` : '';
}

function lines(items: readonly CaseLine[], w: (typeof words)[Lang]): string {
  return items.map((line) => {
    const source = sourceHtml(line, w);
    return `<div class="line"><span class="label">${escape(line.label)}</span><span class="num">${escape(line.shown)}</span><span class="unit">${escape(line.unit)}</span>${source ? `<span class="src">${source}</span>` : ''}</div>`;
  }).join('\n');
}

/** Text as a CSS string's content (for the running header of printed pages); `<` is escaped so it cannot close the style element. */
function cssString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3C ').replace(/[\n\r]/g, ' ');
}

function table(t: CaseTable, sourceHeading: string, w: (typeof words)[Lang]): string {
  return `<table><caption>${escape(t.title)}</caption>
<thead><tr><th></th>${t.columns.map((c) => `<th>${escape(c)}</th>`).join('')}<th class="src">${sourceHeading}</th></tr></thead>
<tbody>${t.rows.map((row) => `<tr><th>${escape(row.label)}</th>${row.cells.map((cell) => `<td class="num">${escape(cell)}</td>`).join('')}<td class="src">${sourceHtml(row, w)}</td></tr>`).join('\n')}</tbody></table>`;
}

/**
 * The business case as one self-contained HTML page (charts inline as SVG,
 * styles inline, nothing fetched), laid out for printed A4 pages: page 1 is
 * the answer, then the assumptions that matter, then the charts at full
 * width; the scenario, file and date head every page. The same page becomes
 * the app's PDF. `fontCss` carries an embedded font where the reader may
 * have none for the page's script. With `whatIf`, a last page compares the
 * file's scenarios and shows the what-if charts (overlays, tornado).
 */
export function businessCaseHtml(doc: BusinessCase, charts: readonly ChartFigure[], fontCss = '', whatIf?: CaseWhatIf): string {
  const w = words[doc.lang];
  // A Chinese label takes the full-width colon, with no space after it.
  const colon = doc.lang === 'zh' ? '：' : ': ';
  const meta = `${w.scenario}${colon}${doc.scenario} · ${w.file}${colon}${doc.file} · ${w.date}${colon}${doc.dateShown}`;
  return `<!doctype html>
<html lang="${htmlLangOf(doc.lang)}">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
  ${fontCss}
  @page { size: A4; margin: 16mm 12mm 14mm;
    @top-left { content: "${cssString(meta)}"; font-family: 'Noto Sans Hans', 'DejaVu Sans', sans-serif; font-size: 8pt; color: #5b6475; }
    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5b6475; } }
  /* The embedded CJK font comes first: a web font that is only a fallback is not waited for, so the first Chinese text would show as boxes. */
  body, svg text { font-family: 'Noto Sans Hans', 'DejaVu Sans', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif !important; }
  body { color: #1d2330; margin: 0 auto; max-width: 186mm; font-size: 11px; line-height: 1.4; }
  .running { color: #5b6475; font-size: 9px; border-bottom: 1px solid #d9dee7; padding-bottom: 3px; margin-bottom: 8px; }
  @media print { .running { display: none; } }
  h1 { font-size: 22px; margin: 0 0 6px; }
  h2 { font-size: 14px; margin: 14px 0 6px; border-bottom: 1px solid #d9dee7; padding-bottom: 2px; }
  .answer { font-size: 14px; background: #eef4fc; border-left: 4px solid #0072B2; padding: 8px 12px; margin: 8px 0; }
  .answer p { margin: 0 0 4px; }
  .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; }
  .kpi { border: 1px solid #d9dee7; border-radius: 5px; padding: 5px 7px; }
  .kpi .label { color: #5b6475; font-size: 9.5px; display: block; }
  .kpi .num { font-size: 15px; font-weight: 700; }
  .kpi .unit { color: #5b6475; font-size: 9px; margin-left: 3px; }
  ul { margin: 2px 0; padding-left: 18px; }
  .risks li { color: #7a4b00; }
  .lines { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18px; }
  .line { display: grid; grid-template-columns: 1fr auto 70px; column-gap: 6px; padding: 2px 0; border-bottom: 1px solid #eceff4; break-inside: avoid; }
  .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .unit { color: #5b6475; }
  .line .src { grid-column: 1 / -1; color: #7a8292; font-size: 8.5px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; break-inside: avoid; }
  caption { text-align: left; font-weight: 700; margin-bottom: 3px; }
  th, td { border-bottom: 1px solid #eceff4; padding: 2px 5px; text-align: left; font-weight: normal; }
  thead th { color: #5b6475; font-size: 9.5px; }
  td.src { color: #7a8292; font-size: 8.5px; }
  .stale { color: #b3261e; font-weight: 700; }
  .charts { break-before: page; }
  figure { margin: 0 0 10px; break-inside: avoid; }
  figure svg { width: 100%; height: auto; display: block; }
  figcaption { display: none; }
  .whatif { break-before: page; }
  .whatif td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .whatif .change { color: #5b6475; font-size: 8.5px; }
</style>
</head>
<body>
<div class="running">${escape(meta)}</div>
<h1>${escape(doc.title)}</h1>
${doc.recommendation.length > 0 ? `<section class="answer" aria-label="${w.answer}">${doc.recommendation.map((s) => `<p>${escape(s)}</p>`).join('')}</section>` : ''}
<h2>${w.kpis}</h2>
<div class="kpis">
${doc.kpis.map((line) => `<div class="kpi"><span class="label">${escape(line.label)}</span><span class="num">${escape(line.shown)}</span><span class="unit">${escape(line.unit)}</span></div>`).join('\n')}
</div>
<h2>${w.drivers}</h2>
${doc.drivers.length > 0 ? `<ol>${doc.drivers.map((d) => `<li>${escape(d)}</li>`).join('')}</ol>` : `<p>${w.noDrivers}</p>`}
${doc.risks.length > 0 ? `<h2>${w.risks}</h2><ul class="risks">${doc.risks.map((r) => `<li>${escape(r)}</li>`).join('')}</ul>` : ''}
<h2>${w.assumptions}</h2>
${doc.tables.map((t) => table(t, w.source, w)).join('\n')}
<div class="lines">
${lines(doc.assumptions, w)}
</div>
<section class="charts" aria-label="${w.charts}">
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
function whatIfSection(whatIf: CaseWhatIf, w: (typeof words)[Lang]): string {
  const comparison = whatIf.comparison ? `<table>
<thead><tr><th>${w.figure}</th>${whatIf.comparison.scenarios.map((name) => `<th>${escape(name)}</th>`).join('')}</tr></thead>
<tbody>
${whatIf.comparison.rows.map((row) => `<tr><th>${escape(row.label)}</th>${row.shown.map((shown, i) => `<td>${escape(shown)}${row.change[i] ? ` <span class="change">${escape(row.change[i]!)} ${w.change}</span>` : ''}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>` : '';
  return `<section class="whatif" aria-label="${w.whatIf}">
<h2>${w.whatIf}</h2>
${comparison}
${whatIf.charts.map(figure).join('\n')}
</section>
`;
}
