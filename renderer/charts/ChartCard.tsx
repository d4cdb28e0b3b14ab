import { useEffect, useRef, useState } from 'react';
import type { EChartsOption } from 'echarts';
import ReactECharts from 'echarts-for-react';
import { chartTitle, type ChartId } from '../../models/charts';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { blobToBase64, chartPng, chartSvg } from './chart-files';

/** How far apart the cards redraw: one frame, so the page paints and takes input between two charts. */
const REDRAW_SPACING_MS = 16;

/**
 * The option a card draws: a new one is taken `delay` ms after it came, in a
 * task of its own. ECharts redraws a 600-month chart in tens of milliseconds;
 * five in one task held the page for 200 ms after each edit of a large model.
 */
function useOwnRedraw(option: EChartsOption, delay: number): EChartsOption {
  const [drawn, setDrawn] = useState(option);
  useEffect(() => {
    if (drawn === option) return;
    const timer = setTimeout(() => setDrawn(option), delay);
    return () => clearTimeout(timer);
  }, [option, drawn, delay]);
  return drawn;
}

/**
 * Redraws the chart whenever its box changes size (the dock resized, moved or
 * reopened). echarts-for-react's own watcher skips its first report, which
 * is the only one when the dock moves just after the chart was drawn.
 */
function useRedrawOnResize(chart: { current: ReactECharts | null }) {
  useEffect(() => {
    const element = chart.current?.ele;
    if (!element) return;
    let width = element.clientWidth;
    let height = element.clientHeight;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width && element.clientHeight === height) return;
      width = element.clientWidth;
      height = element.clientHeight;
      // 'auto': echarts-for-react starts the chart at a fixed size, which a plain resize() keeps.
      chart.current?.getEchartsInstance().resize({ width: 'auto', height: 'auto' });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [chart]);
}

/** One live chart with its export buttons: PNG (2×), SVG, copy as image; `order` is its place among the cards. */
export function ChartCard({ id, option, order }: { id: ChartId; option: EChartsOption; order: number }) {
  const drawn = useOwnRedraw(option, order * REDRAW_SPACING_MS);
  const chart = useRef<ReactECharts>(null);
  useRedrawOnResize(chart);
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const report = (ok: boolean, text: string) => services.sessionStore.getState().notify({ kind: ok ? 'info' : 'error', text });
  const attempt = (work: () => Promise<void>) => () => void work().catch((error: unknown) => report(false, error instanceof Error ? error.message : String(error)));
  const save = async (suggestedName: string, content: string, encoding: 'utf8' | 'base64') => {
    const result = await services.bridge.exportFile({ suggestedName, content, encoding });
    if (result.status === 'failed') report(false, result.message);
  };
  const savePng = attempt(async () => save(`${id}.png`, await blobToBase64(chartPng(option)), 'base64'));
  const saveSvg = attempt(async () => save(`${id}.svg`, chartSvg(option), 'utf8'));
  const copy = attempt(async () => {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': chartPng(option) })]);
    report(true, t('chartCopied'));
  });
  return (
    <figure className="chart-card" data-chart={id} aria-label={chartTitle(id, lang)}>
      <ReactECharts ref={chart} autoResize={false} option={drawn} notMerge opts={{ renderer: 'svg' }} style={{ height: 'var(--chart-height, 300px)', width: '100%' }} />
      <figcaption className="chart-actions">
        <button type="button" onClick={savePng}>{t('savePng')}</button>
        <button type="button" onClick={saveSvg}>{t('saveSvg')}</button>
        <button type="button" onClick={copy}>{t('copyImage')}</button>
      </figcaption>
    </figure>
  );
}
