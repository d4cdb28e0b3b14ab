import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A layer over the whole window for a modal drawn by React (the pickers, the
 * source dialog), mounted on the body: inside a grid section, a scrolling or
 * contained ancestor clipped it to that section.
 */
export function ModalLayer({ children }: { children: ReactNode }) {
  return createPortal(<div className="dialog-backdrop">{children}</div>, document.body);
}
