import { describe, expect, it } from 'vitest';
import { clampDockSize, DEFAULT_DOCK, dockSizeAfterKey, dockSizeAt, readDock } from '../../../renderer/state/charts-dock';
import { createSessionStore } from '../../../renderer/state/session-store';

describe('the charts dock', () => {
  it('starts below the grids, open, at 45 % of the height', () => {
    expect(createSessionStore('en').getState().chartsDock).toEqual({ place: 'bottom', collapsed: false, size: 0.45 });
  });

  it('moves, folds and resizes through named actions, kept within 30–80 %', () => {
    const session = createSessionStore('en');
    session.getState().placeCharts('side');
    session.getState().collapseCharts(true);
    session.getState().resizeCharts(0.95);
    expect(session.getState().chartsDock).toEqual({ place: 'side', collapsed: true, size: 0.8 });
    session.getState().resizeCharts(0.05);
    expect(session.getState().chartsDock.size).toBe(0.3);
  });

  it('grows by a tenth when the splitter moves toward the grids, and shrinks the other way', () => {
    const side = { place: 'side', collapsed: false, size: 0.4 } as const;
    expect(dockSizeAfterKey(side, 'ArrowLeft')).toBe(0.5);
    expect(dockSizeAfterKey(side, 'ArrowRight')).toBe(0.3);
    expect(dockSizeAfterKey(side, 'ArrowUp')).toBeUndefined();
    const bottom = { ...side, place: 'bottom' } as const;
    expect(dockSizeAfterKey(bottom, 'ArrowUp')).toBe(0.5);
    expect(dockSizeAfterKey(bottom, 'ArrowDown')).toBe(0.3);
    expect(dockSizeAfterKey(bottom, 'Home')).toBe(0.3);
    expect(dockSizeAfterKey(bottom, 'End')).toBe(0.8);
    expect(dockSizeAfterKey({ ...bottom, size: 0.8 }, 'ArrowUp')).toBe(0.8);
  });

  it('takes what lies past the pointer when dragged', () => {
    expect(dockSizeAt(700, 100, 1000)).toBe(0.4);
    expect(dockSizeAt(0, 100, 1000)).toBe(0.8);
    expect(dockSizeAt(500, 100, 0)).toBe(DEFAULT_DOCK.size);
  });

  it('reads what was stored, and falls back to the default for anything else', () => {
    expect(readDock(JSON.stringify({ place: 'side', collapsed: true, size: 0.6 }))).toEqual({ place: 'side', collapsed: true, size: 0.6 });
    expect(readDock(null)).toEqual(DEFAULT_DOCK);
    expect(readDock('{not json')).toEqual(DEFAULT_DOCK);
    expect(readDock(JSON.stringify({ place: 'top', collapsed: 'yes', size: 7 }))).toEqual({ ...DEFAULT_DOCK, size: 0.8 });
    expect(clampDockSize(Number.NaN)).toBe(DEFAULT_DOCK.size);
  });
});
