/**
 * Shortcuts in one notation for the native menu and the renderer's keys:
 * Electron's accelerators ('CmdOrCtrl+Shift+S', 'F6'). The menu shows them
 * as they are; the renderer compares key presses with them here, so a
 * shortcut is written once and both sides read the same string.
 */

/**
 * A shortcut in Electron's accelerator notation: modifiers `CmdOrCtrl`,
 * `Cmd`, `Ctrl`, `Shift`, `Alt`, then one key named as `KeyboardEvent.key`
 * names it ('A', '=', '0', 'Delete', 'Backspace', 'F6'), a name Electron
 * reads the same way. `Cmd` alone is for the macOS side of a {@link Shortcut}.
 */
export type Accelerator = string;

/** A shortcut: one accelerator on every platform, or one for macOS and one for Windows and Linux where they differ. */
export type Shortcut = Accelerator | { readonly mac: Accelerator; readonly other: Accelerator };

/** The two keyboards shortcuts are written for: macOS (Cmd), and Windows and Linux (Ctrl). */
export type KeyPlatform = 'mac' | 'other';

/** What a key press carries, as a DOM `KeyboardEvent` has it. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The accelerator a shortcut has on a platform. */
export function acceleratorOn(shortcut: Shortcut, platform: KeyPlatform): Accelerator {
  return typeof shortcut === 'string' ? shortcut : shortcut[platform];
}

interface Chord {
  cmd: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

// One spelling per chord, so that a press and an accelerator compare as strings. Keys compare
// without case: Ctrl+S arrives as 's', Ctrl+Shift+S as 'S'.
const spell = ({ cmd, ctrl, shift, alt, key }: Chord) => [cmd && 'Cmd', ctrl && 'Ctrl', shift && 'Shift', alt && 'Alt', key.toUpperCase()].filter(Boolean).join('+');

/**
 * The chord an accelerator means on a platform, in one spelling
 * ('Cmd+Shift+Z' on macOS, 'Ctrl+Y' elsewhere): two accelerators are the
 * same shortcut when their chords are equal. Throws on a modifier the
 * notation does not have, or `Cmd` off macOS, so a typo fails the tests
 * rather than leaving a shortcut that never fires.
 */
export function chordOfAccelerator(accelerator: Accelerator, platform: KeyPlatform): string {
  const parts = accelerator.split('+');
  const chord: Chord = { cmd: false, ctrl: false, shift: false, alt: false, key: parts.pop() ?? '' };
  for (const modifier of parts) {
    if (modifier === 'CmdOrCtrl') chord[platform === 'mac' ? 'cmd' : 'ctrl'] = true;
    else if (modifier === 'Cmd' && platform === 'mac') chord.cmd = true;
    else if (modifier === 'Ctrl') chord.ctrl = true;
    else if (modifier === 'Shift') chord.shift = true;
    else if (modifier === 'Alt') chord.alt = true;
    else throw new Error(`${accelerator}: no modifier ${modifier} on ${platform === 'mac' ? 'macOS' : 'Windows and Linux'}`);
  }
  if (chord.key === '') throw new Error(`${accelerator}: no key`);
  return spell(chord);
}

// The chord of a key press, spelt as chordOfAccelerator spells accelerators. Off macOS the Meta
// (Windows, Super) key is no part of any shortcut and is left out, as the key map always did.
function chordOfPress(press: KeyPress, platform: KeyPlatform): string {
  return spell({ cmd: platform === 'mac' && press.metaKey, ctrl: press.ctrlKey, shift: press.shiftKey, alt: press.altKey, key: press.key });
}

/** Whether a key press is an accelerator's shortcut on a platform (Cmd on macOS, Ctrl elsewhere, for `CmdOrCtrl`). */
export function pressMatches(press: KeyPress, accelerator: Accelerator, platform: KeyPlatform): boolean {
  return chordOfPress(press, platform) === chordOfAccelerator(accelerator, platform);
}

/** The modifiers of an accelerator on a platform, in the order a menu shows them, and its key. */
function partsOf(accelerator: Accelerator, platform: KeyPlatform): { modifiers: Array<'ctrl' | 'alt' | 'shift' | 'cmd'>; key: string } {
  const chord = chordOfAccelerator(accelerator, platform).split('+');
  const key = chord.pop()!;
  const order = ['Ctrl', 'Alt', 'Shift', 'Cmd'] as const;
  return { modifiers: order.filter((name) => chord.includes(name)).map((name) => name.toLowerCase() as 'ctrl' | 'alt' | 'shift' | 'cmd'), key: key.length === 1 ? key : accelerator.split('+').pop()! };
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', cmd: '⌘' } as const;
const OTHER_NAMES = { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Cmd' } as const;

/** A shortcut as a menu writes it on a platform: "⇧⌘S" on macOS, "Ctrl+Shift+S" on Windows and Linux. */
export function shortcutText(accelerator: Accelerator, platform: KeyPlatform): string {
  const { modifiers, key } = partsOf(accelerator, platform);
  return platform === 'mac' ? `${modifiers.map((m) => MAC_SYMBOLS[m]).join('')}${key}` : [...modifiers.map((m) => OTHER_NAMES[m]), key].join('+');
}

const ARIA_NAMES = { ctrl: 'Control', alt: 'Alt', shift: 'Shift', cmd: 'Meta' } as const;
/** The order the ARIA examples write modifiers in: the command key first, Shift last. */
const ARIA_ORDER = ['cmd', 'ctrl', 'alt', 'shift'] as const;

/** A shortcut in the notation of `aria-keyshortcuts` ("Control+Shift+S", "Meta+Shift+Z"). */
export function ariaKeyShortcut(accelerator: Accelerator, platform: KeyPlatform): string {
  const { modifiers, key } = partsOf(accelerator, platform);
  return [...ARIA_ORDER.filter((m) => modifiers.includes(m)).map((m) => ARIA_NAMES[m]), key].join('+');
}
