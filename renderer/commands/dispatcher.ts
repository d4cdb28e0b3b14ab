import type { CommandId } from '../../shared/ipc';
import type { AppServices } from '../hooks/services';
import type { Command } from './command';
import { editCommands } from './edit-commands';
import { fileCommands } from './file-commands';
import { viewCommands } from './view-commands';

/** Every command by id: the one place keyboard, toolbar, context menu and native menu go through. */
export const commands: ReadonlyMap<CommandId, Command> = new Map([...fileCommands, ...editCommands, ...viewCommands].map((command) => [command.id, command]));

/** Runs a command; failures become a notice rather than an uncaught error. */
export async function dispatch(id: CommandId, services: AppServices): Promise<void> {
  try {
    await commands.get(id)?.run(services);
  } catch (error) {
    services.sessionStore.getState().notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }
}

function shortcutOf(event: KeyboardEvent): string {
  const mac = navigator.platform.toLowerCase().includes('mac');
  const parts: string[] = [];
  if (mac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (mac && event.ctrlKey) parts.push('Ctrl');
  if (event.shiftKey) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  parts.push(event.key.length === 1 ? event.key.toUpperCase() : event.key);
  return parts.join('+');
}

/** The command a key press means, if any (Ctrl+Y is redo on Windows and Linux). */
export function commandForKey(event: KeyboardEvent): CommandId | undefined {
  const pressed = shortcutOf(event);
  const alternative = pressed.replace(/^Mod\+/, 'Ctrl+');
  for (const command of commands.values()) {
    if (command.shortcuts?.some((shortcut) => shortcut.toUpperCase() === pressed.toUpperCase() || shortcut.toUpperCase() === alternative.toUpperCase())) return command.id;
  }
  return undefined;
}
