import { NONE, type Engine, type Value } from '../engine';
import { formatValue, type Lang } from '../format/format-value';
import { CHECKS_GRID, OUTPUT_GRID, outputValues, warnings } from '../outputs';
import { DEFAULT_STALE_AFTER_DAYS } from '../../shared/scenario-schema';
import { isFormula } from '../engine';
import { isStale, type CellInfo } from '../scenario';

/** Grids whose cells are computed helpers, not assumptions a reader needs to see. */
const COMPUTED_GRIDS = new Set(['derived', 'series', CHECKS_GRID, OUTPUT_GRID]);

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

/** What a business case says, in one language: the same content for HTML, PDF and Excel. */
export interface BusinessCase {
  readonly lang: Lang;
  readonly title: string;
  readonly scenario: string;
  readonly file: string;
  readonly date: string;
  readonly kpis: readonly CaseLine[];
  readonly assumptions: readonly CaseLine[];
  readonly warnings: readonly string[];
}

const headings = {
  en: { title: 'Business case', never: 'not within the horizon' },
  zh: { title: '商业论证', never: '规划期内无' },
} as const;

/** What a business case is about: the scenario, its file, the day, the language, and the age after which a dated figure is stale. */
export interface BusinessCaseMeta {
  readonly scenario: string;
  readonly file: string;
  readonly date: Date;
  readonly lang: Lang;
  /** Default {@link DEFAULT_STALE_AFTER_DAYS}. */
  readonly staleAfterDays?: number;
}

/** Gathers the business case of a computed scenario. */
export function businessCase(engine: Engine, catalog: ReadonlyMap<string, CellInfo>, meta: BusinessCaseMeta): BusinessCase {
  const { lang } = meta;
  const maxAge = meta.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const line = (ref: string, value: Value): CaseLine => {
    const info = catalog.get(ref);
    const shown = value === NONE ? headings[lang].never : formatValue(value, info?.format, lang);
    return {
      ref, label: info?.label[lang] ?? ref, value, shown, unit: info?.format === 'percent' ? '' : info?.unit ?? '', source: info?.source ?? '',
      asOf: info?.asOf, stale: isStale(info?.asOf, meta.date, maxAge),
    };
  };
  // Key assumptions: the named inputs of scalar grids, and the dated inputs of tables (prices
  // from the catalog, measured ratios); the rest of the tables stays in the model.
  const assumptions = [...catalog.values()]
    .filter((info) => !COMPUTED_GRIDS.has(info.grid) && isAssumption(engine, info))
    .map((info) => line(info.ref, engine.get(info.ref)!));
  return {
    lang,
    title: `${headings[lang].title}: ${meta.scenario}`,
    scenario: meta.scenario,
    file: meta.file,
    date: meta.date.toISOString(),
    kpis: outputValues(engine).map(([ref, value]) => line(ref, value)),
    assumptions,
    warnings: warnings(engine, catalog, lang).map((warning) => warning.text),
  };
}

function isAssumption(engine: Engine, info: CellInfo): boolean {
  const input = engine.input(info.ref);
  if (input === undefined) return false;
  return info.column === undefined || (info.asOf !== undefined && input !== null && !isFormula(input));
}
