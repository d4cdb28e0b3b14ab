import { useEffect, useRef, useState } from 'react';
import { useSession } from '../app/hooks';

/** Shows the session's open dialog; Enter presses the first button, Escape cancels. */
export function DialogHost() {
  const dialog = useSession((state) => state.dialog);
  const [value, setValue] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setValue(dialog?.input?.value ?? '');
    requestAnimationFrame(() => (field.current ?? first.current)?.focus());
  }, [dialog]);
  if (!dialog) return null;
  const answer = (button: string) => dialog.answer({ button, value });
  const cancel = dialog.buttons.some((b) => b.id === 'cancel') ? 'cancel' : dialog.buttons[dialog.buttons.length - 1]!.id;
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="dialog-title" className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') answer(cancel);
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) answer(dialog.buttons[0]!.id);
        }}>
        <h2 id="dialog-title">{dialog.title}</h2>
        {dialog.message ? <p>{dialog.message}</p> : null}
        {dialog.input ? (
          <label>
            {dialog.input.label}
            <input ref={field} value={value} onChange={(event) => setValue(event.target.value)} spellCheck={false} />
          </label>
        ) : null}
        <div className="dialog-buttons">
          {dialog.buttons.map((button, i) => (
            <button key={button.id} ref={i === 0 ? first : undefined} type="button" onClick={() => answer(button.id)}>{button.label}</button>
          ))}
        </div>
      </div>
    </div>
  );
}
