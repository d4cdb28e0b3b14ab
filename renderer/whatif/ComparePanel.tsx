import { useMemo } from 'react';
import { compareScenarios, differenceFromBase } from '../../models/analysis';
import { compareChartOption, scenarioLabel, whatIfChartTitle } from '../../models/charts';
import { formatNumber } from '../../models/format/format-value';
import { cellCatalog } from '../../models/scenario';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { AnalysisChart } from './AnalysisChart';
import { showValue } from './show-value';

/** Key figures of the base and every scenario side by side, with the difference to the base, and the overlay charts. */
export function ComparePanel() {
  const t = useT();
  const lang = useSession((state) => state.lang);
  const scenario = useDocument((state) => state.scenario);
  const figures = useMemo(() => compareScenarios(scenario), [scenario]);
  const catalog = useMemo(() => cellCatalog(scenario), [scenario]);
  const charts = useMemo(() => (['compare-cumulative-net', 'compare-total-cost'] as const).map((id) => [id, compareChartOption(id, figures, lang)] as const), [figures, lang]);
  const [base, ...named] = figures;
  const number = (value: unknown) => (typeof value === 'number' ? String(value) : '');
  return (
    <div className="wi-compare">
      <p className="wi-hint">{named.length === 0 ? t('wi.noScenarios') : t('wi.compareHint')}</p>
      <div className="wi-scroll">
        <table className="wi-table" aria-label={t('wi.tabCompare')}>
          <thead>
            <tr>
              <th>{t('wi.output')}</th>
              <th>{scenarioLabel(base!.name, lang)}</th>
              {named.map((figure) => [
                <th key={figure.name}>{figure.name}</th>,
                <th key={`${figure.name}-d`}>{t('wi.delta')}</th>,
                <th key={`${figure.name}-p`}>{t('wi.deltaPct')}</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {base!.outputs.map(([ref, baseValue], o) => (
              <tr key={ref}>
                <td title={ref}>{catalog.get(ref)?.label[lang] ?? ref}</td>
                <td data-compare={ref} data-scenario="base" data-value={number(baseValue)}>{showValue(ref, baseValue, catalog, lang, t)}</td>
                {named.map((figure) => {
                  const value = figure.outputs[o]![1];
                  const change = differenceFromBase(value, baseValue);
                  return [
                    <td key={figure.name} data-compare={ref} data-scenario={figure.name} data-value={number(value)}>{showValue(ref, value, catalog, lang, t)}</td>,
                    <td key={`${figure.name}-d`}>{change ? `${change.delta > 0 ? '+' : ''}${catalog.get(ref)?.format === 'percent' ? t('wi.points', { n: (change.delta * 100).toFixed(1) }) : formatNumber(change.delta, catalog.get(ref)?.format, lang)}` : ''}</td>,
                    <td key={`${figure.name}-p`}>{change !== undefined && change.ratio !== null ? `${change.ratio > 0 ? '+' : ''}${formatNumber(change.ratio, 'percent', lang)}` : ''}</td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="wi-charts">
        {charts.map(([id, option]) => <AnalysisChart key={id} id={id} title={whatIfChartTitle(id, lang)} option={option} />)}
      </div>
    </div>
  );
}
