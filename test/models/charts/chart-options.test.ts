import { describe, expect, it } from 'vitest';
import { CHART_IDS, PALETTE, chartData, chartOption, crossovers, cumulative, legendRows } from '../../../models/charts';
import { formatNumber } from '../../../models/format/format-value';
import { cellCatalog } from '../../../models/scenario';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

const data = (edits: Record<string, number | string> = {}) => {
  const engine = referenceEngine();
  for (const [ref, value] of Object.entries(edits)) engine.set(ref, value);
  return chartData(engine, cellCatalog(referenceScenario()), 'en');
};

const graphicText = (option: ReturnType<typeof chartOption>) => JSON.stringify(option.graphic ?? []);

describe('charts', () => {
  it('every chart has a title, a legend and the colour-blind-safe palette', () => {
    for (const id of CHART_IDS) {
      const option = chartOption(id, data(), 'en');
      expect(option.title, id).toBeDefined();
      expect(option.legend, id).toBeDefined();
      expect(option.color, id).toEqual(PALETTE);
    }
  });

  it('the cumulative net chart marks the payback month', () => {
    expect(JSON.stringify(chartOption('cumulative-net', data(), 'en').series)).toContain('Payback: month 12');
  });

  it('the cumulative net chart says so when there is no payback', () => {
    const option = chartOption('cumulative-net', data({ 'biz.value_monthly': 0, 'biz.revenue_per_request': 0 }), 'en');
    expect(graphicText(option)).toContain('No payback within the horizon');
  });

  it('the deployment chart marks where the cheapest deployment changes', () => {
    const option = chartOption('deployment-tco', data({ 'traffic.requests_per_day': 150000 }), 'en');
    expect(JSON.stringify(option.series)).toContain('Crossover: month 9');
  });

  it('the fine-tune chart includes the retry multiplier in its cost line', () => {
    const series = chartOption('finetune-breakeven', data({ 'ft.retry_multiplier': 20 }), 'en').series as Array<{ data: number[] }>;
    expect(series[1]!.data[0]).toBe(900);
  });

  it('the language chart shows input and output tokens per request of each language', () => {
    const series = chartOption('tokens-by-language', data(), 'en').series as Array<{ data: number[] }>;
    expect(series[0]!.data[0]).toBeCloseTo(60 * 1.33, 9);
    expect(series[1]!.data[1]).toBeCloseTo(400 * 0.98, 9);
  });

  it('speaks Chinese', () => {
    expect(chartOption('cost-breakdown', data(), 'zh').title).toMatchObject({ text: '月度成本与收入' });
  });

  it('legends wrap onto more rows in a narrow chart, and the plot moves down to make room', () => {
    const wide = chartOption('deployment-tco', data(), 'en', { width: 960 });
    const narrow = chartOption('cost-breakdown', data(), 'zh', { width: 200 });
    expect(wide.legend).toMatchObject({ type: 'plain' });
    expect(legendRows(['Inference', 'Fixed costs', 'Revenue and value'], 960)).toBe(1);
    expect(legendRows(['Inference', 'Fixed costs', 'Revenue and value'], 330)).toBe(2);
    expect((narrow.grid as { top: number }).top).toBeGreaterThan((wide.grid as { top: number }).top);
  });

  it('writes the one-time costs above the monthly chart instead of drawing a bar that flattens the rest', () => {
    const option = chartOption('cost-breakdown', data(), 'en');
    expect((option.series as Array<{ name: string }>).map((s) => s.name)).toEqual(['Inference', 'Fixed costs', 'Revenue and value']);
    expect(option.title).toMatchObject({ subtext: 'USD per month · One-time costs in month 1: 250K (not drawn)' });
  });

  it('draws the fine-tuning cost and savings on a log scale, with the affordable retry budget as the key figure shows it', () => {
    const option = chartOption('finetune-breakeven', data(), 'en');
    expect(option.yAxis).toMatchObject({ type: 'log' });
    expect(option.title).toMatchObject({ subtext: 'USD, log scale · the savings pay for up to 1,017.79 × the cost of one attempt' });
  });

  it('shows tooltips in the grid\'s number format', () => {
    const tooltip = chartOption('cumulative-net', data(), 'en').tooltip as { valueFormatter: (v: number) => string };
    expect(tooltip.valueFormatter(648453.987055813)).toBe(formatNumber(648453.987055813, 'currency', 'en'));
  });

  it('running totals and crossovers', () => {
    expect(cumulative([1, 2, 3])).toEqual([1, 3, 6]);
    expect(crossovers([1, 2, 3, 4], [2, 2.5, 2.5, 2])).toEqual([3]);
  });
});
