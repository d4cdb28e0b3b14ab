import { useEffect, useState } from 'react';
import { cellCatalog } from '../../models/scenario';
import { useServices, type AppServices } from '../app/app-context';
import { useRefs, useSession, useT } from '../app/hooks';
import { positionOf, valueColumns } from '../grids/grid-geometry';
import { revealCell } from '../grids/grid-registry';

/** Selects a cell by reference, or else by the first label that contains the text, and reveals it. */
export function goToCell(services: AppServices, text: string): boolean {
  const { scenario } = services.documentStore.getState();
  const wanted = text.trim();
  let ref = positionOf(scenario, wanted) ? wanted : undefined;
  if (!ref) {
    const needle = wanted.toLowerCase();
    const { lang } = services.sessionStore.getState();
    ref = [...cellCatalog(scenario).values()].find((info) => info.ref.includes(needle) || info.label[lang].toLowerCase().includes(needle))?.ref;
  }
  const position = ref ? positionOf(scenario, ref) : undefined;
  if (!ref || !position) return false;
  services.sessionStore.getState().select(ref);
  revealCell(position.grid.name, position.rowIndex, valueColumns(position.grid)[position.columnIndex]!);
  return true;
}

/** The Name Box: shows the selected cell's reference; typing a reference and Enter goes there. */
export function NameBox() {
  const services = useServices();
  const t = useT();
  const selected = useSession((state) => state.selected);
  const refs = useRefs();
  const [draft, setDraft] = useState(selected ?? '');
  useEffect(() => setDraft(selected ?? ''), [selected]);
  return (
    <>
      <input
        className="name-box"
        aria-label="Cell reference"
        data-role="name-box"
        list="all-refs"
        spellCheck={false}
        placeholder={t('cellReference')}
        title={t('findPrompt')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(selected ?? '');
            event.currentTarget.blur();
          }
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (!goToCell(services, draft)) services.sessionStore.getState().notify({ kind: 'error', text: t('unknownRef', { ref: draft }) });
        }}
      />
      <datalist id="all-refs">
        {refs.map((ref) => <option key={ref} value={ref} />)}
      </datalist>
    </>
  );
}
