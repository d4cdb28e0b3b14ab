import { clearSelection, copySelection, pasteAtSelection } from '../grids/clipboard';
import { isTyping, type Command } from './command';

/** Runs the browser's own editing action in a focused text field. */
function inField(action: 'undo' | 'redo' | 'cut' | 'copy' | 'paste'): boolean {
  if (!isTyping()) return false;
  // execCommand is deprecated but still the only way to drive a field's own undo stack from a menu.
  document.execCommand(action);
  return true;
}

/** The Edit menu's commands. Clipboard shortcuts are handled by the copy/paste events (see useClipboard). */
export const editCommands: Command[] = [
  { id: 'edit.undo', shortcuts: ['Mod+Z'], run: (services) => void (inField('undo') || services.documentStore.getState().undo()) },
  { id: 'edit.redo', shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'], run: (services) => void (inField('redo') || services.documentStore.getState().redo()) },
  {
    id: 'edit.copy',
    async run(services) {
      if (inField('copy')) return;
      const text = copySelection(services);
      if (text !== undefined) await navigator.clipboard.writeText(text);
    },
  },
  {
    id: 'edit.cut',
    async run(services) {
      if (inField('cut')) return;
      const text = copySelection(services);
      if (text === undefined) return;
      await navigator.clipboard.writeText(text);
      clearSelection(services);
    },
  },
  {
    id: 'edit.paste',
    async run(services) {
      if (inField('paste')) return;
      pasteAtSelection(services, await navigator.clipboard.readText());
    },
  },
  {
    id: 'edit.find',
    shortcuts: ['Mod+F'],
    run() {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Cell reference"], input[data-role="name-box"]');
      box?.focus();
      box?.select();
    },
  },
];
