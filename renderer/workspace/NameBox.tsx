import { useEffect, useMemo, useState } from 'react';
import { useServices, type AppServices } from '../hooks/services';
import { catalogOf, useRefs, useSession, useT } from '../hooks/store-hooks';
import { positionOf } from '../grids/grid-geometry';
import { focusCell } from '../grids/grid-registry';

/** How many references the Name Box suggests while typing (a document may hold 100k). */
const SUGGESTION_LIMIT = 30;

/** Selects a cell by reference, or else by the first label that contains the text, and reveals it. */
export function goToCell(services: AppServices, text: string): boolean {
  const { scenario } = services.documentStore.getState();
  const wanted = text.trim();
  let ref = positionOf(scenario, wanted) ? wanted : undefined;
  if (!ref) {
    const needle = wanted.toLowerCase();
    const { lang } = services.sessionStore.getState();
    ref = [...catalogOf(services.documentStore.getState()).values()].find((info) => info.ref.includes(needle) || info.label[lang].toLowerCase().includes(needle))?.ref;
  }
  if (!ref || !positionOf(scenario, ref)) return false;
  services.sessionStore.getState().select(ref);
  focusCell(scenario, ref);
  return true;
}

/** The references that start with, then contain, what was typed. */
function matching(refs: readonly string[], text: string): string[] {
  const needle = text.trim().toLowerCase();
  const found: string[] = [];
  for (const ref of refs) if (ref.startsWith(needle) && found.push(ref) >= SUGGESTION_LIMIT) return found;
  for (const ref of refs) if (!ref.startsWith(needle) && ref.includes(needle) && found.push(ref) >= SUGGESTION_LIMIT) return found;
  return found;
}

/** The Name Box: shows the selected cell's reference; typing a reference and Enter goes there. */
export function NameBox() {
  const services = useServices();
  const t = useT();
  const selected = useSession((state) => state.selected);
  const refs = useRefs();
  const [draft, setDraft] = useState(selected ?? '');
  const [typing, setTyping] = useState(false);
  useEffect(() => setDraft(selected ?? ''), [selected]);
  const suggestions = useMemo(() => (typing ? matching(refs, draft) : []), [typing, refs, draft]);
  return (
    <>
      <input
        className="name-box"
        aria-label="Cell reference"
        data-role="name-box"
        list="ref-suggestions"
        spellCheck={false}
        placeholder={t('cellReference')}
        title={t('findPrompt')}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setTyping(true);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => setTyping(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(selected ?? '');
            event.currentTarget.blur();
          }
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setTyping(false);
          if (!goToCell(services, draft)) services.sessionStore.getState().notify({ kind: 'error', text: t('unknownRef', { ref: draft }) });
        }}
      />
      <datalist id="ref-suggestions">
        {suggestions.map((ref) => <option key={ref} value={ref} />)}
      </datalist>
    </>
  );
}
