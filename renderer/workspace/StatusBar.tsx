import { useEffect } from 'react';
import { isError } from '../../models/engine';
import { useServices } from '../app/app-context';
import { useDocument, useSession } from '../app/hooks';

/**
 * The last notice (saved, an error…), cleared after a while; the selected
 * cell's reference and, when it holds an error, the reason in words (read
 * out by screen readers), so no error needs a mouse hover to be understood.
 */
export function StatusBar() {
  const { sessionStore } = useServices();
  const notice = useSession((state) => state.notice);
  const selected = useSession((state) => state.selected);
  const value = useDocument((state) => (selected === undefined ? undefined : state.engine.get(selected)));
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => sessionStore.getState().notify(undefined), notice.kind === 'error' ? 12000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, sessionStore]);
  const error = value !== undefined && isError(value) ? value : undefined;
  return (
    <footer className="status-bar">
      <span role="status" className={notice?.kind === 'error' ? 'notice-error' : 'notice'}>{notice?.text ?? ''}</span>
      <span className="status-cell">
        <span className="status-error" aria-live="polite">{error ? `${error.code} ${error.message}` : ''}</span>
        <span className="status-ref">{selected ?? ''}</span>
      </span>
    </footer>
  );
}
