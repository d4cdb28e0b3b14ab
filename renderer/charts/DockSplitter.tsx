import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';
import { dockSizeAfterKey, dockSizeAt, MAX_DOCK_SIZE, MIN_DOCK_SIZE } from '../state/charts-dock';

/**
 * The bar between the grids and the charts dock: drag it, or focus it and
 * press the arrow keys (a tenth of the work area each), Home or End. Its
 * value is the dock's share of the work area, in percent.
 */
export function DockSplitter({ area }: { area: RefObject<HTMLElement | null> }) {
  const services = useServices();
  const t = useT();
  const dock = useSession((state) => state.chartsDock);
  const resize = (size: number) => services.sessionStore.getState().resizeCharts(size);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const size = dockSizeAfterKey(dock, event.key);
    if (size === undefined) return;
    event.preventDefault();
    resize(size);
  };
  const follow = (event: PointerEvent<HTMLElement>) => {
    const box = area.current?.getBoundingClientRect();
    if (!box || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    resize(dock.place === 'side' ? dockSizeAt(event.clientX, box.left, box.width) : dockSizeAt(event.clientY, box.top, box.height));
  };
  const percent = Math.round(dock.size * 100);
  return (
    <div className="dock-splitter" role="separator" tabIndex={0} aria-controls="charts"
      aria-orientation={dock.place === 'side' ? 'vertical' : 'horizontal'} aria-label={t('resizeCharts')}
      aria-valuenow={percent} aria-valuemin={MIN_DOCK_SIZE * 100} aria-valuemax={MAX_DOCK_SIZE * 100} aria-valuetext={t('chartsShare', { n: percent })}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        // No text selection while dragging; the keyboard comes here, as for any control pressed.
        event.preventDefault();
        event.currentTarget.focus();
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={follow}
      onPointerUp={(event) => event.currentTarget.releasePointerCapture(event.pointerId)} />
  );
}
