import { useEffect } from 'react';
import { useServices } from '../app/app-context';
import { useSession } from '../app/hooks';

/** The last notice (saved, an error…), cleared after a while. */
export function StatusBar() {
  const { sessionStore } = useServices();
  const notice = useSession((state) => state.notice);
  const selected = useSession((state) => state.selected);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => sessionStore.getState().notify(undefined), notice.kind === 'error' ? 12000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, sessionStore]);
  return (
    <footer className="status-bar">
      <span role="status" className={notice?.kind === 'error' ? 'notice-error' : 'notice'}>{notice?.text ?? ''}</span>
      <span className="status-ref">{selected ?? ''}</span>
    </footer>
  );
}
