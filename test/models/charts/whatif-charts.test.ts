import { describe, expect, it } from 'vitest';
import { compareScenarios, sensitivity, simulate, sweep } from '../../../models/analysis';
import { compareChartOption, histogramChartOption, sweepChartOption, tornadoChartOption } from '../../../models/charts';
import { renderChartSvg } from '../../../models/exporters';
import { addNamedScenario } from '../../../models/scenario';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

const label = (ref: string) => `label of ${ref}`;

function twoScenarios() {
  const scenario = referenceScenario();
  addNamedScenario(scenario, 'aggressive', { cells: { 'traffic.requests_per_day': 40000 }, months: {} });
  return compareScenarios(scenario);
}

describe('what-if charts', () => {
  it('overlay the cumulative net of every scenario, each with its payback month', () => {
    const option = compareChartOption('compare-cumulative-net', twoScenarios(), 'en');
    const series = option.series as Array<{ name: string; markPoint?: { data: Array<{ name: string }> } }>;
    expect(series.map((s) => s.name)).toEqual(['Base', 'aggressive']);
    expect(series.map((s) => s.markPoint?.data[0]?.name)).toEqual(['Base: month 12', 'aggressive: month 11']);
  });

  it('overlay the monthly total cost of every scenario', () => {
    const series = compareChartOption('compare-total-cost', twoScenarios(), 'zh').series as Array<{ name: string; data: number[] }>;
    expect(series.map((s) => [s.name, s.data.length])).toEqual([['基准', 36], ['aggressive', 36]]);
  });

  it('draw the tornado widest at the top, as changes from the base, each bar knowing its input', () => {
    const result = sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'biz.personnel_monthly' }, { ref: 'biz.storage_monthly' }] });
    const option = tornadoChartOption(result, label, 'en');
    expect((option.yAxis as { data: string[] }).data).toEqual(['label of biz.storage_monthly', 'label of biz.personnel_monthly']);
    const [low, high] = option.series as Array<{ data: Array<{ value: number; ref: string }> }>;
    expect(low!.data[1]).toEqual({ value: -90000, ref: 'biz.personnel_monthly' });
    expect(high!.data[1]!.value).toBeCloseTo(90000, 6);
  });

  it('draw a histogram with P10, P50 and P90 marked', () => {
    const result = simulate(referenceEngine(), { ranges: [{ ref: 'traffic.requests_per_day', dist: 'uniform', low: 5000, high: 20000 }], samples: 300 });
    const option = histogramChartOption(result.draws['out.tco']!, 'TCO', result.outputs['out.tco']!, 'en');
    const [bars] = option.series as Array<{ data: number[]; markLine: { data: Array<{ label: { formatter: string } }> } }>;
    expect(bars!.data.reduce((a, b) => a + b, 0)).toBe(300);
    expect(bars!.markLine.data.map((mark) => mark.label.formatter.split(' ')[0])).toEqual(['P10', 'P50', 'P90']);
  });

  it('draw a one-input data table as a line and a two-input one as a heat map', () => {
    const line = sweepChartOption(sweep(referenceEngine(), 'out.tco', [{ ref: 'traffic.requests_per_day', values: [1, 2, 3] }]), label, 'en');
    expect((line.series as Array<{ type: string }>)[0]!.type).toBe('line');
    const heat = sweepChartOption(sweep(referenceEngine(), 'out.tco', [{ ref: 'traffic.requests_per_day', values: [1, 2, 3] }, { ref: 'biz.personnel_monthly', values: [1, 2] }]), label, 'en');
    expect((heat.series as Array<{ type: string; data: unknown[] }>)[0]).toMatchObject({ type: 'heatmap' });
    expect((heat.series as Array<{ data: unknown[] }>)[0]!.data).toHaveLength(6);
  });

  it('render to SVG without a browser, titles included', () => {
    const svg = renderChartSvg(compareChartOption('compare-cumulative-net', twoScenarios(), 'en'));
    expect(svg).toContain('Cumulative net by scenario');
    const tornado = renderChartSvg(tornadoChartOption(sensitivity(referenceEngine(), { output: 'out.tco' }), label, 'zh'));
    expect(tornado).toContain('的敏感性');
  });
});
