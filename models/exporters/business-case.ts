import { fillIn } from '../../shared/fill-in';
import { NONE, cellRef, isError, type EngineView, type Value } from '../engine';
import { formatNumber, formatValue } from '../format/format-value';
import type { Lang } from '../../shared/lang';
import { namesAndMore, optionLabel } from '../format/local-text';
import { warnings } from '../outputs';
import { DEFAULT_STALE_AFTER_DAYS } from '../../shared/scenario-schema';
import { isStale, type CellInfo, type InputMisfit } from '../scenario';

/** One line of the business case: a label, the value as shown, the unit, where it comes from. */
export interface CaseLine {
  readonly ref: string;
  readonly label: string;
  readonly value: Value;
  readonly shown: string;
  readonly unit: string;
  readonly source: string;
  /** The day the source's figure is as of (`YYYY-MM-DD`), if it is dated. */
  readonly asOf?: string;
  /** Dated longer ago than the scenario's stale age on the day of the business case. */
  readonly stale: boolean;
}

/** What a business case is about: the scenario, its file, the day, the language, and the age after which a dated figure is stale. */
export interface BusinessCaseMeta {
  readonly scenario: string;
  readonly file: string;
  readonly date: Date;
  readonly lang: Lang;
  /** Default {@link DEFAULT_STALE_AFTER_DAYS}. */
  readonly staleAfterDays?: number;
  /** Cells of the file that hold what they cannot take (see inputMisfits): risks, since they spoil what reads them. */
  readonly misfits?: readonly InputMisfit[];
}

/** A table of assumptions (models, languages): column headings, then one row per table row. */
export interface CaseTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{ readonly label: string; readonly cells: readonly string[]; readonly source: string; readonly asOf?: string; readonly stale: boolean }>;
}

/** An assumption that moves an output: what ±X % of it does (from a sensitivity analysis). */
export interface Driver {
  readonly ref: string;
  /** How far the output swings between the input's low and high. */
  readonly swing: number;
  /** The percentage the input was moved by. */
  readonly pct: number;
}

/** What a business case says, in one language: the same content for HTML, PDF and Excel. */
export interface BusinessCase {
  readonly lang: Lang;
  readonly title: string;
  readonly scenario: string;
  readonly file: string;
  /** ISO date-time, and the date as the language writes it. */
  readonly date: string;
  readonly dateShown: string;
  /** The answer in one or two sentences: which deployment, what it costs, when it pays back. */
  readonly recommendation: readonly string[];
  readonly kpis: readonly CaseLine[];
  /** The assumptions that move TCO most, as sentences. */
  readonly drivers: readonly string[];
  /** Warnings and other reasons to doubt the numbers. */
  readonly risks: readonly string[];
  /** Scalar assumptions that matter (traffic, prompt, deployment, business), with sources. */
  readonly assumptions: readonly CaseLine[];
  /** Prices and languages, as tables. */
  readonly tables: readonly CaseTable[];
}

const words = {
  en: {
    title: 'Business case', never: 'not within the horizon', horizon: '{n} months', monthN: 'month {n}',
    recommend: 'Recommended deployment: {mode}. Total cost of ownership {tco} USD over {horizon}; {payback}; ROI {roi}, gross margin {margin}.',
    planned: 'Deployment as planned: {mode}. Total cost of ownership {tco} USD over {horizon}; {payback}; ROI {roi}, gross margin {margin}.',
    paysBack: 'it pays back in month {n}', noPayback: 'it does not pay back within the horizon',
    cheaper: 'Recommended instead: {best}, which would cost {saving} USD less over the horizon.',
    driver: '{label}: ±{pct}% moves TCO by {swing} USD', unsourced: '{n} assumptions rest on an unsourced default: {names}', unsourcedOne: 'One assumption rests on an unsourced default: {names}', stale: '{n} figure(s) are dated more than {days} days ago',
    models: 'Model prices (USD per 1M tokens)', languages: 'Languages', model: 'Model', input: 'Input', output: 'Output', cached: 'Cached input', share: 'Traffic share',
    language: 'Language', langShare: 'Share of requests', perUnit: 'Tokens per unit', inUnits: 'Input units', outUnits: 'Output units',
  },
  zh: {
    title: '商业论证', never: '规划期内无', horizon: '{n} 个月', monthN: '第 {n} 个月',
    recommend: '建议的部署方式：{mode}。{horizon}总拥有成本 {tco} 美元；{payback}；投资回报率 {roi}，毛利率 {margin}。',
    planned: '计划的部署方式：{mode}。{horizon}总拥有成本 {tco} 美元；{payback}；投资回报率 {roi}，毛利率 {margin}。',
    paysBack: '第 {n} 个月回本', noPayback: '规划期内无法回本',
    cheaper: '建议改用{best}：规划期内可节省 {saving} 美元。',
    driver: '{label}：±{pct}% 使总拥有成本变动 {swing} 美元', unsourced: '{n} 项假设使用了未注明来源的默认值：{names}', unsourcedOne: '1 项假设使用了未注明来源的默认值：{names}', stale: '{n} 个数值的日期早于 {days} 天前',
    models: '模型价格（美元/百万 token）', languages: '语言', model: '模型', input: '输入', output: '输出', cached: '缓存输入', share: '流量占比',
    language: '语言', langShare: '请求占比', perUnit: '每单位 token', inUnits: '输入单位数', outUnits: '输出单位数',
  },
} as const;

type Words = { readonly [K in keyof (typeof words)['en']]: string };

/** The key figures a business case leads with, in order (those the scenario has). */
const KEY_FIGURES = ['out.tco', 'out.payback_month', 'out.roi', 'out.gross_margin', 'out.cost_per_request', 'out.tco_api', 'out.tco_cloud', 'out.tco_onprem', 'out.ft_breakeven_month', 'out.ft_max_retry_multiplier'];
/** The scalar grids whose inputs a reader needs. */
const ASSUMPTION_GRIDS = ['traffic', 'prompt', 'deploy', 'biz'];
const MODES = ['api', 'cloud', 'onprem'] as const;
/** The choice of deployment; its options are MODES, and its labels name them. */
const MODE_REF = 'deploy.mode';

/**
 * Gathers the business case of a computed scenario: the answer first (which
 * deployment, its TCO, payback, ROI and margin), what moves TCO most, the
 * risks, then the assumptions that matter — prices and languages as tables,
 * with their sources. It reads the reference model's names; a scenario
 * without them gets a shorter case, not an error.
 */
export function businessCase(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, meta: BusinessCaseMeta, drivers: readonly Driver[] = []): BusinessCase {
  const { lang } = meta;
  const w: Words = words[lang];
  const maxAge = meta.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const line = (ref: string): CaseLine => {
    const info = catalog.get(ref);
    const value = engine.get(ref)!;
    // A month number reads as "month 12" / "第 12 个月": "12 月" would read as December.
    const isMonth = ref.endsWith('_month') && typeof value === 'number';
    const shown = value === NONE ? w.never : isMonth ? fillIn(w.monthN, { n: value }) : typeof value === 'string' && info?.optionLabels ? optionLabel(info.optionLabels, value, lang) : formatValue(value, info?.format, lang);
    return {
      ref, label: info?.label[lang] ?? ref, value, shown, unit: info?.format === 'percent' || isMonth ? '' : info?.unit?.[lang] ?? '', source: info?.source ?? '',
      asOf: info?.asOf, stale: isStale(info?.asOf, meta.date, maxAge),
    };
  };
  const allWarnings = warnings(engine, catalog, lang, meta.misfits ?? []).map((warning) => warning.text);
  const unsourced = [...catalog.values()].filter((info) => ASSUMPTION_GRIDS.includes(info.grid) && /^Assumption:/.test(info.source ?? '')).map((info) => info.label[lang]);
  const stale = [...catalog.values()].filter((info) => isStale(info.asOf, meta.date, maxAge)).length;
  return {
    lang,
    title: `${w.title}${lang === 'zh' ? '：' : ': '}${meta.scenario}`,
    scenario: meta.scenario,
    file: meta.file,
    date: meta.date.toISOString(),
    dateShown: new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(meta.date),
    recommendation: recommendation(engine, catalog.get(MODE_REF), w, lang),
    kpis: KEY_FIGURES.filter((ref) => engine.has(ref)).map(line),
    drivers: drivers.slice(0, 3).map((driver) => fillIn(w.driver, { label: catalog.get(driver.ref)?.label[lang] ?? driver.ref, pct: driver.pct, swing: formatNumber(driver.swing, 'currency', lang) })),
    risks: [...allWarnings, ...(stale > 0 ? [fillIn(w.stale, { n: stale, days: maxAge })] : []), ...(unsourced.length > 0 ? [fillIn(unsourced.length === 1 ? w.unsourcedOne : w.unsourced, { n: unsourced.length, names: namesAndMore(unsourced, 4, lang) })] : [])],
    assumptions: [...catalog.values()].filter((info) => ASSUMPTION_GRIDS.includes(info.grid) && info.column === undefined && engine.has(info.ref)).map((info) => line(info.ref)),
    tables: [modelTable(engine, catalog, w, meta, maxAge), languageTable(engine, catalog, w, meta, maxAge)].filter((table): table is CaseTable => table !== undefined),
  };
}

/** The line under every exported chart: the scenario and the date. */
export function caseFooter(doc: BusinessCase): string {
  return `${doc.scenario} · ${doc.dateShown}`;
}

const number = (engine: EngineView, ref: string): number | undefined => {
  const value = engine.get(ref);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

function recommendation(engine: EngineView, modeInfo: CellInfo | undefined, w: Words, lang: Lang): string[] {
  const tcos = MODES.map((mode) => [mode, number(engine, `out.tco_${mode}`)] as const).filter((entry): entry is readonly [typeof MODES[number], number] => entry[1] !== undefined);
  const current = engine.get(MODE_REF);
  const tco = number(engine, 'out.tco');
  if (tcos.length === 0 || typeof current !== 'string' || tco === undefined) return [];
  const best = tcos.reduce((a, b) => (b[1] < a[1] ? b : a));
  const payback = number(engine, 'out.payback_month');
  const percent = (ref: string) => {
    const value = engine.get(ref);
    return typeof value === 'number' ? formatNumber(value, 'percent', lang) : value === undefined || isError(value) ? '—' : w.never;
  };
  const horizon = number(engine, 'calendar.horizon_months');
  const modeShown = (mode: string) => optionLabel(modeInfo?.optionLabels, mode, lang);
  // The chosen deployment is recommended only when it is the cheapest; otherwise the page says which is, and by how much.
  const sentences = [fillIn(best[0] === current ? w.recommend : w.planned, {
    mode: modeShown(current), tco: formatNumber(tco, 'currency', lang), horizon: fillIn(w.horizon, { n: horizon ?? '?' }),
    payback: payback === undefined ? w.noPayback : fillIn(w.paysBack, { n: payback }), roi: percent('out.roi'), margin: percent('out.gross_margin'),
  })];
  if (best[0] !== current) {
    const saving = tco - best[1];
    sentences.push(fillIn(w.cheaper, { best: modeShown(best[0]), saving: formatNumber(saving, 'currency', lang) }));
  }
  return sentences;
}

function tableOf(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, grid: string, columns: ReadonlyArray<readonly [string, string]>, title: string, meta: BusinessCaseMeta, maxAge: number): CaseTable | undefined {
  const { lang } = meta;
  const rows = [...new Set([...catalog.values()].filter((info) => info.grid === grid && info.column !== undefined).map((info) => info.row))];
  if (rows.length === 0) return undefined;
  return {
    title,
    columns: columns.map(([, heading]) => heading),
    rows: rows.map((row) => {
      const first = catalog.get(cellRef(grid, row, columns[0]![0]));
      return {
        label: first?.label[lang].split(' · ')[0] ?? row,
        cells: columns.map(([column]) => {
          const ref = cellRef(grid, row, column);
          const value = engine.get(ref);
          return value === undefined ? '' : formatValue(value, catalog.get(ref)?.format, lang);
        }),
        source: first?.source ?? '',
        asOf: first?.asOf,
        stale: isStale(first?.asOf, meta.date, maxAge),
      };
    }),
  };
}

function modelTable(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, w: Words, meta: BusinessCaseMeta, maxAge: number): CaseTable | undefined {
  return tableOf(engine, catalog, 'models', [['input_per_m', w.input], ['output_per_m', w.output], ['cached_per_m', w.cached], ['traffic_share', w.share]], w.models, meta, maxAge);
}

function languageTable(engine: EngineView, catalog: ReadonlyMap<string, CellInfo>, w: Words, meta: BusinessCaseMeta, maxAge: number): CaseTable | undefined {
  return tableOf(engine, catalog, 'languages', [['share', w.langShare], ['tokens_per_unit', w.perUnit], ['input_units', w.inUnits], ['output_units', w.outUnits]], w.languages, meta, maxAge);
}
