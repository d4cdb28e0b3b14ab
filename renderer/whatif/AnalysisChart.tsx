import type { EChartsOption } from 'echarts';
import ReactECharts from 'echarts-for-react';
import { useServices } from '../hooks/services';
import { useT } from '../hooks/store-hooks';
import { blobToBase64, chartPng, chartSvg } from '../charts/chart-files';

/**
 * A what-if chart with the export buttons of the workspace's charts: PNG
 * (2×) and SVG, through the same files as the CLI's. `onEvents` lets a
 * chart react to clicks (the tornado goes to a cell).
 */
export function AnalysisChart({ id, title, option, onEvents, height = 320 }: {
  id: string;
  title: string;
  option: EChartsOption;
  onEvents?: Record<string, (params: unknown) => void>;
  height?: number;
}) {
  const services = useServices();
  const t = useT();
  const report = (text: string) => services.sessionStore.getState().notify({ kind: 'error', text });
  const save = (suggestedName: string, content: () => Promise<string> | string, encoding: 'utf8' | 'base64') => () => {
    void (async () => {
      const result = await services.bridge.exportFile({ suggestedName, content: await content(), encoding });
      if (result.status === 'failed') report(result.message);
    })().catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
  };
  return (
    <figure className="chart-card wi-chart" data-chart={id} aria-label={title}>
      <ReactECharts option={option} notMerge opts={{ renderer: 'svg' }} style={{ height, width: '100%' }} onEvents={onEvents} />
      <figcaption className="chart-actions">
        <button type="button" onClick={save(`${id}.png`, async () => blobToBase64(chartPng(option)), 'base64')}>{t('savePng')}</button>
        <button type="button" onClick={save(`${id}.svg`, () => chartSvg(option), 'utf8')}>{t('saveSvg')}</button>
      </figcaption>
    </figure>
  );
}
