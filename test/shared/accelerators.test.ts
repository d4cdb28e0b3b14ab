import { describe, expect, it } from 'vitest';
import { acceleratorOn, ariaKeyShortcut, chordOfAccelerator, pressMatches, shortcutText, type KeyPress } from '../../shared/accelerators';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('accelerators', () => {
  it('take Cmd for CmdOrCtrl on a Mac', () => {
    expect(pressMatches(press('s', { metaKey: true }), 'CmdOrCtrl+S', 'mac')).toBe(true);
    expect(pressMatches(press('s', { ctrlKey: true }), 'CmdOrCtrl+S', 'mac')).toBe(false);
  });

  it('take Ctrl for CmdOrCtrl on Windows and Linux', () => {
    expect(pressMatches(press('s', { ctrlKey: true }), 'CmdOrCtrl+S', 'other')).toBe(true);
    expect(pressMatches(press('s'), 'CmdOrCtrl+S', 'other')).toBe(false);
  });

  it('keep Ctrl as Ctrl on a Mac', () => {
    expect(pressMatches(press('y', { ctrlKey: true }), 'Ctrl+Y', 'mac')).toBe(true);
    expect(pressMatches(press('y', { metaKey: true }), 'Ctrl+Y', 'mac')).toBe(false);
  });

  it('ignore the Windows key off a Mac', () => {
    expect(pressMatches(press('s', { ctrlKey: true, metaKey: true }), 'CmdOrCtrl+S', 'other')).toBe(true);
  });

  it('compare letters without case, so Shift does not change the key', () => {
    expect(pressMatches(press('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', 'other')).toBe(true);
  });

  it('want every modifier pressed, and no other', () => {
    expect(pressMatches(press('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+S', 'other')).toBe(false);
    expect(pressMatches(press('F6', { shiftKey: true }), 'F6', 'other')).toBe(false);
    expect(pressMatches(press('F6', { altKey: true }), 'F6', 'other')).toBe(false);
  });

  it('name keys as KeyboardEvent does: punctuation, digits, Delete, function keys', () => {
    expect(pressMatches(press('=', { ctrlKey: true }), 'CmdOrCtrl+=', 'other')).toBe(true);
    expect(pressMatches(press('-', { ctrlKey: true }), 'CmdOrCtrl+-', 'other')).toBe(true);
    expect(pressMatches(press('0', { ctrlKey: true }), 'CmdOrCtrl+0', 'other')).toBe(true);
    expect(pressMatches(press('Delete'), 'Delete', 'mac')).toBe(true);
    expect(pressMatches(press('F6', { shiftKey: true }), 'Shift+F6', 'mac')).toBe(true);
  });

  it('spell the same chord the same way, whichever way it is written', () => {
    expect(chordOfAccelerator('CmdOrCtrl+Y', 'other')).toBe(chordOfAccelerator('Ctrl+Y', 'other'));
    expect(chordOfAccelerator('CmdOrCtrl+Y', 'mac')).toBe(chordOfAccelerator('Cmd+Y', 'mac'));
    expect(chordOfAccelerator('CmdOrCtrl+Y', 'mac')).not.toBe(chordOfAccelerator('Ctrl+Y', 'mac'));
  });

  it('refuse a modifier they do not know, and Cmd off a Mac', () => {
    expect(() => chordOfAccelerator('Hyper+S', 'other')).toThrow(/no modifier Hyper/);
    expect(() => chordOfAccelerator('Cmd+Shift+Z', 'other')).toThrow(/no modifier Cmd/);
  });

  it('pick the side of a shortcut that differs by platform', () => {
    const redo = { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' };
    expect([acceleratorOn(redo, 'mac'), acceleratorOn(redo, 'other'), acceleratorOn('F6', 'mac')]).toEqual(['Cmd+Shift+Z', 'Ctrl+Y', 'F6']);
  });

  it('are written as each platform\'s menus write them', () => {
    expect([shortcutText('CmdOrCtrl+Shift+S', 'mac'), shortcutText('CmdOrCtrl+Shift+S', 'other')]).toEqual(['⇧⌘S', 'Ctrl+Shift+S']);
    expect([shortcutText('Delete', 'other'), shortcutText('Shift+F6', 'mac'), shortcutText('CmdOrCtrl+=', 'other')]).toEqual(['Delete', '⇧F6', 'Ctrl+=']);
  });

  it('are given to assistive technology in the notation of aria-keyshortcuts', () => {
    expect([ariaKeyShortcut('CmdOrCtrl+Z', 'mac'), ariaKeyShortcut('CmdOrCtrl+Shift+S', 'other'), ariaKeyShortcut('F6', 'other')]).toEqual(['Meta+Z', 'Control+Shift+S', 'F6']);
  });
});

