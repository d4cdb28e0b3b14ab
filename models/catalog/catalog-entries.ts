import type { PriceCatalog, PriceEntryRow } from '../../shared/price-catalog-schema';

/** One model of a catalog, by name: prices in USD per 1M tokens, `null` where the table has no figure. */
export interface PriceEntry {
  readonly id: string;
  readonly provider: string;
  readonly mode: string | null;
  readonly input_per_m: number | null;
  readonly output_per_m: number | null;
  readonly cached_per_m: number | null;
  readonly batch_input_per_m: number | null;
  readonly batch_output_per_m: number | null;
  readonly context_window: number | null;
}

/** A stored row as an entry. */
export function toEntry(row: PriceEntryRow): PriceEntry {
  const [id, provider, mode, input_per_m, output_per_m, cached_per_m, batch_input_per_m, batch_output_per_m, context_window] = row;
  return { id, provider, mode, input_per_m, output_per_m, cached_per_m, batch_input_per_m, batch_output_per_m, context_window };
}

/** The entry with this id (the key in the LiteLLM table, exactly), or undefined. */
export function findEntry(catalog: PriceCatalog, id: string): PriceEntry | undefined {
  const row = catalog.models.find((model) => model[0] === id);
  return row ? toEntry(row) : undefined;
}

/** Providers that sell their own models first-hand: their entries come before resellers' copies of the same model. */
const FIRST_PARTY = new Set(['openai', 'anthropic', 'deepseek', 'dashscope', 'gemini', 'mistral', 'xai', 'moonshot', 'zai', 'cohere']);

/** Id segments that date a snapshot (20250514, 2024-08-06 split as 2024/08/06, latest) rather than name a model. */
const SNAPSHOT = /^(\d{6,8}|\d{4}|\d{2}|latest)$/;

const segmentsOf = (text: string) => text.toLowerCase().split(/[\s\-_/.:@]+/).filter(Boolean);

/**
 * The entries matching a query, best first. Every word of the query must
 * begin a part of the id or the provider (`claude sonnet 4` finds
 * `claude-sonnet-4-20250514`, not a model dated 2024); an exact id comes
 * first, then first-hand providers, then ids naming no more than asked
 * (dates of snapshots aside: `claude sonnet 4` puts claude-sonnet-4-20250514
 * before claude-sonnet-4-5), then shorter ids.
 */
export function searchCatalog(catalog: PriceCatalog, query: string): PriceEntry[] {
  const words = segmentsOf(query);
  if (words.length === 0) return [];
  const exact = query.trim().toLowerCase();
  const scored: Array<{ row: PriceEntryRow; rank: [number, number, number, number] }> = [];
  for (const row of catalog.models) {
    const parts = [...segmentsOf(row[0]), ...segmentsOf(row[1])];
    if (!words.every((word) => parts.some((part) => part.startsWith(word)))) continue;
    const id = row[0].toLowerCase();
    // A date or "latest" names a snapshot of the same model, not another one: claude-sonnet-4-20250514 is "claude sonnet 4", claude-sonnet-4-5 is not.
    const naming = segmentsOf(row[0]).filter((segment) => !SNAPSHOT.test(segment)).length;
    scored.push({ row, rank: [id === exact ? 0 : 1, FIRST_PARTY.has(row[1]) ? 0 : 1, naming, id.length] });
  }
  scored.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || a.rank[3] - b.rank[3] || (a.row[0] < b.row[0] ? -1 : 1));
  return scored.map(({ row }) => toEntry(row));
}

/** Every id of a catalog, in its order. */
export function catalogIds(catalog: PriceCatalog): string[] {
  return catalog.models.map((model) => model[0]);
}
