import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SAMPLES, MAX_SAMPLES, type SimulationResult } from '../../models/analysis';
import { histogramChartOption, whatIfChartTitle } from '../../models/charts';
import { formatNumber } from '../../models/format/format-value';
import { applyNamedScenario, cellCatalog } from '../../models/scenario';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { AnalysisChart } from './AnalysisChart';
import { NumberField } from './fields';
import { RangesEditor } from './RangesEditor';
import { startSimulation, type SimulationJob } from './run-simulation';
import { fieldNumber, showValue } from './show-value';
import { useAnalysis } from './use-analysis';

type Run =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'done'; readonly result: SimulationResult };

/**
 * Monte Carlo on the active scenario: the ranges saved in the file, N
 * samples with a seed (the same seed, the same numbers), run in a Web
 * Worker with a progress bar and Cancel; P10/P50/P90 and the mean of every
 * key figure, the chance of paying back within the horizon, a histogram.
 */
export function MonteCarloPanel() {
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const setup = useAnalysis();
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const [samples, setSamples] = useState(String(DEFAULT_SAMPLES));
  const [seed, setSeed] = useState('1');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [shownOutput, setShownOutput] = useState('out.tco');
  const job = useRef<SimulationJob | undefined>(undefined);
  // Leaving the panel stops a run: nobody would see its result.
  useEffect(() => () => job.current?.cancel(), []);

  const start = () => {
    try {
      const count = fieldNumber(samples, t('wi.samples'), t) ?? DEFAULT_SAMPLES;
      if (!Number.isInteger(count) || count < 1 || count > MAX_SAMPLES) throw new Error(`${t('wi.samples')}: 1 – ${formatNumber(MAX_SAMPLES, 'integer', lang)}`);
      const document = setup.active === undefined ? scenario : applyNamedScenario(scenario, setup.active);
      if (typeof document === 'string') throw new Error(document);
      setRun({ state: 'running', done: 0, total: count });
      const started = startSimulation(
        { scenario: document, ranges: scenario.ranges ?? [], samples: count, seed: fieldNumber(seed, t('wi.seed'), t) ?? 1, integers: [...setup.integers] },
        (done, total) => setRun((current) => (current.state === 'running' ? { state: 'running', done, total } : current)),
      );
      job.current = started;
      started.outcome.then(
        (result) => setRun(result ? { state: 'done', result } : { state: 'cancelled' }),
        (error: unknown) => setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
      ).finally(() => {
        if (job.current === started) job.current = undefined;
      });
    } catch (error) {
      setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const result = run.state === 'done' ? run.result : undefined;
  const option = useMemo(() => {
    const draws = result?.draws[shownOutput];
    const stats = result?.outputs[shownOutput];
    return draws && stats ? histogramChartOption(draws, setup.labelOf(shownOutput), stats, lang) : undefined;
  }, [result, shownOutput, setup, lang]);

  return (
    <div className="wi-monte-carlo">
      <RangesEditor setup={setup} />
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); start(); }}>
        <NumberField name="samples" label={t('wi.samples')} value={samples} onChange={setSamples} />
        <NumberField name="seed" label={t('wi.seed')} value={seed} onChange={setSeed} width={80} />
        <button type="submit" disabled={run.state === 'running' || (scenario.ranges ?? []).length === 0}>{t('wi.run')}</button>
      </form>
      {run.state === 'running' ? (
        <div className="wi-progress">
          <progress aria-label={t('wi.progress', { done: run.done, total: run.total })} max={run.total} value={run.done} />
          <span role="status">{t('wi.progress', { done: formatNumber(run.done, 'integer', lang), total: formatNumber(run.total, 'integer', lang) })}</span>
          <button type="button" onClick={() => job.current?.cancel()}>{t('wi.cancel')}</button>
        </div>
      ) : null}
      {run.state === 'cancelled' ? <p className="wi-hint" role="status">{t('wi.cancelled')}</p> : null}
      {run.state === 'failed' ? <p className="wi-error" role="alert">{run.message}</p> : null}
      {result ? (
        <>
          {result.paybackWithinHorizon === null ? null : (
            <p className="wi-result" data-payback-chance={result.paybackWithinHorizon}>
              {t('wi.paybackChance', { share: formatNumber(result.paybackWithinHorizon, 'percent', lang), samples: formatNumber(result.samples, 'integer', lang) })}
            </p>
          )}
          <div className="wi-scroll">
            <table className="wi-table" aria-label={t('wi.tabMonteCarlo')}>
              <thead><tr><th>{t('wi.output')}</th><th>P10</th><th>P50</th><th>P90</th><th>{t('wi.mean')}</th></tr></thead>
              <tbody>
                {Object.entries(result.outputs).map(([ref, stats]) => (
                  <tr key={ref} data-simulated={ref} data-p50={stats.p50 ?? ''}>
                    <td title={ref}>{setup.labelOf(ref)}</td>
                    <td>{showValue(ref, stats.p10, catalog, lang, t)}</td>
                    <td>{showValue(ref, stats.p50, catalog, lang, t)}</td>
                    <td>{showValue(ref, stats.p90, catalog, lang, t)}</td>
                    <td>{stats.mean === null ? '—' : formatNumber(stats.mean, ref.endsWith('_month') ? 'number' : catalog.get(ref)?.format, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label className="wi-field">
            <span>{t('wi.histogramOf')}</span>
            <select value={shownOutput} onChange={(event) => setShownOutput(event.target.value)}>
              {Object.keys(result.outputs).map((ref) => <option key={ref} value={ref}>{setup.labelOf(ref)}</option>)}
            </select>
          </label>
          {option ? <AnalysisChart id="monte-carlo-histogram" title={whatIfChartTitle('monte-carlo-histogram', lang, { output: setup.labelOf(shownOutput) })} option={option} /> : null}
        </>
      ) : null}
    </div>
  );
}
