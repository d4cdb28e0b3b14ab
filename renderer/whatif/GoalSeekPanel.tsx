import { useMemo, useState } from 'react';
import { solve, type SolveResult } from '../../models/analysis';
import { readNumber } from '../../models/format/parse-input';
import { cellCatalog } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { NumberField, RefField } from './fields';
import { fieldNumber, showValue } from './show-value';
import { useAnalysis } from './use-analysis';

/**
 * Goal seek: vary one input until an output (or a formula of outputs)
 * reaches a target — the smallest such input in the range, to 0.1 %, or a
 * clear "no solution". The answer can be put into the cell (in the active
 * scenario), as one undoable step.
 */
export function GoalSeekPanel() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const setup = useAnalysis();
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const [vary, setVary] = useState('traffic.requests_per_day');
  const [output, setOutput] = useState('=out.tco_cloud - out.tco_api');
  const [target, setTarget] = useState('0');
  const [from, setFrom] = useState('1,000');
  const [to, setTo] = useState('1,000,000');
  const [outcome, setOutcome] = useState<{ result: SolveResult; target: number } | { error: string } | undefined>(undefined);

  const run = () => {
    try {
      const goal = fieldNumber(target, t('wi.target'), t);
      if (goal === undefined) throw new Error(t('wi.notNumber', { field: t('wi.target') }));
      const result = solve(setup.engine(), {
        vary: vary.trim(), output: output.trim(), target: goal, min: fieldNumber(from, t('wi.from'), t), max: fieldNumber(to, t('wi.to'), t), integers: setup.integers,
      });
      setOutcome({ result, target: goal });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  const apply = (value: number) => {
    const problem = services.documentStore.getState().setCell(vary.trim(), value);
    if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  };
  const show = (ref: string, value: number | null) => showValue(ref, value, catalog, lang, t);

  return (
    <div className="wi-goal-seek">
      <p className="wi-hint">{t('wi.goalSeekHint')}</p>
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); run(); }}>
        <RefField name="vary" label={t('wi.vary')} value={vary} onChange={setVary} options={setup.inputs} labelOf={setup.labelOf} />
        <RefField name="output" label={t('wi.output')} value={output} onChange={setOutput} options={setup.outputs} labelOf={setup.labelOf} placeholder={t('wi.outputHint')} />
        <NumberField name="target" label={t('wi.target')} value={target} onChange={setTarget} />
        <NumberField name="from" label={`${t('wi.from')} (${t('wi.optional')})`} value={from} onChange={setFrom} />
        <NumberField name="to" label={`${t('wi.to')} (${t('wi.optional')})`} value={to} onChange={setTo} />
        <button type="submit">{t('wi.solve')}</button>
      </form>
      {outcome === undefined ? null : 'error' in outcome ? <p className="wi-error" role="alert">{outcome.error}</p> : (
        <div className="wi-result" role="status" data-solution={outcome.result.value ?? ''}>
          {outcome.result.value === null
            ? t('wi.noSolution', { vary: setup.labelOf(outcome.result.vary), min: show(outcome.result.vary, outcome.result.min), max: show(outcome.result.vary, outcome.result.max), output: setup.labelOf(output.trim()), target: String(readNumber(target) ?? target) })
            : (
              <>
                <span>{t('wi.solved', { vary: setup.labelOf(outcome.result.vary), value: show(outcome.result.vary, outcome.result.value), output: setup.labelOf(output.trim()), result: show(output.trim(), outcome.result.output) })}</span>
                <button type="button" onClick={() => apply(outcome.result.value!)}>{t('wi.apply')}</button>
              </>
            )}
        </div>
      )}
    </div>
  );
}
