import type { KeyboardEvent } from 'react';

/** What can take the keyboard inside a dialog, in order. */
const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The first control of a dialog that can take the keyboard. */
export function firstFocusable(container: HTMLElement): HTMLElement | undefined {
  return container.querySelector<HTMLElement>(FOCUSABLE) ?? undefined;
}

/** Tab and Shift+Tab cycle through a dialog's controls and never leave it, as in a modal window. */
export function cycleFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at === items.length - 1 ? 0 : at + 1);
  event.preventDefault();
  items[next]?.focus();
}
