import { useSyncExternalStore } from 'react';

/** Below this width (CSS pixels: 1280 × 720, or 1920 × 1080 at 150 %) the side panels and the Name column give room to the values. */
const NARROW_QUERY = '(max-width: 1439px)';

const query = () => window.matchMedia(NARROW_QUERY);

/** True while the window is narrow; follows resizing and zoom. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = query();
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => query().matches,
  );
}
