import { useEffect } from 'react';
import { readPickedFile } from '../bridge/browser-bridge';
import { isTyping } from '../commands/command';
import { dispatch } from '../commands/dispatcher';
import { commandForKey, keyPlatformOf } from '../commands/key-map';
import { openDocument, openText, settleUnsaved } from '../commands/file-commands';
import { copySelection, cutSelection } from '../grids/clipboard';
import { pasteAtSelection } from '../grids/paste';
import { translate } from '../i18n/translate';
import { localeOf } from '../../shared/lang';
import { isDirty } from '../state/document-store';
import type { AppServices } from '../hooks/services';
import { keepRecovery } from './recovery-keeper';

/**
 * Connects the workspace to the keyboard, the clipboard and the host:
 * shortcuts and menu commands go to the dispatcher, the title follows the
 * file and the dirty mark, and unsaved work is kept for crash recovery.
 */
export function useHostWiring(services: AppServices): void {
  const { bridge, documentStore, sessionStore } = services;

  useEffect(() => {
    const platform = keyPlatformOf(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && sessionStore.getState().cut && !isTyping()) sessionStore.getState().setCut(undefined);
      const id = commandForKey(event, platform, isTyping());
      if (!id) return;
      if (document.querySelector('.ag-cell-inline-editing')) return;
      event.preventDefault();
      void dispatch(id, services);
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping()) return;
      const text = copySelection(services);
      if (text === undefined) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      if (isTyping()) return;
      const text = cutSelection(services);
      if (text === undefined) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping()) return;
      void pasteAtSelection(services, event.clipboardData?.getData('text/plain') ?? '');
      event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (bridge.host !== 'browser' || !file) return;
      event.preventDefault();
      void readPickedFile(file).then(async (result) => {
        const { notify, lang } = services.sessionStore.getState();
        if (result.status === 'failed') notify({ kind: 'error', text: translate(lang, 'openFailedFile', { message: result.message }) });
        else if (result.status === 'opened' && (await settleUnsaved(services))) openText(services, result.file);
      });
    };
    const onDragOver = (event: DragEvent) => event.preventDefault();
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    // After a menu command the host hears the window state again, even if nothing changed: a save
    // asked for by "close with unsaved changes" must be answered whether it succeeded or not.
    const offCommand = bridge.onCommand((id) => void dispatch(id, services).then(() => reportWindowState(services)));
    const offOpen = bridge.onOpenPath((path) => void openDocument(services, path));
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onDragOver);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
      offCommand();
      offOpen();
    };
  }, [bridge, services, sessionStore]);

  useEffect(() => {
    const update = () => void reportWindowState(services, true);
    update();
    const offDocument = documentStore.subscribe(update);
    const offSession = sessionStore.subscribe(update);
    return () => {
      offDocument();
      offSession();
    };
  }, [services, documentStore, sessionStore]);

  useEffect(() => keepRecovery(services), [services]);

  useEffect(() => {
    void offerRecovery(services);
  }, [services]);
}

/** Sets the title (`name.tokencast — Tokencast`, with • when unsaved) and tells the host whether there are unsaved changes. */
async function reportWindowState(services: AppServices, onlyIfChanged = false): Promise<void> {
  const { fileName, lang } = services.sessionStore.getState();
  const dirty = isDirty(services.documentStore.getState());
  const title = `${dirty ? '• ' : ''}${fileName ?? translate(lang, 'untitled')} — Tokencast`;
  if (onlyIfChanged && title === document.title) return;
  document.title = title;
  await services.bridge.setWindowState(title, dirty);
}

/** At start, offers to restore unsaved work left by a window that ended without saving (never another open window's). */
async function offerRecovery(services: AppServices): Promise<void> {
  const entries = await services.bridge.listRecovery();
  const { ask, lang } = services.sessionStore.getState();
  for (const entry of entries.sort((a, b) => b.savedAtMs - a.savedAtMs)) {
    const answer = await ask({
      title: translate(lang, 'restoreTitle'),
      message: `${entry.name || translate(lang, 'untitled')} — ${new Date(entry.savedAtMs).toLocaleString(localeOf(lang))}`,
      buttons: [{ id: 'restore', label: translate(lang, 'restore') }, { id: 'discard', label: translate(lang, 'discard') }, { id: 'cancel', label: translate(lang, 'cancel') }],
    });
    if (answer.button === 'cancel') return;
    if (answer.button === 'restore') openText(services, { path: entry.path, name: entry.name || undefined, text: entry.text, modifiedMs: undefined }, true);
    await services.bridge.clearRecovery(entry.id);
    if (answer.button === 'restore') return;
  }
}
