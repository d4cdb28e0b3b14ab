import { useMemo, useState } from 'react';
import { sensitivity, type SensitivityResult } from '../../models/analysis';
import { tornadoChartOption, whatIfChartTitle } from '../../models/charts';
import { formatNumber } from '../../models/format/format-value';
import { cellCatalog } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { goToCell } from '../workspace/NameBox';
import { AnalysisChart } from './AnalysisChart';
import { NumberField, RefField } from './fields';
import { fieldNumber, showValue } from './show-value';
import { useAnalysis } from './use-analysis';

/** How many inputs the tornado shows: the widest swings. */
const TOP = 15;

/**
 * Sensitivity as a tornado: every numeric input moved ±X % (or, for inputs
 * with a Monte Carlo range, to its low and high), ranked by the output's
 * swing. It follows every edit; a bar or a row goes to its cell.
 */
export function TornadoPanel() {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const setup = useAnalysis();
  const [output, setOutput] = useState('out.tco');
  const [pct, setPct] = useState('20');
  const [useRanges, setUseRanges] = useState(true);
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const outcome = useMemo((): { result: SensitivityResult } | { error: string } => {
    try {
      const ranges = new Map(useRanges ? (scenario.ranges ?? []).map((range) => [range.ref, range]) : []);
      const inputs = setup.inputs.map((ref) => ({ ref, low: ranges.get(ref)?.low, high: ranges.get(ref)?.high }));
      return { result: sensitivity(setup.engine(), { output, inputs, pct: fieldNumber(pct, t('wi.pct'), t) ?? 20, integers: setup.integers }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [setup, output, pct, useRanges, scenario, t]);
  const option = useMemo(() => ('result' in outcome ? tornadoChartOption(outcome.result, setup.labelOf, lang, TOP) : undefined), [outcome, setup, lang]);
  const onEvents = useMemo(() => ({ click: (params: unknown) => {
    const ref = (params as { data?: { ref?: string } }).data?.ref;
    if (ref) goToCell(services, ref);
  } }), [services]);
  return (
    <div className="wi-tornado">
      <div className="wi-form">
        <RefField name="output" label={t('wi.output')} value={output} onChange={setOutput} options={setup.outputs} labelOf={setup.labelOf} placeholder={t('wi.outputHint')} />
        <NumberField name="pct" label={t('wi.pct')} value={pct} onChange={setPct} width={70} />
        {(scenario.ranges ?? []).length > 0 ? (
          <label className="wi-check"><input type="checkbox" checked={useRanges} onChange={(event) => setUseRanges(event.target.checked)} />{t('wi.useRanges')}</label>
        ) : null}
      </div>
      {'error' in outcome ? <p className="wi-error" role="alert">{outcome.error}</p> : (
        <>
          <AnalysisChart id="tornado" title={whatIfChartTitle('tornado', lang, { output: setup.labelOf(outcome.result.output) })} option={option!} onEvents={onEvents} height={440} />
          <p className="wi-hint">{t('wi.topInputs', { n: Math.min(TOP, outcome.result.rows.length), total: outcome.result.rows.length })}</p>
          <table className="wi-table" aria-label={t('wi.tabTornado')}>
            <thead>
              <tr><th>{t('wi.input')}</th><th>{t('wi.lowInput')}</th><th>{t('wi.highInput')}</th><th>{t('wi.atLow')}</th><th>{t('wi.atHigh')}</th><th>{t('wi.swing')}</th></tr>
            </thead>
            <tbody>
              {outcome.result.rows.slice(0, TOP).map((row) => (
                <tr key={row.input} data-tornado-row={row.input} data-swing={row.swing ?? ''}>
                  <td><button type="button" className="wi-link" title={t('wi.goToCell', { ref: row.input })} onClick={() => goToCell(services, row.input)}>{setup.labelOf(row.input)}</button></td>
                  <td>{showValue(row.input, row.low_input, catalog, lang, t)}</td>
                  <td>{showValue(row.input, row.high_input, catalog, lang, t)}</td>
                  <td>{showValue(output, row.low, catalog, lang, t)}</td>
                  <td>{showValue(output, row.high, catalog, lang, t)}</td>
                  <td>{row.swing === null ? '—' : formatNumber(row.swing, catalog.get(output)?.format, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
