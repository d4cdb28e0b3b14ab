import { useMemo, useState } from 'react';
import { sweep, sweepValues, type SweepAxis, type SweepResult } from '../../models/analysis';
import { sweepChartOption, whatIfChartTitle } from '../../models/charts';
import { cellCatalog } from '../../models/scenario';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { AnalysisChart } from './AnalysisChart';
import { NumberField, RefField } from './fields';
import { fieldNumber, showValue } from './show-value';
import { useAnalysis } from './use-analysis';

/** One input of the data table as typed: its reference and FROM, TO and the number of values. */
interface AxisFields {
  readonly ref: string;
  readonly from: string;
  readonly to: string;
  readonly steps: string;
}

/**
 * A data table: an output over one input (a line) or over two (a heat map),
 * e.g. TCO by daily traffic × GPU hourly rate; with the values in a table.
 */
export function DataTablePanel() {
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const setup = useAnalysis();
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const [first, setFirst] = useState<AxisFields>({ ref: 'traffic.requests_per_day', from: '5,000', to: '50,000', steps: '10' });
  const [second, setSecond] = useState<AxisFields>({ ref: '', from: '2', to: '6', steps: '5' });
  const [output, setOutput] = useState('out.tco');
  const [outcome, setOutcome] = useState<{ result: SweepResult } | { error: string } | undefined>(undefined);

  const axisOf = (fields: AxisFields): SweepAxis => {
    const number = (text: string, label: string) => {
      const value = fieldNumber(text, label, t);
      if (value === undefined) throw new Error(t('wi.notNumber', { field: label }));
      return value;
    };
    return { ref: fields.ref.trim(), values: sweepValues(number(fields.from, t('wi.from')), number(fields.to, t('wi.to')), number(fields.steps, t('wi.steps'))) };
  };
  const run = () => {
    try {
      const axes: [SweepAxis] | [SweepAxis, SweepAxis] = second.ref.trim() === '' ? [axisOf(first)] : [axisOf(first), axisOf(second)];
      setOutcome({ result: sweep(setup.engine(), output.trim(), axes) });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  const option = useMemo(() => (outcome && 'result' in outcome ? sweepChartOption(outcome.result, setup.labelOf, lang) : undefined), [outcome, setup, lang]);
  const axisFields = (fields: AxisFields, set: (next: AxisFields) => void, name: string, label: string) => (
    <>
      <RefField name={`${name}-ref`} label={label} value={fields.ref} onChange={(ref) => set({ ...fields, ref })} options={setup.inputs} labelOf={setup.labelOf} />
      <NumberField name={`${name}-from`} label={t('wi.from')} value={fields.from} onChange={(from) => set({ ...fields, from })} width={90} />
      <NumberField name={`${name}-to`} label={t('wi.to')} value={fields.to} onChange={(to) => set({ ...fields, to })} width={90} />
      <NumberField name={`${name}-steps`} label={t('wi.steps')} value={fields.steps} onChange={(steps) => set({ ...fields, steps })} width={60} />
    </>
  );

  return (
    <div className="wi-data-table">
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); run(); }}>
        {axisFields(first, setFirst, 'first', t('wi.input'))}
      </form>
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); run(); }}>
        {axisFields(second, setSecond, 'second', `${t('wi.secondInput')} (${t('wi.optional')})`)}
      </form>
      <form className="wi-form" onSubmit={(event) => { event.preventDefault(); run(); }}>
        <RefField name="output" label={t('wi.output')} value={output} onChange={setOutput} options={setup.outputs} labelOf={setup.labelOf} placeholder={t('wi.outputHint')} />
        <button type="submit">{t('wi.compute')}</button>
      </form>
      {outcome === undefined ? null : 'error' in outcome ? <p className="wi-error" role="alert">{outcome.error}</p> : (
        <>
          <AnalysisChart id="data-table" title={whatIfChartTitle('data-table', lang, { output: setup.labelOf(outcome.result.output), input: setup.labelOf(outcome.result.axes[0].ref) })} option={option!} height={380} />
          <SweepTable result={outcome.result} show={(ref, value) => showValue(ref, value, catalog, lang, t)} labelOf={setup.labelOf} />
        </>
      )}
    </div>
  );
}

function SweepTable({ result, show, labelOf }: { result: SweepResult; show: (ref: string, value: number | null) => string; labelOf: (ref: string) => string }) {
  const [first, second] = result.axes;
  return (
    <div className="wi-scroll">
      <table className="wi-table" data-sweep={result.output}>
        <thead>
          <tr>
            <th>{second ? `${labelOf(first.ref)} \\ ${labelOf(second.ref)}` : labelOf(first.ref)}</th>
            {second ? second.values.map((y, j) => <th key={j}>{show(second.ref, y)}</th>) : <th>{labelOf(result.output)}</th>}
          </tr>
        </thead>
        <tbody>
          {first.values.map((x, i) => (
            <tr key={i}>
              <td>{show(first.ref, x)}</td>
              {(second ? (result.values[i] as ReadonlyArray<number | null>) : [result.values[i] as number | null]).map((value, j) => (
                <td key={j} data-value={value ?? ''}>{show(result.output, value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
