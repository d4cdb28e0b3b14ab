import type { CommandId } from '../../shared/ipc';
import type { AppServices } from '../hooks/services';

/** A command: what the menu, the toolbar and the keyboard all run. */
export interface Command {
  readonly id: CommandId;
  /** Keyboard shortcut: `Mod` is Ctrl (Cmd on macOS), e.g. `Mod+Shift+Z`. */
  readonly shortcuts?: readonly string[];
  readonly run: (services: AppServices) => void | Promise<void>;
}

/** True when focus is in a text field, where the keyboard belongs to the field. */
export function isTyping(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active instanceof HTMLElement && active.isContentEditable);
}
