import { clearSelection, selectWholeGrid } from '../grids/block-edits';
import { copySelection, cutSelection } from '../grids/clipboard';
import { pasteAtSelection } from '../grids/paste';
import { isTyping, type Command } from './command';

/** Runs the browser's own editing action in a focused text field. */
function inField(action: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll'): boolean {
  if (!isTyping()) return false;
  // execCommand is deprecated but still the only way to drive a field's own undo stack from a menu.
  document.execCommand(action);
  return true;
}

/** True when the keyboard is on the cells (a grid, or nothing in particular) rather than on a button or a panel. */
function onCells(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('.grid-section') !== null;
}

/**
 * The Edit menu's commands. Copy, cut and paste run here from the menu
 * only: their shortcuts are the browser's copy, cut and paste events (see
 * useHostWiring, and their keyHandler in shared/commands.ts), so they work
 * with the system clipboard and in text fields alike.
 */
export const editCommands: Command[] = [
  { id: 'edit.undo', run: (services) => void (inField('undo') || services.documentStore.getState().undo()) },
  { id: 'edit.redo', run: (services) => void (inField('redo') || services.documentStore.getState().redo()) },
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
      const text = cutSelection(services);
      if (text !== undefined) await navigator.clipboard.writeText(text);
    },
  },
  {
    id: 'edit.paste',
    async run(services) {
      if (inField('paste')) return;
      await pasteAtSelection(services, await navigator.clipboard.readText());
    },
  },
  {
    id: 'edit.delete',
    run(services) {
      if (!inField('delete') && onCells()) clearSelection(services);
    },
  },
  {
    id: 'edit.selectAll',
    run(services) {
      if (!inField('selectAll') && onCells()) selectWholeGrid(services);
    },
  },
  {
    id: 'edit.find',
    run() {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Cell reference"], input[data-role="name-box"]');
      box?.focus();
      box?.select();
    },
  },
];
