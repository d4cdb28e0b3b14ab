import type { EChartsOption } from 'echarts';
import { localeOf, numberFormatter, type Lang } from '../format/format-value';
import { crossovers, cumulative, type ChartData } from './chart-data';

/** The charts, in display order; the ids are file names of exports too. */
export const CHART_IDS = ['cost-breakdown', 'cumulative-net', 'deployment-tco', 'finetune-breakeven', 'tokens-by-language'] as const;

/** A chart id. */
export type ChartId = (typeof CHART_IDS)[number];

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

const text = {
  en: {
    'cost-breakdown': 'Monthly cost and revenue', 'cumulative-net': 'Cumulative net', 'deployment-tco': 'Cumulative cost by deployment',
    'finetune-breakeven': 'Fine-tuning breakeven', 'tokens-by-language': 'Tokens per request by language',
    month: 'Month', usd: 'USD', usdMonth: 'USD / month', tokens: 'Tokens', inference: 'Inference', fixed: 'Fixed costs',
    oneTime: 'One-time costs', revenue: 'Revenue and value', cumNet: 'Cumulative net', payback: 'Payback: month {n}',
    noPayback: 'No payback within the horizon', api: 'API', cloud: 'Rented GPUs', onprem: 'Owned GPUs', crossover: 'Crossover: month {n}',
    saving: 'Cumulative saving of the tuned model', budget: 'Fine-tuning cost (retries included)', breakeven: 'Breakeven: month {n}',
    noBreakeven: 'No breakeven within the horizon', input: 'Input', output: 'Output', noData: 'No data in this scenario',
  },
  zh: {
    'cost-breakdown': '月度成本与收入', 'cumulative-net': '累计净收益', 'deployment-tco': '各部署方式累计成本',
    'finetune-breakeven': '微调回本', 'tokens-by-language': '各语言每请求 token 数',
    month: '月份', usd: '美元', usdMonth: '美元 / 月', tokens: 'Token 数', inference: '推理成本', fixed: '固定成本',
    oneTime: '一次性成本', revenue: '收入与价值', cumNet: '累计净收益', payback: '回本：第 {n} 个月',
    noPayback: '规划期内无法回本', api: 'API', cloud: '租用 GPU', onprem: '自购 GPU', crossover: '交叉点：第 {n} 个月',
    saving: '微调模型累计节省', budget: '微调成本（含重试）', breakeven: '回本：第 {n} 个月',
    noBreakeven: '规划期内无法回本', input: '输入', output: '输出', noData: '此情景中没有数据',
  },
} as const;

type Words = { readonly [K in keyof (typeof text)['en']]: string };

/** The title of a chart in a language. */
export function chartTitle(id: ChartId, lang: Lang): string {
  return text[lang][id];
}

const fill = (template: string, n: number) => template.replace('{n}', String(n));

/** The label of a vertical marker at `month`, written on the side with more room so it clears the axes. */
function markerLabel(text: string, month: number, months: number) {
  return { formatter: text, align: month <= months / 2 ? ('left' as const) : ('right' as const), padding: [0, 6] };
}

function compact(value: number, lang: Lang): string {
  return numberFormatter(localeOf(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** What every chart shares: title, palette, legend, grid, a font that covers Chinese, and no animation (exports draw once). */
function frame(id: ChartId, lang: Lang, words: Words): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'DejaVu Sans, Noto Sans Hans, Noto Sans CJK SC, sans-serif' },
    title: { text: words[id], left: 16, top: 12, textStyle: { fontSize: 16, fontWeight: 'bold' } },
    legend: { type: 'scroll', top: 42, left: 16, right: 16, itemGap: 28 },
    grid: { left: 72, right: 32, top: 92, bottom: 56 },
    tooltip: { trigger: 'axis' },
  };
}

function monthAxis(data: ChartData, words: Words) {
  return { type: 'category' as const, data: data.months.map(String), name: words.month, nameLocation: 'middle' as const, nameGap: 30 };
}

function valueAxis(name: string, lang: Lang) {
  return { type: 'value' as const, name, nameTextStyle: { align: 'right' as const }, axisLabel: { formatter: (v: number) => compact(v, lang) } };
}

/** A note written across the plot (no data, no payback…). */
function note(message: string) {
  return { type: 'text' as const, left: 'center', top: 'middle', style: { text: message, fontSize: 15, fill: '#5b6475', fontFamily: 'DejaVu Sans, Noto Sans Hans, sans-serif' } };
}

/** The ECharts option of one chart. */
export function chartOption(id: ChartId, data: ChartData, lang: Lang): EChartsOption {
  const words = text[lang];
  const base = frame(id, lang, words);
  if (id !== 'tokens-by-language' && data.months.length === 0) return { ...base, graphic: [note(words.noData)] };
  switch (id) {
    case 'cost-breakdown':
      return {
        ...base,
        xAxis: monthAxis(data, words),
        yAxis: valueAxis(words.usdMonth, lang),
        series: [
          { name: words.inference, type: 'bar', stack: 'cost', data: data.inference },
          { name: words.fixed, type: 'bar', stack: 'cost', data: data.fixedOpex },
          { name: words.oneTime, type: 'bar', stack: 'cost', data: data.oneTime },
          { name: words.revenue, type: 'line', data: data.revenue, symbol: 'none', lineStyle: { width: 3 }, color: PALETTE[3] },
        ],
      };
    case 'cumulative-net': {
      const payback = data.paybackMonth;
      return {
        ...base,
        xAxis: monthAxis(data, words),
        yAxis: valueAxis(words.usd, lang),
        series: [{
          name: words.cumNet, type: 'line', data: data.cumNet, symbol: 'none', lineStyle: { width: 3 }, areaStyle: { opacity: 0.12 },
          markLine: { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' }, data: [{ yAxis: 0, label: { show: false } }, ...(payback ? [{ xAxis: String(payback), label: markerLabel(fill(words.payback, payback), payback, data.months.length) }] : [])] },
          markPoint: payback ? { symbol: 'circle', symbolSize: 12, label: { show: false }, data: [{ name: fill(words.payback, payback), coord: [String(payback), data.cumNet[payback - 1] ?? 0] as [string, number] }] } : undefined,
        }],
        graphic: payback ? [] : [note(words.noPayback)],
      };
    }
    case 'deployment-tco': {
      const oneTime = data.oneTime[0] ?? 0;
      const curve = (cost: number[]) => cumulative(cost.map((c, i) => c + (data.fixedOpex[i] ?? 0))).map((v) => v + oneTime);
      const curves = { api: curve(data.apiCost), cloud: curve(data.cloudCost), onprem: curve(data.onpremCost) };
      const marks = ([['api', 'cloud'], ['api', 'onprem'], ['cloud', 'onprem']] as const).flatMap(([a, b]) =>
        crossovers(curves[a], curves[b]).map((month) => ({ name: fill(words.crossover, month), coord: [String(month), curves[a][month - 1]!] as [string, number] })));
      return {
        ...base,
        xAxis: monthAxis(data, words),
        yAxis: valueAxis(words.usd, lang),
        series: [
          { name: words.api, type: 'line', data: curves.api, symbol: 'none', lineStyle: { width: 3 }, markPoint: { symbol: 'pin', symbolSize: 34, label: { show: false }, data: marks } },
          { name: words.cloud, type: 'line', data: curves.cloud, symbol: 'none', lineStyle: { width: 3, type: 'dashed' } },
          { name: words.onprem, type: 'line', data: curves.onprem, symbol: 'none', lineStyle: { width: 3, type: 'dotted' } },
        ],
      };
    }
    case 'finetune-breakeven': {
      const month = data.ftBreakevenMonth;
      return {
        ...base,
        xAxis: monthAxis(data, words),
        yAxis: valueAxis(words.usd, lang),
        series: [
          {
            name: words.saving, type: 'line', data: data.ftSavingCum, symbol: 'none', lineStyle: { width: 3 },
            markLine: month ? { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' }, data: [{ xAxis: String(month), label: markerLabel(fill(words.breakeven, month), month, data.months.length) }] } : undefined,
          },
          { name: words.budget, type: 'line', data: data.months.map(() => data.ftOnce ?? 0), symbol: 'none', lineStyle: { width: 2, type: 'dashed' } },
        ],
        graphic: month ? [] : [note(words.noBreakeven)],
      };
    }
    case 'tokens-by-language':
      if (data.languages.length === 0) return { ...base, graphic: [note(words.noData)] };
      return {
        ...base,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: data.languages.map((l) => l.label) },
        yAxis: valueAxis(words.tokens, lang),
        series: [
          { name: words.input, type: 'bar', data: data.languages.map((l) => Math.round(l.input * 100) / 100), label: { show: true, position: 'top' } },
          { name: words.output, type: 'bar', data: data.languages.map((l) => Math.round(l.output * 100) / 100), label: { show: true, position: 'top' } },
        ],
      };
  }
}
