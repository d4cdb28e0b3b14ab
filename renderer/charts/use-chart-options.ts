import { useEffect, useMemo, useState } from 'react';
import { CHART_IDS, chartData, chartOption, type ChartId } from '../../models/charts';
import type { EChartsOption } from 'echarts';
import { useCatalog, useDocument, useSession } from '../app/hooks';

/**
 * The document version the charts show: it follows the document one frame
 * late, so an edit paints the cells and key figures first and the five
 * charts (ECharts redraws take tens of milliseconds) right after; a burst of
 * edits (typing, a paste, undo held down) redraws them once.
 */
function useVersionAfterPaint(version: number): number {
  const [shown, setShown] = useState(version);
  useEffect(() => {
    if (shown === version) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(version));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [version, shown]);
  return shown;
}

/** Every chart's option for the current document and language, recomputed after each edit (a frame after it). */
export function useChartOptions(): ReadonlyArray<readonly [ChartId, EChartsOption]> {
  const version = useVersionAfterPaint(useDocument((state) => state.version));
  const catalog = useCatalog();
  const engine = useDocument((state) => state.engine);
  const lang = useSession((state) => state.lang);
  return useMemo(() => {
    const data = chartData(engine, catalog, lang);
    return CHART_IDS.map((id) => [id, chartOption(id, data, lang)] as const);
    // version: the engine object stays the same while its values change.
  }, [engine, catalog, lang, version]);
}
