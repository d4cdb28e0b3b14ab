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
