import type { EChartsOption } from 'echarts';
import { formatNumber, numberFormatter } from '../format/format-value';
import { localeOf, type Lang } from '../../shared/lang';
import type { NumberFormat } from '../../shared/scenario-schema';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

/** The font list of every chart: DejaVu and Noto Sans Hans are what exports ship; Noto Sans SC is what the app ships. */
export const CHART_FONT = 'DejaVu Sans, Noto Sans Hans, Noto Sans CJK SC, Noto Sans SC, sans-serif';

const LEGEND_TOP = 58;
/** A legend row: the 14 px item and the 20 px gap ECharts leaves between rows too. */
const LEGEND_ROW = 34;
const SIDE = 16;

/** Roughly how wide a legend label is drawn at 12 px: CJK characters are square, others about 7.5 px (DejaVu is wide). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 12 : 7.5;
  return Math.ceil(width);
}

/** How many rows a plain (wrapping) legend of these names takes across `width` pixels. */
export function legendRows(names: readonly string[], width: number): number {
  const available = width - 2 * SIDE;
  let rows = names.length > 0 ? 1 : 0;
  let used = 0;
  for (const name of names) {
    const item = 25 + 5 + textWidth(name) + 20;
    if (used > 0 && used + item > available) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * What every chart shares: the title with the unit as its subtitle (an axis
 * name can clip; a subtitle cannot), a legend that wraps onto as many rows
 * as it needs (never paging, never cut), the plot below it, the palette, a
 * font that covers Chinese, tooltips in the grid's number format, and no
 * animation (exports draw once).
 */
export function chartFrame(options: { title: string; unit: string; legend: readonly string[]; width: number; format: NumberFormat | undefined; lang: Lang; footer?: string }): EChartsOption {
  const rows = legendRows(options.legend, options.width);
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT },
    title: { text: options.title, subtext: options.unit, left: SIDE, top: 10, textStyle: { fontSize: 16, fontWeight: 'bold' }, subtextStyle: { fontSize: 12, color: '#5b6475' }, itemGap: 6 },
    legend: { type: 'plain', top: LEGEND_TOP, left: SIDE, right: SIDE, itemGap: 20, data: [...options.legend] },
    grid: { left: SIDE, right: 28, top: LEGEND_TOP + rows * LEGEND_ROW + 14, bottom: 44, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? formatNumber(value, options.format, options.lang) : String(value ?? '')) },
    ...(options.footer ? { graphic: [footerText(options.footer)] } : {}),
  };
}

/** Axis numbers short enough for the axis: 1.2K, 3.4M, 1.2万. */
export function compactNumber(value: number, lang: Lang): string {
  return numberFormatter(localeOf(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A value axis with compact labels (its unit is in the chart's subtitle). */
export function valueAxis(lang: Lang, log = false) {
  return { type: log ? ('log' as const) : ('value' as const), axisLabel: { formatter: (v: number) => compactNumber(v, lang) } };
}

/** The scenario and date in a corner, so a chart pasted into a deck still says where it came from. */
export function footerText(text: string) {
  return { type: 'text' as const, right: SIDE, bottom: 6, style: { text, fontSize: 10, fill: '#7a8292', fontFamily: CHART_FONT } };
}

/** A note written across the plot (no data, no payback…). */
export function plotNote(message: string) {
  return { type: 'text' as const, left: 'center', top: 'middle', style: { text: message, fontSize: 15, fill: '#5b6475', fontFamily: CHART_FONT } };
}
