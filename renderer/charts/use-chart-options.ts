import { useMemo } from 'react';
import { CHART_IDS, chartData, chartOption, type ChartId } from '../../models/charts';
import { cellCatalog } from '../../models/scenario';
import type { EChartsOption } from 'echarts';
import { useDocument, useSession } from '../app/hooks';

/** The narrowest a chart card gets (see .charts-grid): legends are laid out to fit it. */
const CARD_WIDTH = 460;

/** Every chart's option for the current document and language, recomputed after each edit. */
export function useChartOptions(): ReadonlyArray<readonly [ChartId, EChartsOption]> {
  const version = useDocument((state) => state.version);
  const scenario = useDocument((state) => state.scenario);
  const engine = useDocument((state) => state.engine);
  const lang = useSession((state) => state.lang);
  return useMemo(() => {
    const data = chartData(engine, cellCatalog(scenario), lang);
    return CHART_IDS.map((id) => [id, chartOption(id, data, lang, { width: CARD_WIDTH })] as const);
    // version: the engine object stays the same while its values change.
  }, [engine, scenario, lang, version]);
}
