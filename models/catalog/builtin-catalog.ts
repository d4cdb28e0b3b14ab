import { priceCatalogSchema, type PriceCatalog } from '../../shared/price-catalog-schema';

/** The day the shipped catalog's prices are as of (LiteLLM's table of that day). */
export const BUILTIN_CATALOG_DATE = '2026-07-24';

let loaded: PriceCatalog | undefined;

/**
 * The catalog that ships with the app and the CLI, derived from LiteLLM's
 * table of {@link BUILTIN_CATALOG_DATE} by `npm run catalog`. Loaded on
 * first use (its own chunk), so neither the app's start nor `compute` pays for it.
 */
export async function builtinCatalog(): Promise<PriceCatalog> {
  if (!loaded) {
    const { default: text } = await import('./data/litellm-2026-07-24.json?raw');
    loaded = priceCatalogSchema.parse(JSON.parse(text));
  }
  return loaded;
}
