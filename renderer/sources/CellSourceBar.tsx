import { useState } from 'react';
import { ageInDays, cellSource, isStale, staleAfterDays } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { SourceDialog } from './SourceDialog';

/**
 * Under the formula bar: where the selected cell's value comes from — its
 * source, catalog entry and as-of date, how old that is, and whether it is
 * stale — with buttons to edit the source and to choose the stale age.
 */
export function CellSourceBar() {
  const services = useServices();
  const t = useT();
  const selected = useSession((state) => state.selected);
  const scenario = useDocument((state) => state.scenario);
  const source = selected ? cellSource(scenario, selected) : undefined;
  const maxAge = staleAfterDays(scenario);
  const [editing, setEditing] = useState(false);
  if (!selected) return null;
  const today = new Date();
  const stale = isStale(source?.asOf, today, maxAge);
  const report = (problem: string | undefined) => {
    if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  };
  const chooseAge = async () => {
    await services.sessionStore.getState().ask({
      title: t('staleAgeTitle'), input: { label: t('staleAgePrompt'), value: String(maxAge), apply: (typed) => services.documentStore.getState().setStaleAge(Number(typed.trim())) },
      buttons: [{ id: 'ok', label: t('ok') }, { id: 'cancel', label: t('cancel') }],
    });
  };
  return (
    <div className="cell-source" aria-label={t('sourceLabel')} data-stale={stale || undefined}>
      <span className="cell-source-label">{t('sourceLabel')}:</span>
      <span className="cell-source-text">{source?.source || t('noSource')}</span>
      {source?.catalog ? <span className="cell-source-catalog">{t('catalogEntry', { id: source.catalog })}</span> : null}
      {source?.asOf ? <span className="cell-source-date">{t('asOf', { date: source.asOf })} ({t('daysOld', { n: ageInDays(source.asOf, today) })})</span> : null}
      {stale ? <span className="stale-badge" title={t('staleTitle', { days: maxAge })}>⚠ {t('stale')}</span> : null}
      <button type="button" onClick={() => setEditing(true)}>{t('editSource')}</button>
      <button type="button" className="link-button" onClick={() => void chooseAge()}>{t('staleAfter', { days: maxAge })}</button>
      {editing ? (
        <SourceDialog title={t('sourceTitle', { ref: selected })} initial={source} onDone={(next) => {
          setEditing(false);
          if (next) report(services.documentStore.getState().setSource(selected, next));
        }} />
      ) : null}
    </div>
  );
}
