import type { CommandId } from '../../shared/ipc';
import type { AppServices } from '../hooks/services';

/** A command: what the menu, the toolbar and the keyboard all run. */
export interface Command {
  /** Its label and shortcut are declared with the id in shared/commands.ts. */
  readonly id: CommandId;
  readonly run: (services: AppServices) => void | Promise<void>;
}

/** True when focus is in a text field, where the keyboard belongs to the field. */
export function isTyping(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active instanceof HTMLElement && active.isContentEditable);
}
