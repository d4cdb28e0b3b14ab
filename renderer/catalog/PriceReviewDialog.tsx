import { useState } from 'react';
import type { PriceReview } from '../../models/catalog';
import { formatNumber } from '../../models/format/format-value';
import { cellCatalog } from '../../models/scenario';
import type { PriceCatalog } from '../../shared/price-catalog-schema';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { ModalLayer } from '../workspace/ModalLayer';

/**
 * What a newer price table changes in the open scenario: each price filled
 * from the catalog whose entry now says otherwise, old → new with the change
 * in %, ticked to apply. Applying is one undoable step, and keeps the table.
 */
export function PriceReviewDialog({ review, catalog, file, onDone }: {
  review: PriceReview;
  catalog: PriceCatalog;
  file: string;
  onDone: (chosen: ReadonlySet<string> | undefined) => void;
}) {
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const labels = cellCatalog(scenario);
  const [chosen, setChosen] = useState(() => new Set(review.changed.map((change) => change.ref)));
  const toggle = (ref: string) => setChosen((previous) => {
    const next = new Set(previous);
    if (!next.delete(ref)) next.add(ref);
    return next;
  });
  const price = (value: number | null) => (value === null ? '—' : formatNumber(value, 'currency', lang));
  const percent = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${formatNumber(value, 'percent', lang)}`);
  return (
    <ModalLayer labelledBy="review-title" onClose={() => onDone(undefined)}>
      <div className="dialog review">
        <h2 id="review-title">{t('importTitle', { source: catalog.source, date: catalog.date })}</h2>
        <p className="dialog-hint">{t('importFile', { file })}</p>
        {review.changed.length === 0 ? <p>{t('importNoChanges')}</p> : (
          <table className="review-table">
            <thead>
              <tr><th /><th>{t('col.price')}</th><th>{t('col.model')}</th><th>{t('col.old')}</th><th>{t('col.new')}</th><th>{t('col.change')}</th></tr>
            </thead>
            <tbody>
              {review.changed.map((change) => (
                <tr key={change.ref} data-change={change.ref}>
                  <td><input type="checkbox" aria-label={change.ref} checked={chosen.has(change.ref)} onChange={() => toggle(change.ref)} /></td>
                  <td>{labels.get(change.ref)?.label[lang] ?? change.ref}</td>
                  <td>{change.catalogId}</td>
                  <td className="num">{price(change.old)}</td>
                  <td className="num">{price(change.new)}</td>
                  <td className={`num ${change.change !== null && change.change > 0 ? 'up' : 'down'}`}>{percent(change.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="dialog-hint">{t('importSummary', { unchanged: review.unchanged.length, date: catalog.date, missing: review.missing.length })}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(chosen)}>{review.changed.length > 0 ? t('applyPrices') : t('keepTable')}</button>
          <button type="button" onClick={() => onDone(undefined)}>{t('cancel')}</button>
        </div>
      </div>
    </ModalLayer>
  );
}
