import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { CHART_SIZE, renderChartSvg } from '../../models/exporters';

/** A chart as a 2× PNG, drawn off-screen by ECharts' canvas renderer (crisp on slides). */
export function chartPng(option: EChartsOption): Blob {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer: 'canvas', width: CHART_SIZE.width, height: CHART_SIZE.height, devicePixelRatio: 2 });
  try {
    chart.setOption({ ...option, animation: false });
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    // Decoded by hand: fetch() of a data: URL is blocked by the CSP's connect-src.
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    chart.dispose();
  }
}

/** A chart as SVG text: the same renderer as the CLI export. */
export function chartSvg(option: EChartsOption): string {
  return renderChartSvg(option);
}

/** Base64 of a blob, for the bridge. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
