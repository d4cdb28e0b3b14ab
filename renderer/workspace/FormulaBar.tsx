import { useEffect, useRef, useState } from 'react';
import { useServices } from '../hooks/services';
import { useDocument, useRefs, useSession, useT } from '../hooks/store-hooks';
import { focusCell } from '../grids/grid-registry';
import { commitTyped } from '../grids/typed-input';
import { suggestionsFor, tokenBefore } from './autocomplete';
import { ColumnFormulaControls } from './ColumnFormulaControls';

/**
 * The formula bar: the selected cell's content as typed. Enter commits,
 * Escape cancels, and either gives the keyboard back to the cell (as in
 * Excel), so arrows move on; while typing a formula, references and
 * functions are suggested (arrows to choose, Tab or Enter to take one).
 */
export function FormulaBar() {
  const services = useServices();
  const t = useT();
  const selected = useSession((state) => state.selected);
  const stored = useDocument((state) => (selected === undefined ? undefined : state.engine.input(selected)));
  const refs = useRefs();
  const shown = stored === undefined || stored === null ? '' : String(stored);
  const [draft, setDraft] = useState(shown);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(-1);
  // Why the text was refused, beside the bar until the text changes: the text stays, so it can be fixed.
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setDraft(shown);
    setProblem(undefined);
  }, [shown, selected]);
  const refused = useSession((state) => state.refusedText);
  useEffect(() => {
    if (!refused) return;
    // The grid may have moved on after the edit (Enter goes down): come back to the refused cell.
    if (refused.ref !== selected) {
      services.sessionStore.getState().select(refused.ref);
      return;
    }
    setDraft(refused.text);
    services.sessionStore.getState().keepRefusedText(undefined);
    input.current?.focus();
  }, [refused, selected, services]);

  const token = tokenBefore(draft, caret);
  const suggestions = token ? suggestionsFor(token.token, refs) : [];

  const accept = (suggestion: string) => {
    if (!token) return;
    const next = draft.slice(0, token.start) + suggestion + draft.slice(caret);
    const position = token.start + suggestion.length;
    setDraft(next);
    setCaret(position);
    setActive(-1);
    requestAnimationFrame(() => input.current?.setSelectionRange(position, position));
  };
  const commit = () => {
    if (!selected) return;
    const refused = commitTyped(services, selected, draft);
    setProblem(refused);
    if (refused === undefined) focusCell(services.documentStore.getState().scenario, selected);
  };

  return (
    <div className="formula-bar">
      <span className="fx" aria-hidden>ƒx</span>
      <input
        ref={input}
        aria-label="Formula"
        role="combobox"
        aria-controls="formula-suggestions"
        spellCheck={false}
        disabled={!selected}
        placeholder={t('formula')}
        value={draft}
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        aria-invalid={problem !== undefined || undefined}
        aria-describedby={problem !== undefined ? 'formula-problem' : undefined}
        onChange={(event) => {
          setProblem(undefined);
          setDraft(event.target.value);
          setCaret(event.target.selectionStart ?? event.target.value.length);
          setActive(-1);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onKeyDown={(event) => {
          if (suggestions.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
          } else if (suggestions.length > 0 && (event.key === 'Tab' || (event.key === 'Enter' && active >= 0))) {
            event.preventDefault();
            accept(suggestions[Math.max(active, 0)]!);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(shown);
            setProblem(undefined);
            setActive(-1);
            if (selected) focusCell(services.documentStore.getState().scenario, selected);
          }
        }}
        onBlur={() => setActive(-1)}
      />
      {problem !== undefined ? <span id="formula-problem" className="formula-problem" role="alert">{problem}</span> : null}
      {selected ? <ColumnFormulaControls selected={selected} draft={draft} /> : null}
      {suggestions.length > 0 && document.activeElement === input.current ? (
        <ul className="suggestions" id="formula-suggestions" role="listbox" aria-label="Suggestions">
          {suggestions.map((suggestion, i) => (
            <li key={suggestion} role="option" aria-selected={i === active} onMouseDown={(event) => { event.preventDefault(); accept(suggestion); }}>
              {suggestion}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
