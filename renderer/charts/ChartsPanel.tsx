import type { RefObject } from 'react';
import type { ChartsPlace } from '../state/charts-dock';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { ChartCard } from './ChartCard';
import { DockSplitter } from './DockSplitter';
import { useChartOptions } from './use-chart-options';

/** The five charts, following every edit; only drawn while the dock is open (a folded dock costs no redraws). */
function ChartCards() {
  const options = useChartOptions();
  return <>{options.map(([id, option], order) => <ChartCard key={id} id={id} option={option} order={order} />)}</>;
}

/** A small drawing of the window with the charts' part filled: beside the grids or below them. */
function PlaceIcon({ place }: { place: ChartsPlace }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" />
      {place === 'side' ? <rect x="9" y="3" width="5" height="10" fill="currentColor" /> : <rect x="2" y="9" width="12" height="4" fill="currentColor" />}
    </svg>
  );
}

/** A chevron pointing where the dock goes when the button is pressed. */
function FoldIcon({ toward }: { toward: 'left' | 'right' | 'up' | 'down' }) {
  const points = { left: '10,3 5,8 10,13', right: '6,3 11,8 6,13', up: '3,10 8,5 13,10', down: '3,6 8,11 13,6' }[toward];
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The charts dock: beside the grids or below them, folded to its header or
 * open. Its header moves and folds it; the splitter on its edge toward the
 * grids (see DockSplitter; inside the region, so no content is outside a
 * landmark) sizes it within `area`, the grids and the dock together. The region keeps its id, label and the cards'
 * `data-chart` whatever its place.
 */
export function ChartsPanel({ area }: { area: RefObject<HTMLElement | null> }) {
  const services = useServices();
  const t = useT();
  const { place, collapsed } = useSession((state) => state.chartsDock);
  const session = () => services.sessionStore.getState();
  const other: ChartsPlace = place === 'side' ? 'bottom' : 'side';
  const moveLabel = place === 'side' ? t('chartsBelow') : t('chartsBeside');
  const foldLabel = collapsed ? t('showCharts') : t('collapseCharts');
  const toward = place === 'side' ? (collapsed ? 'left' : 'right') : (collapsed ? 'up' : 'down');
  return (
    <section className="charts-panel" id="charts" tabIndex={-1} aria-label={t('charts')} data-place={place} data-collapsed={collapsed || undefined}>
      {collapsed ? null : <DockSplitter area={area} />}
      <header className="charts-header">
        <h2>{t('charts')}</h2>
        <div className="charts-controls">
          {collapsed ? null : (
            <button type="button" className="icon-button" data-dock="move" aria-label={moveLabel} title={moveLabel} onClick={() => session().placeCharts(other)}>
              <PlaceIcon place={other} />
            </button>
          )}
          <button type="button" className="icon-button" data-dock="fold" aria-label={foldLabel} title={foldLabel} aria-expanded={!collapsed} aria-controls="charts-body"
            onClick={() => session().collapseCharts(!collapsed)}>
            <FoldIcon toward={toward} />
          </button>
        </div>
      </header>
      <div className="charts-grid" id="charts-body" hidden={collapsed}>
        {collapsed ? null : <ChartCards />}
      </div>
    </section>
  );
}
