/** Charts: the numbers they draw and their ECharts options, shared by the workspace and the CLI export. */
export { chartData, cumulative, crossovers, type ChartData } from './chart-data';
export { chartOption, chartTitle, CHART_IDS, EXPORT_CHART_WIDTH, type ChartId } from './chart-options';
export { PALETTE, CHART_FONT, legendRows } from './chart-frame';
export {
  WHATIF_CHART_IDS, compareChartOption, tornadoChartOption, histogramChartOption, sweepChartOption, whatIfChartTitle, scenarioLabel,
  type WhatIfChartId,
} from './whatif-charts';
