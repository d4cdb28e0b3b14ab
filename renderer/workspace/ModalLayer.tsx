import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { cycleFocus, firstFocusable } from './focus-cycle';

/**
 * A modal window drawn by React (the pickers, the source dialog), as a
 * native modal <dialog>: it sits in the top layer over the whole window
 * (inside a grid section it was clipped to the section), the rest of the
 * page is inert, Tab cycles inside it, Escape closes it, and the keyboard
 * goes back where it was when it closes.
 */
export function ModalLayer({ labelledBy, onClose, children }: { labelledBy: string; onClose: () => void; children: ReactNode }) {
  const element = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const shown = element.current!;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!shown.open) shown.showModal();
    if (!shown.contains(document.activeElement)) firstFocusable(shown)?.focus();
    return () => {
      shown.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <dialog ref={element} className="modal-layer" aria-labelledby={labelledBy} onKeyDown={cycleFocus}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}>
      {children}
    </dialog>
  );
}
