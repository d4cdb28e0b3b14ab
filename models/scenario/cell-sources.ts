import { DEFAULT_STALE_AFTER_DAYS, type CellSource, type Scenario } from '../../shared/scenario-schema';
import { locateCell } from './cell-place';

/**
 * Sources and as-of dates of single cells. A scalar row is one cell, so its
 * `source`, `asOf` and `catalog` are the cell's. A table cell has its own
 * entry in the row's `sources`, or else the row's `source` and `asOf`.
 */

/** Where a cell's value comes from, as shown: its own source, else its row's. Undefined for a reference that names no cell. */
export function cellSource(scenario: Scenario, ref: string): CellSource | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return undefined;
  const grid = scenario.grids[place.gridIndex]!;
  if (grid.kind === 'scalar') {
    const row = grid.rows[place.rowIndex]!;
    return definedOnly({ source: row.source, asOf: row.asOf, catalog: row.catalog });
  }
  const row = grid.rows[place.rowIndex]!;
  const own = row.sources?.[place.column!];
  return definedOnly({ source: own?.source ?? row.source, asOf: own?.asOf ?? row.asOf, catalog: own?.catalog });
}

/**
 * Sets where a cell's value comes from (undefined or all parts empty: a table
 * cell goes back to its row's source; a scalar cell has none).
 */
export function setCellSource(scenario: Scenario, ref: string, source: CellSource | undefined): string | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return `there is no cell ${ref}`;
  const next = definedOnly({ source: source?.source?.trim() || undefined, asOf: source?.asOf || undefined, catalog: source?.catalog || undefined });
  if (next.asOf !== undefined && !isIsoDate(next.asOf)) return `"${next.asOf}" is not a date (YYYY-MM-DD)`;
  const grid = scenario.grids[place.gridIndex]!;
  if (grid.kind === 'scalar') {
    const row = grid.rows[place.rowIndex]!;
    for (const key of ['source', 'asOf', 'catalog'] as const) {
      if (next[key] === undefined) delete row[key];
      else if (row[key] !== next[key]) row[key] = next[key];
    }
    return undefined;
  }
  const row = grid.rows[place.rowIndex]!;
  const column = place.column!;
  if (Object.keys(next).length === 0) {
    if (!row.sources?.[column]) return undefined;
    delete row.sources[column];
    if (Object.keys(row.sources).length === 0) delete row.sources;
    return undefined;
  }
  row.sources ??= {};
  row.sources[column] = next;
  return undefined;
}

/**
 * Forgets that a cell was filled from the catalog: its value was changed by
 * hand, so the catalog's name and date no longer vouch for it. A table cell
 * returns to its row's source; a scalar cell loses its source.
 */
export function dropCatalogSource(scenario: Scenario, ref: string): void {
  if (cellSource(scenario, ref)?.catalog !== undefined) setCellSource(scenario, ref, undefined);
}

/** The age after which a scenario's dated values are stale, in days. */
export function staleAfterDays(scenario: Scenario): number {
  return scenario.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
}

/** Sets the age after which dated values are stale (the default age removes the setting from the file). */
export function setStaleAfterDays(scenario: Scenario, days: number): string | undefined {
  if (!Number.isInteger(days) || days < 1 || days > 36_500) return `the stale age must be a whole number of days from 1 to 36,500, got ${days}`;
  if (days === DEFAULT_STALE_AFTER_DAYS) delete scenario.staleAfterDays;
  else scenario.staleAfterDays = days;
  return undefined;
}

const DAY_MS = 86_400_000;

/** Whole days from an as-of date to `today` (negative for a date in the future). */
export function ageInDays(asOf: string, today: Date): number {
  const start = Date.parse(`${asOf}T00:00:00Z`);
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

/** True when a dated value is older than the allowed age. */
export function isStale(asOf: string | undefined, today: Date, maxAgeDays: number): boolean {
  return asOf !== undefined && ageInDays(asOf, today) > maxAgeDays;
}

/** A date as `YYYY-MM-DD` (UTC), the form sources are dated in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && isoDay(new Date(time)) === text;
}

function definedOnly(source: CellSource): CellSource {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined)) as CellSource;
}
