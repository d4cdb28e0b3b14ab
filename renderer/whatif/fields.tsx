import { useId } from 'react';

/** A labelled text field offering references (a datalist), for inputs and outputs. */
export function RefField({ label, value, onChange, options, labelOf, placeholder, name }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  labelOf: (ref: string) => string;
  placeholder?: string;
  name: string;
}) {
  const list = useId();
  return (
    <label className="wi-field wi-ref">
      <span>{label}</span>
      <input value={value} onChange={(event) => onChange(event.target.value)} list={list} spellCheck={false} placeholder={placeholder} data-field={name} />
      <datalist id={list}>
        {options.map((ref) => <option key={ref} value={ref}>{labelOf(ref)}</option>)}
      </datalist>
    </label>
  );
}

/** A labelled text field for a number (read as the app reads typed numbers: 1,200, 15%, $2.50). */
export function NumberField({ label, value, onChange, name, width = 110 }: { label: string; value: string; onChange: (value: string) => void; name: string; width?: number }) {
  return (
    <label className="wi-field">
      <span>{label}</span>
      <input value={value} onChange={(event) => onChange(event.target.value)} inputMode="decimal" spellCheck={false} data-field={name} style={{ width }} />
    </label>
  );
}
