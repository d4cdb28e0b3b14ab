import { fillIn } from '../../shared/fill-in';
import type { EChartsOption } from 'echarts';
import { formatNumber } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { crossovers, cumulative, type ChartData } from './chart-data';
import { PALETTE, chartFrame, compactNumber, plotNote, valueAxis } from './chart-frame';

/** The charts, in display order; the ids are file names of exports too. */
export const CHART_IDS = ['cost-breakdown', 'cumulative-net', 'deployment-tco', 'finetune-breakeven', 'tokens-by-language'] as const;

/** A chart id. */
export type ChartId = (typeof CHART_IDS)[number];

/** The width exports are drawn at; the app passes the width of its chart cards. */
export const EXPORT_CHART_WIDTH = 960;

const text = {
  en: {
    'cost-breakdown': 'Monthly cost and revenue', 'cumulative-net': 'Cumulative net', 'deployment-tco': 'Cumulative cost by deployment',
    'finetune-breakeven': 'Fine-tuning breakeven', 'tokens-by-language': 'Tokens per request by language',
    month: 'Month', usd: 'USD', usdMonth: 'USD per month', tokens: 'Tokens per request', inference: 'Inference', fixed: 'Fixed costs',
    oneTimeNote: 'One-time costs in month 1: {v} (not drawn)', revenue: 'Revenue and value', cumNet: 'Cumulative net', payback: 'Payback: month {n}',
    noPayback: 'No payback within the horizon', api: 'API', cloud: 'Rented GPUs', onprem: 'Owned GPUs', crossover: 'Crossover: month {n}',
    saving: 'Cumulative saving of the tuned model', budget: 'Fine-tuning cost (retries included)', breakeven: 'Breakeven: month {n}',
    noBreakeven: 'No breakeven within the horizon', retries: 'USD, log scale · the savings pay for up to {v} × the cost of one attempt', logScale: 'USD, log scale',
    input: 'Input', output: 'Output', noData: 'No data in this scenario',
  },
  zh: {
    'cost-breakdown': '月度成本与收入', 'cumulative-net': '累计净收益', 'deployment-tco': '各部署方式累计成本',
    'finetune-breakeven': '微调回本', 'tokens-by-language': '各语言每请求 token 数',
    month: '月份', usd: '美元', usdMonth: '美元 / 月', tokens: '每请求 token 数', inference: '推理成本', fixed: '固定成本',
    oneTimeNote: '第 1 个月一次性成本：{v}（未画出）', revenue: '收入与价值', cumNet: '累计净收益', payback: '回本：第 {n} 个月',
    noPayback: '规划期内无法回本', api: 'API', cloud: '租用 GPU', onprem: '自购 GPU', crossover: '交叉点：第 {n} 个月',
    saving: '微调模型累计节省', budget: '微调成本（含重试）', breakeven: '回本：第 {n} 个月',
    noBreakeven: '规划期内无法回本', retries: '美元，对数刻度 · 节省最多可支付 {v} 倍单次尝试成本', logScale: '美元，对数刻度',
    input: '输入', output: '输出', noData: '此情景中没有数据',
  },
} as const;

/** The title of a chart in a language. */
export function chartTitle(id: ChartId, lang: Lang): string {
  return text[lang][id];
}


/** The label of a vertical marker at `month`, written on the side with more room so it clears the axes. */
function markerLabel(label: string, month: number, months: number) {
  return { formatter: label, align: month <= months / 2 ? ('left' as const) : ('right' as const), padding: [0, 6] };
}

function monthAxis(data: ChartData, month: string) {
  return { type: 'category' as const, data: data.months.map(String), name: month, nameLocation: 'middle' as const, nameGap: 28 };
}

/** How a chart is laid out: its width in pixels, and for exports a footer naming the scenario and date. */
export interface ChartLayout {
  readonly width?: number;
  readonly footer?: string;
}

/** The ECharts option of one chart. */
export function chartOption(id: ChartId, data: ChartData, lang: Lang, layout: ChartLayout = {}): EChartsOption {
  const words = text[lang];
  const width = layout.width ?? EXPORT_CHART_WIDTH;
  const frame = (unit: string, legend: readonly string[], format: 'currency' | 'number' = 'currency') =>
    chartFrame({ title: words[id], unit, legend, width, format, lang, footer: layout.footer });
  // Notes across the plot come after the footer, so neither replaces the other.
  const notes = (base: EChartsOption, ...more: object[]) => [...((base.graphic as object[] | undefined) ?? []), ...more];
  if (id !== 'tokens-by-language' && data.months.length === 0) {
    const empty = frame('', []);
    return { ...empty, graphic: notes(empty, plotNote(words.noData)) };
  }
  switch (id) {
    case 'cost-breakdown': {
      // The one-time costs dwarf a month's running costs: they are written, not drawn, so the monthly bars stay readable.
      const oneTime = data.oneTime[0] ?? 0;
      const base = frame(oneTime > 0 ? `${words.usdMonth} · ${fillIn(words.oneTimeNote, { v: compactNumber(oneTime, lang) })}` : words.usdMonth, [words.inference, words.fixed, words.revenue]);
      return {
        ...base,
        xAxis: monthAxis(data, words.month),
        yAxis: valueAxis(lang),
        series: [
          { name: words.inference, type: 'bar', stack: 'cost', data: data.inference },
          { name: words.fixed, type: 'bar', stack: 'cost', data: data.fixedOpex },
          { name: words.revenue, type: 'line', data: data.revenue, symbol: 'none', lineStyle: { width: 3 }, color: PALETTE[3] },
        ],
      };
    }
    case 'cumulative-net': {
      const payback = data.paybackMonth;
      const base = frame(words.usd, [words.cumNet]);
      return {
        ...base,
        xAxis: monthAxis(data, words.month),
        yAxis: valueAxis(lang),
        series: [{
          name: words.cumNet, type: 'line', data: data.cumNet, symbol: 'none', lineStyle: { width: 3 }, areaStyle: { opacity: 0.12 },
          markLine: { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' }, data: [{ yAxis: 0, label: { show: false } }, ...(payback ? [{ xAxis: String(payback), label: markerLabel(fillIn(words.payback, { n: payback }), payback, data.months.length) }] : [])] },
          markPoint: payback ? { symbol: 'circle', symbolSize: 12, label: { show: false }, data: [{ name: fillIn(words.payback, { n: payback }), coord: [String(payback), data.cumNet[payback - 1] ?? 0] as [string, number] }] } : undefined,
        }],
        graphic: payback ? notes(base) : notes(base, plotNote(words.noPayback)),
      };
    }
    case 'deployment-tco': {
      const oneTime = data.oneTime[0] ?? 0;
      const curve = (cost: number[]) => cumulative(cost.map((c, i) => c + (data.fixedOpex[i] ?? 0))).map((v) => v + oneTime);
      const curves = { api: curve(data.apiCost), cloud: curve(data.cloudCost), onprem: curve(data.onpremCost) };
      const marks = ([['api', 'cloud'], ['api', 'onprem'], ['cloud', 'onprem']] as const).flatMap(([a, b]) =>
        crossovers(curves[a], curves[b]).map((month) => ({
          name: fillIn(words.crossover, { n: month }), coord: [String(month), curves[a][month - 1]!] as [string, number],
          label: { show: true, position: 'top' as const, formatter: fillIn(words.crossover, { n: month }), fontSize: 11, color: '#1d2330' },
        })));
      return {
        ...frame(words.usd, [words.api, words.cloud, words.onprem]),
        xAxis: monthAxis(data, words.month),
        yAxis: valueAxis(lang),
        series: [
          { name: words.api, type: 'line', data: curves.api, symbol: 'none', lineStyle: { width: 3 }, markPoint: { symbol: 'circle', symbolSize: 10, data: marks } },
          { name: words.cloud, type: 'line', data: curves.cloud, symbol: 'none', lineStyle: { width: 3, type: 'dashed' } },
          { name: words.onprem, type: 'line', data: curves.onprem, symbol: 'none', lineStyle: { width: 3, type: 'dotted' } },
        ],
      };
    }
    case 'finetune-breakeven': {
      const month = data.ftBreakevenMonth;
      const budget = data.months.map(() => data.ftOnce ?? 0);
      // Savings grow to hundreds of times the fine-tuning cost: a log scale keeps both lines readable.
      const log = [...data.ftSavingCum, ...budget].every((v) => v > 0);
      const unit = !log ? words.usd : data.ftMaxRetries !== undefined ? fillIn(words.retries, { v: formatNumber(data.ftMaxRetries, undefined, lang) }) : words.logScale;
      const base = frame(unit, [words.saving, words.budget]);
      return {
        ...base,
        xAxis: monthAxis(data, words.month),
        yAxis: valueAxis(lang, log),
        series: [
          {
            name: words.saving, type: 'line', data: data.ftSavingCum, symbol: 'none', lineStyle: { width: 3 },
            markLine: month ? { symbol: 'none', silent: true, lineStyle: { color: '#5b6475', type: 'dashed' }, data: [{ xAxis: String(month), label: markerLabel(fillIn(words.breakeven, { n: month }), month, data.months.length) }] } : undefined,
          },
          { name: words.budget, type: 'line', data: budget, symbol: 'none', lineStyle: { width: 2, type: 'dashed' } },
        ],
        graphic: month ? notes(base) : notes(base, plotNote(words.noBreakeven)),
      };
    }
    case 'tokens-by-language': {
      const base = frame(words.tokens, [words.input, words.output], 'number');
      if (data.languages.length === 0) return { ...base, graphic: notes(base, plotNote(words.noData)) };
      const label = { show: true, position: 'top' as const, formatter: (p: { value: unknown }) => formatNumber(Number(p.value), 'number', lang) };
      return {
        ...base,
        tooltip: { ...(base.tooltip as object), axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: data.languages.map((l) => l.label) },
        yAxis: valueAxis(lang),
        series: [
          { name: words.input, type: 'bar', data: data.languages.map((l) => l.input), label },
          { name: words.output, type: 'bar', data: data.languages.map((l) => l.output), label },
        ],
      };
    }
  }
}
