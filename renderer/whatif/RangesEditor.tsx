import { useState } from 'react';
import { readNumber } from '../../models/format/parse-input';
import { DISTRIBUTIONS, rangeSchema, type Distribution, type InputRange } from '../../shared/scenario-schema';
import { useServices } from '../hooks/services';
import { inputKindOf } from '../../models/scenario';
import { useDocument, useT } from '../hooks/store-hooks';
import { RefField } from './fields';
import type { AnalysisSetup } from './use-analysis';

/** Whether a distribution takes a mode. */
const hasMode = (dist: Distribution) => dist === 'triangular' || dist === 'pert';

/**
 * The Monte Carlo ranges of the document: one row per input (distribution,
 * low, high, mode), each change one undoable step saved in the file; an
 * input is added with a uniform range of ±20 % around its value now.
 */
export function RangesEditor({ setup }: { setup: AnalysisSetup }) {
  const services = useServices();
  const t = useT();
  const ranges = useDocument((state) => state.scenario.ranges) ?? [];
  const [adding, setAdding] = useState('');
  const report = (problem: string | undefined) => {
    if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  };
  const commit = (range: InputRange) => {
    const parsed = rangeSchema.safeParse(range);
    report(parsed.success ? services.documentStore.getState().setRange(parsed.data) : `${range.ref}: ${parsed.error.issues[0]!.message}`);
    return parsed.success;
  };
  const add = () => {
    const ref = adding.trim();
    if (!setup.inputs.includes(ref) && !setup.engine().has(ref)) return report(t('unknownRef', { ref }));
    const value = setup.engine().get(ref);
    const now = typeof value === 'number' ? value : 0;
    const spread = now === 0 ? 1 : Math.abs(now) * 0.2;
    // Twelve significant digits: 0.004 ± 20 % is then 0.0032 to 0.0048, not 0.0048000000000000004.
    const tidy = (x: number) => Number(x.toPrecision(12));
    if (commit({ ref, dist: 'uniform', low: tidy(now - spread), high: tidy(now + spread) })) setAdding('');
  };
  return (
    <section className="wi-ranges" aria-label={t('wi.ranges')}>
      <p className="wi-hint">{t('wi.rangesHint')}</p>
      {ranges.length === 0 ? <p className="wi-hint">{t('wi.noRanges')}</p> : (
        <table className="wi-table">
          <thead>
            <tr><th>{t('wi.input')}</th><th>{t('wi.dist')}</th><th>{t('wi.low')}</th><th>{t('wi.high')}</th><th>{t('wi.mode')}</th><th /></tr>
          </thead>
          <tbody>
            {ranges.map((range) => <RangeRow key={range.ref} range={range} label={setup.labelOf(range.ref)} commit={commit} />)}
          </tbody>
        </table>
      )}
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <RefField name="range-ref" label={t('wi.input')} value={adding} onChange={setAdding} options={setup.inputs} labelOf={setup.labelOf} />
        <button type="submit">{t('wi.addRange')}</button>
      </form>
    </section>
  );
}

/** One range: numbers are committed when the field is left or Enter is pressed; a wrong one is refused with the reason and shown as it was. */
function RangeRow({ range, label, commit }: { range: InputRange; label: string; commit: (range: InputRange) => boolean }) {
  const services = useServices();
  const t = useT();
  // A percentage input's bounds read as percentages (2.7%, not 0.027), at full precision so leaving a field changes nothing.
  const percent = useDocument((state) => {
    const kind = inputKindOf(state.scenario, range.ref);
    return kind.kind === 'number' && kind.percent === true;
  });
  const asText = (value: number | undefined) => (value === undefined ? '' : percent ? `${Number((value * 100).toPrecision(12))}%` : String(value));
  const draftOf = (of: InputRange) => ({ low: asText(of.low), high: asText(of.high), mode: asText(of.mode) });
  const [draft, setDraft] = useState(() => draftOf(range));
  const [shown, setShown] = useState(range);
  if (shown !== range) {
    setShown(range);
    setDraft(draftOf(range));
  }
  const save = (next: Partial<InputRange> & { mode?: number | undefined }) => {
    const merged = { ...range, ...next };
    const { mode, ...rest } = merged;
    if (!commit(hasMode(merged.dist) && mode !== undefined ? { ...rest, mode } : rest)) setShown({ ...range });
  };
  const number = (field: 'low' | 'high' | 'mode') => {
    const text = draft[field].trim();
    if (text === asText(range[field])) return;
    if (field === 'mode' && text === '') return save({ mode: undefined });
    const value = readNumber(text);
    if (typeof value !== 'number') {
      services.sessionStore.getState().notify({ kind: 'error', text: t('wi.notNumber', { field: `${range.ref} ${t(`wi.${field}`)}` }) });
      return setShown({ ...range });
    }
    save({ [field]: value });
  };
  const field = (name: 'low' | 'high' | 'mode', disabled = false) => (
    <td>
      <input aria-label={`${label} ${t(`wi.${name}`)}`} value={draft[name]} disabled={disabled} onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        onBlur={() => number(name)} onKeyDown={(event) => { if (event.key === 'Enter') number(name); }} />
    </td>
  );
  return (
    <tr data-range={range.ref}>
      <td title={range.ref}>{label}</td>
      <td>
        <select aria-label={`${label} ${t('wi.dist')}`} value={range.dist} onChange={(event) => save({ dist: event.target.value as Distribution, mode: hasMode(event.target.value as Distribution) ? range.mode : undefined })}>
          {DISTRIBUTIONS.map((dist) => <option key={dist} value={dist}>{t(`dist.${dist}`)}</option>)}
        </select>
      </td>
      {field('low')}
      {field('high')}
      {field('mode', !hasMode(range.dist))}
      <td><button type="button" onClick={() => { const problem = services.documentStore.getState().removeRange(range.ref); if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem }); }}>{t('wi.removeRange')}</button></td>
    </tr>
  );
}
