import { describe, expect, it } from 'vitest';
import type { KeyPlatform, KeyPress } from '../../../shared/accelerators';
import { COMMANDS, commandKeys, type CommandDescriptor } from '../../../shared/commands';
import { commandForKey, keyPlatformOf } from '../../../renderer/commands/key-map';

/** The press a user makes for an accelerator: letters arrive in lower case unless Shift is down, as browsers send them. */
function pressOf(accelerator: string, platform: KeyPlatform): KeyPress {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const has = (modifier: string) => parts.includes(modifier);
  const shiftKey = has('Shift');
  return {
    key: key.length === 1 && !shiftKey ? key.toLowerCase() : key,
    ctrlKey: has('Ctrl') || (platform === 'other' && has('CmdOrCtrl')),
    metaKey: has('Cmd') || (platform === 'mac' && has('CmdOrCtrl')),
    shiftKey,
    altKey: has('Alt'),
  };
}

const keys = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });
const runByKeys = (command: CommandDescriptor) => command.keyHandler !== 'clipboard-events' && command.keyHandler !== 'menu';

describe('the key map', () => {
  for (const platform of ['mac', 'other'] as const) {
    it(`finds every command from each of its keys on ${platform === 'mac' ? 'macOS' : 'Windows and Linux'}`, () => {
      for (const command of COMMANDS.filter(runByKeys)) {
        for (const accelerator of commandKeys(command, platform)) expect(commandForKey(pressOf(accelerator, platform), platform, false), accelerator).toBe(command.id);
      }
    });
  }

  it('saves with Cmd+S on a Mac and Ctrl+S elsewhere, not the other way round', () => {
    expect(commandForKey(keys('s', { metaKey: true }), 'mac', false)).toBe('file.save');
    expect(commandForKey(keys('s', { ctrlKey: true }), 'other', false)).toBe('file.save');
    expect(commandForKey(keys('s', { ctrlKey: true }), 'mac', false)).toBeUndefined();
  });

  it('redoes with Ctrl+Y and Ctrl+Shift+Z on Windows and Linux', () => {
    expect(commandForKey(keys('y', { ctrlKey: true }), 'other', false)).toBe('edit.redo');
    expect(commandForKey(keys('Z', { ctrlKey: true, shiftKey: true }), 'other', false)).toBe('edit.redo');
  });

  it('redoes with Cmd+Shift+Z, Cmd+Y and Ctrl+Y on a Mac', () => {
    expect(commandForKey(keys('Z', { metaKey: true, shiftKey: true }), 'mac', false)).toBe('edit.redo');
    expect(commandForKey(keys('y', { metaKey: true }), 'mac', false)).toBe('edit.redo');
    expect(commandForKey(keys('y', { ctrlKey: true }), 'mac', false)).toBe('edit.redo');
  });

  it('deletes with Delete and with Backspace', () => {
    expect(commandForKey(keys('Delete'), 'other', false)).toBe('edit.delete');
    expect(commandForKey(keys('Backspace'), 'mac', false)).toBe('edit.delete');
  });

  it('tells Shift+F6 from F6', () => {
    expect(commandForKey(keys('F6'), 'other', false)).toBe('view.nextPane');
    expect(commandForKey(keys('F6', { shiftKey: true }), 'other', false)).toBe('view.previousPane');
  });

  it('leaves undo, redo, delete and select all to a text field being typed in', () => {
    for (const press of [keys('z', { ctrlKey: true }), keys('y', { ctrlKey: true }), keys('Delete'), keys('Backspace'), keys('a', { ctrlKey: true })]) {
      expect(commandForKey(press, 'other', true), press.key).toBeUndefined();
    }
  });

  it('still saves, finds and moves between panes from a text field', () => {
    expect(commandForKey(keys('s', { ctrlKey: true }), 'other', true)).toBe('file.save');
    expect(commandForKey(keys('f', { ctrlKey: true }), 'other', true)).toBe('edit.find');
    expect(commandForKey(keys('F6'), 'other', true)).toBe('view.nextPane');
  });

  it('leaves copy, cut and paste to the clipboard events', () => {
    for (const key of ['c', 'x', 'v']) expect(commandForKey(keys(key, { ctrlKey: true }), 'other', false), key).toBeUndefined();
  });

  it('leaves Close to the menu', () => {
    expect(commandForKey(keys('w', { ctrlKey: true }), 'other', false)).toBeUndefined();
    expect(commandForKey(keys('w', { metaKey: true }), 'mac', false)).toBeUndefined();
  });

  it('knows nothing of keys no command has', () => {
    expect(commandForKey(keys('q', { ctrlKey: true }), 'other', false)).toBeUndefined();
    expect(commandForKey(keys('s'), 'other', false)).toBeUndefined();
  });

  it('takes every Mac for a Mac, and anything else for Windows and Linux', () => {
    expect(['MacIntel', 'Win32', 'Linux x86_64'].map(keyPlatformOf)).toEqual(['mac', 'other', 'other']);
  });
});
