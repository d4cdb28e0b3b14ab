import { useEffect, useMemo, useRef, useState } from 'react';
import { cellRef } from '../../models/engine';
import { formatNumber } from '../../models/format/format-value';
import { localText } from '../../models/format/local-text';
import { isoDay } from '../../models/scenario';
import { textOfFile } from '../../models/tokens/file-text';
import type { TextCounts, TokenCount } from '../../models/tokens/measure';
import { LANGUAGES_GRID, countUnitOf, ratioFor } from '../../models/tokens/measured-ratio';
import { SAMPLE_TEXTS } from '../../models/tokens/samples';
import { TOKENIZER_INFO, TOKENIZER_NAMES, type TokenizerName } from '../../models/tokens/tokenizer-names';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import type { CountProgress } from './count-messages';
import { RatioChart } from './RatioChart';
import { CountCancelled, startCount, type RunningCount } from './token-counter';

/** Opened files: their names and texts (shown by name: a 10 MB text does not belong in a text box). */
interface OpenedTexts {
  readonly names: readonly string[];
  readonly texts: readonly string[];
}

/**
 * The tokenizer lab: text pasted or files opened for one language row,
 * counted by every tokenizer in a worker (progress, Cancel), shown as a table
 * and a bar chart; "Use this ratio" writes the row's tokens per unit, with the
 * measurement as its source, in one undoable step.
 */
export function TokenizerLab() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const grid = useDocument((state) => state.scenario.grids.find((g) => g.name === LANGUAGES_GRID));
  const rows = useMemo(() => (grid?.kind === 'table' ? grid.rows : []), [grid]);
  const [row, setRow] = useState(() => rows.find((r) => r.name === 'zh')?.name ?? rows[0]?.name ?? '');
  const unit = useDocument((state) => state.engine.input(cellRef(LANGUAGES_GRID, row, 'unit')));
  const [text, setText] = useState(SAMPLE_TEXTS[row] ?? '');
  const [opened, setOpened] = useState<OpenedTexts>();
  const [chosen, setChosen] = useState<ReadonlySet<TokenizerName>>(new Set(TOKENIZER_NAMES));
  const [progress, setProgress] = useState<CountProgress>();
  /** The last measurement; `sample`: it counted the shipped sample paragraph, not the user's text. */
  const [outcome, setOutcome] = useState<{ counts: TextCounts; results: readonly TokenCount[]; sample: boolean }>();
  const running = useRef<RunningCount>(undefined);
  const filePicker = useRef<HTMLInputElement>(null);
  useEffect(() => () => running.current?.cancel(), []);
  const { notify } = services.sessionStore.getState();
  const countUnit = countUnitOf(unit);

  const chooseRow = (next: string) => {
    // A text the user has not changed follows the language; their own text stays.
    if (!opened && text === (SAMPLE_TEXTS[row] ?? '')) setText(SAMPLE_TEXTS[next] ?? '');
    setRow(next);
    setOutcome(undefined);
  };

  const openFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const names: string[] = [];
    const texts: string[] = [];
    for (const file of Array.from(files)) {
      const result = textOfFile(file.name, await file.text());
      if (!result.ok) {
        notify({ kind: 'error', text: t('labFailed', { message: result.error }) });
        return;
      }
      names.push(file.name);
      texts.push(result.text);
    }
    setOpened({ names, texts });
    setOutcome(undefined);
  };

  const measure = async () => {
    running.current?.cancel();
    const sample = !opened && text === (SAMPLE_TEXTS[row] ?? '');
    const count = startCount({ texts: opened?.texts ?? [text], tokenizers: TOKENIZER_NAMES.filter((name) => chosen.has(name)), lang: row || undefined }, setProgress);
    running.current = count;
    try {
      setOutcome({ ...(await count.result), sample });
    } catch (error) {
      notify(error instanceof CountCancelled ? { kind: 'info', text: t('labCancelled') } : { kind: 'error', text: t('labFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      if (running.current === count) {
        running.current = undefined;
        setProgress(undefined);
      }
    }
  };

  const useRatio = (count: TokenCount) => {
    if (!outcome) return;
    const problem = services.documentStore.getState().writeMeasuredRatio(row, count, outcome.counts, isoDay(new Date()));
    if (problem) {
      notify({ kind: 'error', text: problem });
      return;
    }
    const ref = cellRef(LANGUAGES_GRID, row, 'tokens_per_unit');
    services.sessionStore.getState().select(ref);
    notify({ kind: 'info', text: t('ratioWritten', { ref, value: String(services.documentStore.getState().engine.input(ref)), tokenizer: count.tokenizer }) });
  };

  const ratio = (value: number | null, digits: number) => (value === null ? '—' : formatNumber(Number(value.toFixed(digits)), 'number', lang));
  const busy = progress !== undefined;
  return (
    <section className="tokenizer-lab" aria-label={t('labTitle')}>
      <header className="grid-header">
        <h2>{t('labTitle')}</h2>
        <button type="button" onClick={() => services.sessionStore.getState().toggleLab()}>{t('close')}</button>
      </header>
      <p className="grid-note">{t('labHint')}</p>
      <div className="lab-controls">
        <label>
          {t('labLanguage')}{' '}
          <select aria-label={t('labLanguage')} value={row} onChange={(event) => chooseRow(event.target.value)}>
            {rows.map((r) => <option key={r.name} value={r.name}>{`${r.name} — ${localText(r.label, lang, r.name)}`}</option>)}
          </select>
        </label>
        {countUnit ? <span className="lab-unit">{t('labUnit', { unit: t(`labCountUnit.${countUnit}`) })}</span> : null}
        <button type="button" onClick={() => filePicker.current?.click()}>{t('labOpenFiles')}</button>
        <input ref={filePicker} type="file" multiple accept=".txt,.md,.jsonl,text/plain,text/markdown" hidden aria-hidden
          onChange={(event) => {
            void openFiles(event.target.files);
            event.target.value = '';
          }} />
        <button type="button" onClick={() => {
          setOpened(undefined);
          setText(SAMPLE_TEXTS[row] ?? '');
        }}>{t('labSample')}</button>
      </div>
      {opened ? (
        <p className="lab-files">{opened.names.join(', ')}</p>
      ) : (
        <textarea aria-label={t('labText')} className="lab-text" value={text} spellCheck={false} onChange={(event) => setText(event.target.value)} />
      )}
      <div className="lab-controls">
        {TOKENIZER_NAMES.map((name) => (
          <label key={name} className="lab-tokenizer" title={`${TOKENIZER_INFO[name].models} — ${TOKENIZER_INFO[name].source}`}>
            <input type="checkbox" checked={chosen.has(name)} onChange={() => setChosen((previous) => {
              const next = new Set(previous);
              if (!next.delete(name)) next.add(name);
              return next;
            })} />
            {name}
          </label>
        ))}
        <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => void measure()}>{t('labMeasure')}</button>
        {busy ? (
          <span className="lab-progress" role="status">
            {progress.phase === 'loading' ? t('labLoading', { name: progress.tokenizer }) : t('labCounting', { name: progress.tokenizer })}
            <progress max={Math.max(1, progress.total)} value={progress.done} />
            <button type="button" onClick={() => running.current?.cancel()}>{t('labCancel')}</button>
          </span>
        ) : null}
      </div>
      {outcome ? (
        <div className="lab-results">
          <p className="lab-counts">{t('labCounts', {
            chars: formatNumber(outcome.counts.chars, 'integer', lang), words: formatNumber(outcome.counts.words, 'integer', lang),
            files: opened ? t('labFiles', { n: opened.names.length }) : t(outcome.sample ? 'labSampleCounted' : 'labPasted'),
          })}</p>
          <table className="lab-table">
            <thead>
              <tr><th>{t('col.tokenizer')}</th><th>{t('col.tokens')}</th><th>{t('col.perChar')}</th><th>{t('col.perWord')}</th><th>{t('col.per1k')}</th><th /></tr>
            </thead>
            <tbody>
              {outcome.results.map((count) => (
                <tr key={count.tokenizer} data-tokenizer={count.tokenizer}>
                  <td title={TOKENIZER_INFO[count.tokenizer].models}>{count.tokenizer}</td>
                  <td className="num">{formatNumber(count.tokens, 'integer', lang)}</td>
                  <td className="num">{ratio(count.tokens_per_char, 3)}</td>
                  <td className="num">{ratio(count.tokens_per_word, 3)}</td>
                  <td className="num">{ratio(count.tokens_per_1k_chars, 0)}</td>
                  <td>
                    <button type="button" disabled={!countUnit || ratioFor(countUnit, count) === null} onClick={() => useRatio(count)}>{t('useRatio')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <RatioChart title={t('labChart')} results={outcome.results} />
        </div>
      ) : null}
    </section>
  );
}
