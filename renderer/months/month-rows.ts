import { cellRef, isSeries, type EngineView } from '../../models/engine';
import { monthOverridesOf, monthValues, namedScenario } from '../../models/scenario';
import type { NumberFormat, Scenario } from '../../shared/scenario-schema';

/** A series row as the month grid shows it. */
export interface MonthRow {
  readonly ref: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly format: NumberFormat | undefined;
  /** The computed months (overrides applied), or empty while the row is an error. */
  readonly months: Float64Array;
  /** Month number → the override typed by hand. */
  readonly overrides: ReadonlyMap<number, number>;
}

/**
 * Every row of a scalar grid that holds a monthly series (or has month
 * overrides), in document order: the rows a month-by-month grid can show
 * and override. With an active scenario, its months count as overrides too.
 */
export function monthRows(scenario: Scenario, engine: EngineView, active?: string): MonthRow[] {
  const scenarioMonths = active === undefined ? undefined : namedScenario(scenario, active)?.months;
  const rows: MonthRow[] = [];
  for (const grid of scenario.grids) {
    if (grid.kind !== 'scalar') continue;
    for (const row of grid.rows) {
      const ref = cellRef(grid.name, row.name);
      const value = engine.get(ref);
      if (!(value !== undefined && isSeries(value)) && !row.overrides) continue;
      const label = typeof row.label === 'object' ? row.label : { en: row.label ?? row.name, zh: row.label ?? row.name };
      const own = scenarioMonths?.[ref];
      const overrides = own ? new Map([...monthOverridesOf(scenario, ref), ...monthValues(own)]) : monthOverridesOf(scenario, ref);
      rows.push({ ref, label, format: row.format, months: value !== undefined && isSeries(value) ? value : new Float64Array(0), overrides });
    }
  }
  return rows;
}

/** Why a pasted block does not fit, or the months it sets (ref, month, text). */
export type MonthPaste =
  | { readonly ok: true; readonly entries: ReadonlyArray<readonly [string, number, string]> }
  | { readonly ok: false; readonly reason: 'tooWide' | 'tooTall'; readonly size: number; readonly fit: number };

/**
 * Lays a block of clipboard cells onto the month grid with its top-left at
 * (row, month). A block that does not fit is refused whole, never cut.
 */
export function planMonthPaste(refs: readonly string[], row: number, month: number, horizon: number, block: readonly (readonly string[])[]): MonthPaste {
  const width = Math.max(0, ...block.map((line) => line.length));
  if (month - 1 + width > horizon) return { ok: false, reason: 'tooWide', size: width, fit: horizon - month + 1 };
  if (row + block.length > refs.length) return { ok: false, reason: 'tooTall', size: block.length, fit: refs.length - row };
  const entries: Array<[string, number, string]> = [];
  block.forEach((line, r) => line.forEach((text, c) => entries.push([refs[row + r]!, month + c, text])));
  return { ok: true, entries };
}
