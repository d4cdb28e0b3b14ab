import { useEffect, useMemo, useRef, useState } from 'react';
import { MODELS_GRID, searchCatalog, type PriceEntry } from '../../models/catalog';
import { cellRef, parseRef } from '../../models/engine';
import { formatNumber } from '../../models/format/format-value';
import type { PriceCatalog } from '../../shared/price-catalog-schema';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { priceCatalog, resetToBuiltinCatalog, usesImportedCatalog } from './price-catalog';
import { ModalLayer } from '../workspace/ModalLayer';

/** How many matches the list shows; more means the query should be longer. */
const SHOWN = 60;

/**
 * A searchable list of the catalog's models (name, provider, prices per 1M
 * tokens, context). Picking one fills the chosen Models row — or a new row —
 * with its prices, recording the entry, source and date in each price cell.
 */
export function ModelPicker({ onClose }: { onClose: () => void }) {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const selected = useSession((state) => state.selected);
  const grid = useDocument((state) => state.scenario.grids.find((g) => g.name === MODELS_GRID));
  const rows = useMemo(() => grid?.rows.map((row) => row.name) ?? [], [grid]);
  const selectedPlace = selected === undefined ? undefined : parseRef(selected);
  const selectedRow = selectedPlace?.grid === MODELS_GRID ? selectedPlace.row : undefined;
  const [catalog, setCatalog] = useState<PriceCatalog>();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<string>(selectedRow ?? '');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void priceCatalog(services.bridge).then(setCatalog);
    field.current?.focus();
  }, [services]);
  const results = useMemo(() => (catalog ? searchCatalog(catalog, query) : []), [catalog, query]);
  const shown = results.slice(0, SHOWN);
  const price = (value: number | null) => (value === null ? '—' : formatNumber(value, 'currency', lang));

  const pick = (entry: PriceEntry | undefined) => {
    if (!entry || !catalog) return;
    const { notify, select } = services.sessionStore.getState();
    let filled: string | undefined;
    const problem = services.documentStore.getState().pickModel(target || undefined, entry, catalog, (row) => (filled = row));
    if (problem) {
      notify({ kind: 'error', text: problem });
      return;
    }
    notify({ kind: 'info', text: t('picked', { row: cellRef(MODELS_GRID, filled!), id: entry.id, source: catalog.source, date: catalog.date }) });
    select(cellRef(MODELS_GRID, filled!, 'input_per_m'));
    onClose();
  };

  return (
    <ModalLayer labelledBy="picker-title" onClose={onClose}>
      <div className="dialog picker"
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, Math.min(shown.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1))));
          } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            // Spent here: the keyboard goes back to the button that opened the picker, which would take the same Enter as a click.
            event.preventDefault();
            pick(shown[active]);
          }
        }}>
        <h2 id="picker-title">{t('pickerTitle')}</h2>
        {catalog ? (
          <p className="picker-catalog">
            {t('pickerCatalog', { source: catalog.source, date: catalog.date, n: catalog.models.length })}
            {usesImportedCatalog() ? (
              <button type="button" className="picker-reset" onClick={() => void resetToBuiltinCatalog(services.bridge).then((shipped) => {
                setCatalog(shipped);
                setActive(0);
                services.sessionStore.getState().notify({ kind: 'info', text: t('catalogReset', { source: shipped.source, date: shipped.date }) });
              })}>{t('useShippedCatalog')}</button>
            ) : null}
          </p>
        ) : null}
        <div className="picker-controls">
          <input ref={field} aria-label={t('pickerSearch')} placeholder={t('pickerSearch')} value={query} spellCheck={false}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }} />
          <label className="picker-target">
            {t('pickerFill')}
            <select aria-label={t('pickerFill')} value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">{t('pickerNewRow')}</option>
              {rows.map((row) => <option key={row} value={row}>{t('pickerRow', { row })}</option>)}
            </select>
          </label>
        </div>
        <div className="picker-list">
          <table>
            <thead>
              <tr><th>{t('col.model')}</th><th>{t('col.provider')}</th><th>{t('col.input')}</th><th>{t('col.output')}</th><th>{t('col.cached')}</th><th>{t('col.context')}</th></tr>
            </thead>
            <tbody>
              {shown.map((entry, i) => (
                <tr key={entry.id} aria-selected={i === active} data-entry={entry.id} onMouseEnter={() => setActive(i)} onClick={() => pick(entry)}>
                  <td>{entry.id}</td><td>{entry.provider}</td><td>{price(entry.input_per_m)}</td><td>{price(entry.output_per_m)}</td><td>{price(entry.cached_per_m)}</td>
                  <td>{entry.context_window === null ? '—' : formatNumber(entry.context_window, 'integer', lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {query.trim() !== '' && results.length === 0 ? <p>{t('pickerNone', { query })}</p> : null}
          {results.length > SHOWN ? <p>{t('pickerMore', { n: results.length - SHOWN })}</p> : null}
        </div>
        <p className="dialog-hint">{t('pickerHint')}</p>
        <div className="dialog-buttons">
          <button type="button" disabled={!shown[active]} onClick={() => pick(shown[active])}>{t('pick')}</button>
          <button type="button" onClick={onClose}>{t('cancel')}</button>
        </div>
      </div>
    </ModalLayer>
  );
}
