import { debounce } from 'lodash-es';
import { serializeScenarioFile, toScenarioFile } from '../../models/scenario';
import { isDirty } from '../state/document-store';
import type { AppServices } from '../hooks/services';

/** Quiet time after the last change before a recovery copy is written. */
const RECOVERY_QUIET_MS = 1000;
/** While changes keep coming, a copy is written at least this often: steady typing loses at most these few seconds. */
const RECOVERY_MAX_WAIT_MS = 4000;

/**
 * Keeps a recovery copy of unsaved work, and only of unsaved work. A copy is
 * written shortly after changes stop, at least every few seconds while they
 * do not, and when the page is hidden or closed. It is deleted as soon as
 * the document matches the file again (saved, undone back to the saved
 * state) or is replaced (New, Open, Don't Save), so it is never offered for
 * work that was not lost. Host calls run in order, so a late write cannot
 * land after the delete that should have followed it. Returns the stop
 * function.
 */
export function keepRecovery({ bridge, documentStore, sessionStore }: AppServices): () => void {
  /** The recovery id that has a copy on the host. */
  let written: string | undefined;
  let queue = Promise.resolve();
  const inOrder = (work: () => Promise<void>) => {
    queue = queue.then(work).catch(() => undefined);
  };

  /** The copy of the work as it is now, or undefined when there is nothing unsaved. */
  const copyNow = () => {
    const document = documentStore.getState();
    if (!isDirty(document)) return undefined;
    const { recoveryId, fileName, filePath } = sessionStore.getState();
    written = recoveryId;
    return {
      // Untitled work is kept without a name, so it comes back untitled (Save asks where, as before the crash).
      id: recoveryId, owner: bridge.windowId, name: fileName ?? '', path: filePath,
      text: serializeScenarioFile(toScenarioFile(document.scenario, new Date())), savedAtMs: Date.now(),
    };
  };
  const soon = debounce(() => {
    const copy = copyNow();
    if (copy) inOrder(() => bridge.writeRecovery(copy));
  }, RECOVERY_QUIET_MS, { maxWait: RECOVERY_MAX_WAIT_MS });
  /** The page is closing: write at once, not behind earlier host calls, since this task may be its last. */
  const writeNow = () => {
    soon.cancel();
    const copy = copyNow();
    if (copy) void bridge.writeRecovery(copy).catch(() => undefined);
  };
  const forget = (id: string) => {
    soon.cancel();
    if (written !== id) return;
    written = undefined;
    inOrder(() => bridge.clearRecovery(id));
  };
  const follow = () => {
    if (isDirty(documentStore.getState())) soon();
    else forget(sessionStore.getState().recoveryId);
  };

  const offDocument = documentStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.savedAt !== previous.savedAt || state.past !== previous.past) follow();
  });
  // A new file identity (open, save as, restore) starts a new copy; the old one goes.
  const offSession = sessionStore.subscribe((state, previous) => {
    if (state.recoveryId === previous.recoveryId) return;
    forget(previous.recoveryId);
    follow();
  });
  // Hidden (another tab, minimised) is often the last moment before the OS ends the page.
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') soon.flush();
  };
  window.addEventListener('pagehide', writeNow);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    soon.cancel();
    offDocument();
    offSession();
    window.removeEventListener('pagehide', writeNow);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
