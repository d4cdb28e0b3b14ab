import { compareScenarios, differenceFromBase, integerRefs, numericInputs, sensitivity, type ScenarioFigures } from '../analysis';
import { compareChartOption, scenarioLabel, tornadoChartOption, whatIfChartTitle } from '../charts';
import { NONE, isInGrid, type Engine, type Value } from '../engine';
import { formatNumber, formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import type { CellInfo } from '../scenario';
import type { Scenario } from '../../shared/scenario-schema';
import type { ChartFigure } from './business-case-html';
import { renderChartSvg } from './chart-svg';

/** The key figures of the base and every scenario, as shown, with each scenario's change from the base. */
export interface CaseComparison {
  /** Column heads: the base, then each scenario. */
  readonly scenarios: readonly string[];
  readonly rows: ReadonlyArray<{ readonly ref: string; readonly label: string; readonly shown: readonly string[]; readonly change: readonly string[] }>;
}

/** What a business case adds from the what-if analyses: the comparison of scenarios and the charts (overlays, tornado). */
export interface CaseWhatIf {
  readonly comparison?: CaseComparison;
  readonly charts: readonly ChartFigure[];
}

/** The outputs a comparison in a business case shows: the key figures people decide on. */
const CASE_OUTPUTS = ['out.tco', 'out.payback_month', 'out.roi', 'out.gross_margin', 'out.cost_per_request', 'out.tco_api', 'out.tco_cloud', 'out.tco_onprem', 'out.ft_breakeven_month'];

const words = {
  en: { never: 'not within the horizon', month: 'month {n}' },
  zh: { never: '规划期内无', month: '第 {n} 个月' },
} as const;

/** The comparison of scenarios as a business case shows it. */
export function caseComparison(figures: readonly ScenarioFigures[], catalog: ReadonlyMap<string, CellInfo>, lang: Lang): CaseComparison {
  const [base, ...named] = figures;
  const show = (ref: string, value: Value) => {
    if (value === NONE) return words[lang].never;
    if (typeof value === 'number' && ref.endsWith('_month')) return words[lang].month.replace('{n}', String(value));
    return formatValue(value, catalog.get(ref)?.format, lang);
  };
  const rows = base!.outputs.filter(([ref]) => CASE_OUTPUTS.includes(ref)).map(([ref, baseValue]) => {
    const valueIn = (figure: ScenarioFigures) => figure.outputs.find(([r]) => r === ref)?.[1] ?? NONE;
    return {
      ref,
      label: catalog.get(ref)?.label[lang] ?? ref,
      shown: [show(ref, baseValue), ...named.map((figure) => show(ref, valueIn(figure)))],
      change: ['', ...named.map((figure) => {
        const change = differenceFromBase(valueIn(figure), baseValue);
        if (!change || change.ratio === null || change.delta === 0) return '';
        return `${change.ratio > 0 ? '+' : ''}${formatNumber(change.ratio, 'percent', lang)}`;
      })],
    };
  });
  return { scenarios: figures.map((figure) => scenarioLabel(figure.name, lang)), rows };
}

/**
 * The what-if part of a business case: with named scenarios, their
 * comparison and the overlay charts; and the tornado of the TCO (every
 * numeric input but the calendar ±20 %, the widest ten), computed on
 * `engine` (put back as it was).
 */
export function caseWhatIf(scenario: Scenario, engine: Engine, catalog: ReadonlyMap<string, CellInfo>, lang: Lang): CaseWhatIf {
  const charts: ChartFigure[] = [];
  let comparison: CaseComparison | undefined;
  if ((scenario.scenarios ?? []).length > 0) {
    const figures = compareScenarios(scenario);
    comparison = caseComparison(figures, catalog, lang);
    for (const id of ['compare-cumulative-net', 'compare-total-cost'] as const) charts.push({ id, title: whatIfChartTitle(id, lang), svg: renderChartSvg(compareChartOption(id, figures, lang)) });
  }
  if (engine.has('out.tco')) {
    const labelOf = (ref: string) => catalog.get(ref)?.label[lang] ?? ref;
    // As "what moves TCO most" on page 1: the calendar is the frame of the plan, not an assumption to rank.
    const inputs = numericInputs(engine).filter((ref) => !isInGrid(ref, 'calendar')).map((ref) => ({ ref }));
    const result = sensitivity(engine, { output: 'out.tco', inputs, integers: integerRefs(scenario) });
    charts.push({ id: 'tornado', title: whatIfChartTitle('tornado', lang, { output: labelOf('out.tco') }), svg: renderChartSvg(tornadoChartOption(result, labelOf, lang, 10)) });
  }
  return { comparison, charts };
}
