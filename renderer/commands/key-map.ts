import { pressMatches, type KeyPlatform, type KeyPress } from '../../shared/accelerators';
import { COMMANDS, commandKeys, type CommandDescriptor, type CommandId } from '../../shared/commands';

/** Whether the key map runs a command's shortcut, given where the focus is. */
function answers(command: CommandDescriptor, typing: boolean): boolean {
  const handler = command.keyHandler ?? 'app';
  return handler === 'app' || (handler === 'app-outside-fields' && !typing);
}

/**
 * The command a key press means in the window, if the key map runs it. The
 * keys are the ones shared/commands.ts declares, which the menu shows, so
 * the two cannot disagree. `typing` = the focus is in a text field: there
 * the field keeps its own editing keys (undo, delete, select all), while
 * Save, Find or F6 still work. Copy, cut and paste are never found here:
 * the browser's clipboard events carry them.
 */
export function commandForKey(press: KeyPress, platform: KeyPlatform, typing: boolean): CommandId | undefined {
  const command = COMMANDS.find((candidate) => commandKeys(candidate, platform).some((accelerator) => pressMatches(press, accelerator, platform)));
  return command && answers(command, typing) ? command.id : undefined;
}

/** The keyboard this window runs on, as navigator.platform tells it ('MacIntel' on every Mac). */
export function keyPlatformOf(navigatorPlatform: string): KeyPlatform {
  return navigatorPlatform.toLowerCase().includes('mac') ? 'mac' : 'other';
}
