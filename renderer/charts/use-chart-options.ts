import { useEffect, useMemo, useState } from 'react';
import { CHART_IDS, chartData, chartOption, type ChartId } from '../../models/charts';
import type { EChartsOption } from 'echarts';
import { useServices } from '../hooks/services';
import { cellCatalog } from '../../models/scenario';
import { perStructure, useDocument, useSession } from '../hooks/store-hooks';

/** Labels of the Languages grid, the only cells the charts name: the whole document's catalog costs ~120 ms at 100k cells. */
const chartCatalog = perStructure((state) => cellCatalog({ ...state.scenario, grids: state.scenario.grids.filter((grid) => grid.name === 'languages') }));

/** The narrowest a chart card gets (see .charts-grid): legends are laid out to fit it. */
const CARD_WIDTH = 460;

/**
 * The document version the charts show: it follows the document one frame
 * late, so an edit or an opened file paints the cells and key figures first
 * and the five charts (ECharts takes tens of milliseconds per update, 200 ms
 * for a new file) right after; a burst of edits (typing, a paste, undo held
 * down) redraws them once.
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

/** Every chart's option for the current document and language, recomputed after each change (a frame after it). */
export function useChartOptions(): ReadonlyArray<readonly [ChartId, EChartsOption]> {
  const { documentStore } = useServices();
  const version = useVersionAfterPaint(useDocument((state) => state.version));
  const lang = useSession((state) => state.lang);
  return useMemo(() => {
    const document = documentStore.getState();
    const data = chartData(document.engine, chartCatalog(document), lang);
    return CHART_IDS.map((id) => [id, chartOption(id, data, lang, { width: CARD_WIDTH })] as const);
    // version: every change of the document (a new file too) bumps it; the store is read when it is shown.
  }, [documentStore, lang, version]);
}
