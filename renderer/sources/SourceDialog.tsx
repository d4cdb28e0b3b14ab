import { useEffect, useRef, useState } from 'react';
import type { CellSource } from '../../shared/scenario-schema';
import { useT } from '../hooks/store-hooks';
import { ModalLayer } from '../workspace/ModalLayer';

/** Edits a cell's source and as-of date; Enter saves, Escape cancels. The catalog link stays as it is. */
export function SourceDialog({ title, initial, onDone }: { title: string; initial: CellSource | undefined; onDone: (source: CellSource | undefined) => void }) {
  const t = useT();
  const [text, setText] = useState(initial?.source ?? '');
  const [date, setDate] = useState(initial?.asOf ?? '');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const save = () => onDone({ source: text, asOf: date.trim(), catalog: initial?.catalog });
  return (
    <ModalLayer labelledBy="source-dialog-title" onClose={() => onDone(undefined)}>
      <div className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            // Spent here, or the button that opened the dialog would take it as a click and open it again.
            event.preventDefault();
            save();
          }
        }}>
        <h2 id="source-dialog-title">{title}</h2>
        <label>{t('sourceText')}<input ref={first} value={text} onChange={(event) => setText(event.target.value)} /></label>
        <label>{t('sourceDate')}<input value={date} placeholder="2026-07-24" onChange={(event) => setDate(event.target.value)} /></label>
        <p className="dialog-hint">{t('sourceRowHint')}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={save}>{t('ok')}</button>
          <button type="button" onClick={() => onDone(undefined)}>{t('cancel')}</button>
        </div>
      </div>
    </ModalLayer>
  );
}
