import type { PriceCatalog } from '../../shared/price-catalog-schema';
import { NAME_PATTERN, type Scenario, type TableGrid } from '../../shared/scenario-schema';
import { cellRef } from '../engine';
import { addRow, cellInput, cellSource, setCell, setCellSource, setSourcedCellIn } from '../scenario';
import { toEntry, type PriceEntry } from './catalog-entries';

/**
 * Prices from the catalog in a scenario's Models grid: filling a row from an
 * entry (recording the entry, source and date in each price cell), and
 * finding and applying what a newer catalog changes.
 */

/** The table of models and their prices. */
export const MODELS_GRID = 'models';

/** The price columns a catalog entry fills, per 1M tokens. */
export const PRICE_CELLS = ['input_per_m', 'output_per_m', 'cached_per_m'] as const;

/** A price column. */
export type PriceCell = (typeof PRICE_CELLS)[number];

/** The three prices of an entry as a row takes them (a missing cached price means the input price), or why it has none. */
export function rowPrices(entry: PriceEntry): Record<PriceCell, number> | string {
  if (entry.input_per_m === null) return `${entry.id} has no input price in the catalog`;
  if (entry.output_per_m === null) return `${entry.id} has no output price in the catalog`;
  return { input_per_m: entry.input_per_m, output_per_m: entry.output_per_m, cached_per_m: entry.cached_per_m ?? entry.input_per_m };
}

/** The Models grid, or why the scenario has none that can take catalog prices. */
export function modelsGrid(scenario: Scenario): TableGrid | string {
  const grid = scenario.grids.find((g) => g.name === MODELS_GRID);
  if (!grid || grid.kind !== 'table') return `the scenario has no table grid "${MODELS_GRID}" to take catalog prices`;
  const missing = PRICE_CELLS.filter((column) => !grid.columns.some((c) => c.name === column));
  if (missing.length > 0) return `the ${MODELS_GRID} grid has no column ${missing.join(', ')} for catalog prices`;
  return grid;
}

function stamp(catalog: PriceCatalog, entry: PriceEntry, column: PriceCell) {
  const inferred = column === 'cached_per_m' && entry.cached_per_m === null;
  return { source: inferred ? `${catalog.source} (no cached-input price: the input price)` : catalog.source, asOf: catalog.date, catalog: entry.id };
}

/**
 * Fills a row of the Models grid with an entry's prices, each cell recording
 * the entry, the catalog's source and its date; with a named scenario
 * `active`, as its overrides (see setSourcedCellIn).
 */
export function fillModelPrices(scenario: Scenario, rowName: string, entry: PriceEntry, catalog: PriceCatalog, active?: string): string | undefined {
  const grid = modelsGrid(scenario);
  if (typeof grid === 'string') return grid;
  if (!grid.rows.some((row) => row.name === rowName)) return `there is no row ${cellRef(MODELS_GRID, rowName)} (rows: ${grid.rows.map((row) => row.name).join(', ') || 'none'})`;
  const prices = rowPrices(entry);
  if (typeof prices === 'string') return prices;
  for (const column of PRICE_CELLS) {
    const problem = setSourcedCellIn(scenario, active, cellRef(MODELS_GRID, rowName, column), prices[column], stamp(catalog, entry, column));
    if (problem) return problem;
  }
  return undefined;
}

/** A row name for an entry: its id in lower_snake_case (`dashscope/qwen-max` → `dashscope_qwen_max`), numbered if taken. */
export function rowNameFor(scenario: Scenario, id: string): string {
  let base = id.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!NAME_PATTERN.test(base)) base = `model_${base}`;
  const taken = new Set(scenario.grids.find((g) => g.name === MODELS_GRID)?.rows.map((row) => row.name) ?? []);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Adds a row for an entry, labelled with its id, and fills its prices; returns the new row's name, or why not. */
export function addModelRow(scenario: Scenario, entry: PriceEntry, catalog: PriceCatalog): { row: string } | { error: string } {
  const grid = modelsGrid(scenario);
  if (typeof grid === 'string') return { error: grid };
  const prices = rowPrices(entry);
  if (typeof prices === 'string') return { error: prices };
  const row = rowNameFor(scenario, entry.id);
  const problem = addRow(scenario, MODELS_GRID, row) ?? fillModelPrices(scenario, row, entry, catalog);
  if (problem) return { error: problem };
  grid.rows[grid.rows.length - 1]!.label = entry.id;
  return { row };
}

/** A price of the open scenario that a catalog gives differently. */
export interface PriceChange {
  readonly ref: string;
  readonly row: string;
  readonly column: PriceCell;
  readonly catalogId: string;
  readonly old: number | null;
  readonly new: number;
  /** (new − old) / old, or null when the old price was 0 or not a number. */
  readonly change: number | null;
}

/** What a newer catalog means for the scenario's catalog prices: the changed ones, the unchanged ones, and links the catalog no longer has. */
export interface PriceReview {
  readonly changed: readonly PriceChange[];
  readonly unchanged: readonly string[];
  /** Refs whose catalog entry is not in the catalog. */
  readonly missing: ReadonlyArray<{ readonly ref: string; readonly catalogId: string }>;
}

/** Compares every price cell filled from a catalog entry with that entry in `catalog`. */
export function reviewPrices(scenario: Scenario, catalog: PriceCatalog): PriceReview {
  const grid = modelsGrid(scenario);
  const changed: PriceChange[] = [];
  const unchanged: string[] = [];
  const missing: Array<{ ref: string; catalogId: string }> = [];
  if (typeof grid === 'string') return { changed, unchanged, missing };
  const byId = new Map(catalog.models.map((row) => [row[0], row]));
  for (const row of grid.rows) {
    for (const column of PRICE_CELLS) {
      const ref = cellRef(MODELS_GRID, row.name, column);
      const catalogId = cellSource(scenario, ref)?.catalog;
      if (catalogId === undefined) continue;
      const found = byId.get(catalogId);
      const prices = found ? rowPrices(toEntry(found)) : undefined;
      if (prices === undefined || typeof prices === 'string') {
        missing.push({ ref, catalogId });
        continue;
      }
      const input = cellInput(scenario, ref);
      const old = typeof input === 'number' ? input : null;
      if (old === prices[column]) {
        unchanged.push(ref);
        continue;
      }
      changed.push({ ref, row: row.name, column, catalogId, old, new: prices[column], change: old === null || old === 0 ? null : (prices[column] - old) / old });
    }
  }
  return { changed, unchanged, missing };
}

/**
 * Applies the chosen changes of a review (by reference) with the catalog's
 * source and date, and dates the unchanged catalog prices anew: the newer
 * table confirms them.
 */
export function applyPriceReview(scenario: Scenario, review: PriceReview, chosen: ReadonlySet<string>, catalog: PriceCatalog): string | undefined {
  for (const change of review.changed) {
    if (!chosen.has(change.ref)) continue;
    const problem = setCell(scenario, change.ref, change.new);
    if (problem) return problem;
    setCellSource(scenario, change.ref, { source: catalog.source, asOf: catalog.date, catalog: change.catalogId });
  }
  for (const ref of review.unchanged) {
    const current = cellSource(scenario, ref);
    setCellSource(scenario, ref, { ...current, asOf: catalog.date });
  }
  return undefined;
}
