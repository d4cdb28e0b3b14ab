import { fillIn } from '../../shared/fill-in';
import type { EChartsOption } from 'echarts';
import type { ScenarioFigures, SensitivityResult, SweepResult } from '../analysis';
import { histogram } from '../analysis';
import type { Lang } from '../../shared/lang';
import { CHART_FONT, PALETTE, compactNumber, plotNote } from './chart-frame';

/**
 * The what-if charts: scenarios overlaid (cumulative net with each payback
 * month, monthly total cost), the tornado of a sensitivity analysis, the
 * histogram of a Monte Carlo output, and a data table as a line or a heat
 * map. Pure options, drawn live in the app and to SVG/PNG for exports.
 */

/** The what-if charts; the ids are file names of exports too. */
export const WHATIF_CHART_IDS = ['compare-cumulative-net', 'compare-total-cost', 'tornado', 'monte-carlo-histogram', 'data-table'] as const;

/** A what-if chart id. */
export type WhatIfChartId = (typeof WHATIF_CHART_IDS)[number];

const text = {
  en: {
    'compare-cumulative-net': 'Cumulative net by scenario', 'compare-total-cost': 'Monthly total cost by scenario', tornado: 'Sensitivity of {output}',
    'monte-carlo-histogram': 'Distribution of {output}', 'data-table': '{output} by {input}',
    base: 'Base', month: 'Month', usd: 'USD', usdMonth: 'USD / month', payback: '{name}: month {n}', low: 'Input at its low', high: 'Input at its high',
    change: 'Change from {base}', samples: 'Samples', noData: 'No data',
  },
  zh: {
    'compare-cumulative-net': '各情景累计净收益', 'compare-total-cost': '各情景月度总成本', tornado: '{output} 的敏感性',
    'monte-carlo-histogram': '{output} 的分布', 'data-table': '{output} 随 {input} 变化',
    base: '基准', month: '月份', usd: '美元', usdMonth: '美元 / 月', payback: '{name}：第 {n} 个月', low: '输入取低值', high: '输入取高值',
    change: '相对 {base} 的变化', samples: '样本数', noData: '没有数据',
  },
} as const;


/** The title of a what-if chart; `output` and `input` name what it shows. */
export function whatIfChartTitle(id: WhatIfChartId, lang: Lang, names: { output?: string; input?: string } = {}): string {
  return fillIn(text[lang][id], { output: names.output ?? '', input: names.input ?? '' });
}

/** What every what-if chart shares: title, legend, palette and font as the workspace's charts (whose frame sizes the legend for a fixed export width; these are drawn at the panel's width). */
function frame(title: string): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT },
    title: { text: title, left: 16, top: 12, textStyle: { fontSize: 16, fontWeight: 'bold' } },
    legend: { type: 'scroll', top: 42, left: 16, right: 16, itemGap: 28 },
    grid: { left: 72, right: 32, top: 92, bottom: 56 },
    tooltip: { trigger: 'axis' },
  };
}

const valueAxis = (name: string, lang: Lang) => ({ type: 'value' as const, name, nameTextStyle: { align: 'right' as const }, axisLabel: { formatter: (v: number) => compactNumber(v, lang) } });

/** The display name of a scenario: the base in the chart's language, others as named. */
export function scenarioLabel(name: string, lang: Lang): string {
  return name === 'base' ? text[lang].base : name;
}

/** Scenarios overlaid: cumulative net with each payback month marked, or monthly total cost. */
export function compareChartOption(id: 'compare-cumulative-net' | 'compare-total-cost', figures: readonly ScenarioFigures[], lang: Lang): EChartsOption {
  const words = text[lang];
  const months = Math.max(0, ...figures.map((f) => f.cumNet.length));
  const base = frame(words[id]);
  if (months === 0) return { ...base, graphic: [plotNote(words.noData)] };
  const cumulative = id === 'compare-cumulative-net';
  return {
    ...base,
    xAxis: { type: 'category', data: Array.from({ length: months }, (_, i) => String(i + 1)), name: words.month, nameLocation: 'middle', nameGap: 30 },
    yAxis: valueAxis(cumulative ? words.usd : words.usdMonth, lang),
    series: figures.map((figure, i) => {
      const name = scenarioLabel(figure.name, lang);
      const payback = figure.outputs.find(([ref]) => ref === 'out.payback_month')?.[1];
      return {
        name, type: 'line' as const, symbol: 'none', data: [...(cumulative ? figure.cumNet : figure.totalCost)],
        lineStyle: { width: i === 0 ? 3 : 2, type: i === 0 ? ('solid' as const) : (['dashed', 'dotted', 'solid'] as const)[(i - 1) % 3] },
        ...(cumulative && typeof payback === 'number' ? {
          markPoint: { symbol: 'circle', symbolSize: 10, label: { show: false }, data: [{ name: fillIn(words.payback, { name, n: payback }), coord: [String(payback), figure.cumNet[payback - 1] ?? 0] as [string, number] }] },
        } : {}),
        ...(cumulative && i === 0 ? { markLine: { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' as const }, label: { show: false }, data: [{ yAxis: 0 }] } } : {}),
      };
    }),
  };
}

/**
 * The tornado: for each input (widest swing at the top), the output's change
 * from its base value with the input at its low and at its high. Each bar
 * carries its input's reference, so a click can go to the cell.
 */
export function tornadoChartOption(result: SensitivityResult, labelOf: (ref: string) => string, lang: Lang, top = 15): EChartsOption {
  const words = text[lang];
  const output = labelOf(result.output);
  const rows = result.rows.slice(0, top).reverse();
  const base = frame(fillIn(words.tornado, { output }));
  if (rows.length === 0 || result.base === null) return { ...base, graphic: [plotNote(words.noData)] };
  const delta = (value: number | null, ref: string) => ({ value: value === null ? null : value - result.base!, ref });
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 230, right: 32, top: 92, bottom: 56 },
    xAxis: { ...valueAxis(fillIn(words.change, { base: compactNumber(result.base, lang) }), lang), nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'category', data: rows.map((row) => labelOf(row.input)), axisLabel: { width: 210, overflow: 'truncate' } },
    series: [
      { name: words.low, type: 'bar', barGap: '-100%', barWidth: '60%', data: rows.map((row) => delta(row.low, row.input)), cursor: 'pointer' },
      { name: words.high, type: 'bar', barGap: '-100%', barWidth: '60%', data: rows.map((row) => delta(row.high, row.input)), cursor: 'pointer' },
    ],
  };
}

/** A histogram of a Monte Carlo output, with its P10, P50 and P90 marked. */
export function histogramChartOption(samples: Float64Array, output: string, percentiles: { p10: number | null; p50: number | null; p90: number | null }, lang: Lang, bins = 30): EChartsOption {
  const words = text[lang];
  const { edges, counts } = histogram(samples, bins);
  const base = frame(fillIn(words['monte-carlo-histogram'], { output }));
  if (counts.length === 0) return { ...base, graphic: [plotNote(words.noData)] };
  const binOf = (x: number) => Math.max(0, Math.min(counts.length - 1, edges.findIndex((edge, i) => i > 0 && x <= edge) - 1));
  const marks = (['p10', 'p50', 'p90'] as const).flatMap((key) => {
    const x = percentiles[key];
    return x === null ? [] : [{ xAxis: binOf(x), label: { formatter: `${key.toUpperCase()} ${compactNumber(x, lang)}` } }];
  });
  return {
    ...base,
    legend: { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: counts.map((_, i) => compactNumber((edges[i]! + edges[i + 1]!) / 2, lang)), name: output, nameLocation: 'middle', nameGap: 30 },
    yAxis: valueAxis(words.samples, lang),
    series: [{
      name: words.samples, type: 'bar', barCategoryGap: '4%', data: counts,
      markLine: { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' }, data: marks },
    }],
  };
}

/** A data table: a line over one input, or a heat map over two. */
export function sweepChartOption(result: SweepResult, labelOf: (ref: string) => string, lang: Lang): EChartsOption {
  const output = labelOf(result.output);
  const [first, second] = result.axes;
  const title = fillIn(text[lang]['data-table'], { output, input: second ? `${labelOf(first.ref)} × ${labelOf(second.ref)}` : labelOf(first.ref) });
  const base = frame(title);
  if (second === undefined) {
    const values = result.values as ReadonlyArray<number | null>;
    return {
      ...base,
      legend: { show: false },
      xAxis: { type: 'value', name: labelOf(first.ref), nameLocation: 'middle', nameGap: 30, min: 'dataMin', max: 'dataMax', axisLabel: { formatter: (v: number) => compactNumber(v, lang) } },
      yAxis: valueAxis(output, lang),
      series: [{ name: output, type: 'line', symbolSize: 6, lineStyle: { width: 3 }, data: first.values.map((x, i) => [x, values[i]]) }],
    };
  }
  const grid = result.values as ReadonlyArray<ReadonlyArray<number | null>>;
  const numbers = grid.flat().filter((v): v is number => v !== null);
  return {
    ...base,
    legend: { show: false },
    tooltip: { trigger: 'item' },
    grid: { left: 96, right: 110, top: 60, bottom: 64 },
    xAxis: { type: 'category', data: first.values.map((x) => compactNumber(x, lang)), name: labelOf(first.ref), nameLocation: 'middle', nameGap: 34, splitArea: { show: true } },
    yAxis: { type: 'category', data: second.values.map((y) => compactNumber(y, lang)), name: labelOf(second.ref), nameLocation: 'end', splitArea: { show: true } },
    visualMap: {
      min: numbers.length > 0 ? Math.min(...numbers) : 0, max: numbers.length > 0 ? Math.max(...numbers) : 1, calculable: true, orient: 'vertical', right: 8, top: 'middle',
      formatter: (v: unknown) => compactNumber(Number(v), lang), inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
    },
    series: [{
      name: output, type: 'heatmap',
      label: { show: first.values.length * second.values.length <= 64, formatter: (p) => { const v = (p.value as Array<number | null>)[2]; return v === null || v === undefined ? '—' : compactNumber(v, lang); } },
      data: grid.flatMap((row, i) => row.map((value, j) => [i, j, value])),
    }],
  };
}
