import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { measureExportText } from './text-measure';

// Where there is no canvas to measure text with (Node: the CLI and its tests), measure as the export fonts draw.
if ((globalThis as { document?: unknown }).document === undefined) echarts.setPlatformAPI({ measureText: measureExportText });

/** Default export size of a chart, in CSS pixels. */
export const CHART_SIZE = { width: 960, height: 540 } as const;

/** Renders a chart to SVG text with ECharts' server-side renderer (no DOM, no browser). */
export function renderChartSvg(option: EChartsOption, size: { width: number; height: number } = CHART_SIZE): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
