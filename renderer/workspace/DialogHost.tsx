import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useSession } from '../hooks/store-hooks';
import { cycleFocus } from './focus-cycle';

/**
 * Shows the session's open dialog as a modal <dialog>: the rest of the page
 * is inert, Tab cycles inside it, Enter in the text field presses the first
 * button, Escape cancels, and the keyboard goes back where it was when the
 * dialog closes.
 */
export function DialogHost() {
  const dialog = useSession((state) => state.dialog);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const element = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const shown = element.current;
    if (!dialog || !shown) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    setValue(dialog.input?.value ?? '');
    setProblem(undefined);
    if (!shown.open) shown.showModal();
    (field.current ?? first.current)?.focus();
    return () => {
      shown.close();
      returnTo?.focus();
    };
  }, [dialog]);
  if (!dialog) return null;
  const answer = (button: string) => {
    const refused = button === dialog.buttons[0]!.id ? dialog.input?.apply?.(value) : undefined;
    if (refused === undefined) return dialog.answer({ button, value });
    setProblem(refused);
    field.current?.focus();
  };
  const cancel = dialog.buttons.some((b) => b.id === 'cancel') ? 'cancel' : dialog.buttons[dialog.buttons.length - 1]!.id;
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      // The key is spent here: focus goes back to the button that opened the dialog, which would take the same Enter as a click.
      event.preventDefault();
      answer(dialog.buttons[0]!.id);
      return;
    }
    cycleFocus(event);
  };
  return (
    <dialog ref={element} aria-labelledby="dialog-title" className="dialog" onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        answer(cancel);
      }}>
      <h2 id="dialog-title">{dialog.title}</h2>
      {dialog.message ? <p>{dialog.message}</p> : null}
      {dialog.input ? (
        <label>
          {dialog.input.label}
          <input ref={field} value={value} spellCheck={false} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'dialog-problem' : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setProblem(undefined);
            }} />
        </label>
      ) : null}
      {problem ? <p id="dialog-problem" className="dialog-problem" role="alert">{problem}</p> : null}
      <div className="dialog-buttons">
        {dialog.buttons.map((button, i) => (
          <button key={button.id} ref={i === 0 ? first : undefined} type="button" onClick={() => answer(button.id)}>{button.label}</button>
        ))}
      </div>
    </dialog>
  );
}
