import { useEffect, useState } from 'react';
import { useDocument, useT } from '../hooks/store-hooks';

/** How long a calculation runs before the note shows: a quick one should not flicker. */
const SHOW_AFTER_MS = 200;

/**
 * "Calculating… 1.4 s" while the engine off the page works on a large
 * document, shown once it has taken over 200 ms and counting up, so a long
 * recomputation is visibly under way while the grid stays usable.
 */
export function ComputingNote() {
  const computing = useDocument((state) => state.computing);
  const t = useT();
  const [elapsed, setElapsed] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!computing) {
      setElapsed(undefined);
      return;
    }
    const started = performance.now();
    const tick = () => {
      const ms = performance.now() - started;
      setElapsed(ms >= SHOW_AFTER_MS ? ms : undefined);
    };
    const timer = setInterval(tick, 100);
    return () => clearInterval(timer);
  }, [computing]);
  if (elapsed === undefined) return null;
  return (
    <span className="status-computing" role="progressbar" aria-label={t('computing', { seconds: (elapsed / 1000).toFixed(1) })} data-computing="true">
      {t('computing', { seconds: (elapsed / 1000).toFixed(1) })}
    </span>
  );
}
