import { describe, expect, it } from 'vitest';
import { chordOfAccelerator, type KeyPlatform } from '../../shared/accelerators';
import { COMMANDS, commandHint, commandIds, commandKeys, commandLabel, menuAccelerator } from '../../shared/commands';
import { commandIdSchema } from '../../shared/ipc';
import { LANGS } from '../../shared/lang';

const PLATFORMS: readonly KeyPlatform[] = ['mac', 'other'];

describe('the commands', () => {
  it('have a label in every UI language', () => {
    for (const command of COMMANDS) for (const lang of LANGS) expect(command.label[lang].trim(), `${command.id} in ${lang}`).not.toBe('');
  });

  it('are labelled in Title Case in English', () => {
    const lowercaseWords = new Set(['by', 'to']);
    for (const command of COMMANDS) {
      const words = command.label.en.split(' ').filter((word) => !lowercaseWords.has(word));
      expect(words.filter((word) => /^[a-z]/.test(word)), command.id).toEqual([]);
    }
  });

  it('each have their own id', () => {
    expect(new Set(commandIds).size).toBe(COMMANDS.length);
  });

  it('are exactly what the IPC contract accepts from the menu', () => {
    expect(commandIdSchema.options).toEqual(commandIds);
    expect(commandIdSchema.safeParse('file.print').success).toBe(false);
  });

  it('name each shortcut in the notation on both platforms', () => {
    for (const platform of PLATFORMS) {
      for (const command of COMMANDS) for (const accelerator of commandKeys(command, platform)) expect(() => chordOfAccelerator(accelerator, platform)).not.toThrow();
    }
  });

  it('never give one shortcut to two commands on one platform', () => {
    for (const platform of PLATFORMS) {
      const owner = new Map<string, string>();
      for (const command of COMMANDS) {
        for (const accelerator of commandKeys(command, platform)) {
          const chord = chordOfAccelerator(accelerator, platform);
          expect(owner.get(chord) ?? command.id, `${chord} on ${platform}`).toBe(command.id);
          owner.set(chord, command.id);
        }
      }
    }
  });

  it('show the platform\'s own redo in the menu', () => {
    expect([menuAccelerator('edit.redo', 'mac'), menuAccelerator('edit.redo', 'other')]).toEqual(['Cmd+Shift+Z', 'Ctrl+Y']);
  });

  it('show no shortcut for a command that has none', () => {
    expect(menuAccelerator('file.exportWorkbook', 'other')).toBeUndefined();
  });

  it('name a language in itself, whatever the UI speaks', () => {
    expect(LANGS.map((lang) => [commandLabel('view.lang.en', lang), commandLabel('view.lang.zh', lang)])).toEqual([['English', '中文'], ['English', '中文']]);
  });

  it('hint at a button\'s shortcut in its tooltip and its aria-keyshortcuts, and at nothing without one', () => {
    expect(commandHint('edit.undo', 'en', 'other')).toEqual({ title: 'Undo (Ctrl+Z)', ariaKeyShortcuts: 'Control+Z' });
    expect(commandHint('edit.redo', 'zh', 'mac')).toEqual({ title: '重做 (⇧⌘Z)', ariaKeyShortcuts: 'Meta+Shift+Z' });
    expect(commandHint('view.whatIf', 'en', 'other')).toEqual({});
  });
});

