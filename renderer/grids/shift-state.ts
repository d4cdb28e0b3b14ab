/**
 * Whether the last click or key press that could move focus had Shift down.
 * AG Grid's focus event does not say, and it arrives late — after Shift's own
 * keyup — so that keyup is not taken as the end of a block selection.
 */
let down = false;

const track = (event: KeyboardEvent | MouseEvent) => {
  if (event.type === 'keyup' && (event as KeyboardEvent).key === 'Shift') return;
  down = event.shiftKey;
};
for (const type of ['keydown', 'keyup', 'pointerdown', 'mousedown'] as const) window.addEventListener(type, track, true);

/** True when the focus move now being reported was made with Shift. */
export function shiftHeld(): boolean {
  return down;
}
