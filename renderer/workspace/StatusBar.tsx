import { useEffect } from 'react';
import { isError } from '../../models/engine';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { ComputingNote } from './ComputingNote';

/**
 * The last notice (saved, an error…), cleared after a while; the selected
 * cell's reference and, when it holds an error, the reason in words (read
 * out by screen readers), so no error needs a mouse hover to be understood;
 * and, for a large document, that the engine is still calculating.
 */
export function StatusBar() {
  const { sessionStore } = useServices();
  const notice = useSession((state) => state.notice);
  const selected = useSession((state) => state.selected);
  const value = useDocument((state) => (selected === undefined ? undefined : state.engine.get(selected)));
  const computeProblem = useDocument((state) => state.computeProblem);
  const t = useT();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => sessionStore.getState().notify(undefined), notice.kind === 'error' ? 12000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, sessionStore]);
  const error = value !== undefined && isError(value) ? value : undefined;
  return (
    <footer className="status-bar">
      <span role="status" className={notice?.kind === 'error' || computeProblem ? 'notice-error' : 'notice'}>{computeProblem ? t('computeFailed', { message: computeProblem }) : notice?.text ?? ''}</span>
      <ComputingNote />
      <span className="status-cell">
        <span className="status-error" aria-live="polite">{error ? `${error.code} ${error.message}` : ''}</span>
        <span className="status-ref">{selected ?? ''}</span>
      </span>
    </footer>
  );
}
