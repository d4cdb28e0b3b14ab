import { builtinCatalog } from '../../models/catalog/builtin-catalog';
import type { TokencastBridge } from '../../shared/ipc';
import type { PriceCatalog } from '../../shared/price-catalog-schema';

let current: Promise<PriceCatalog> | undefined;

/**
 * The catalog the picker uses: the one imported last (kept by the host),
 * else the one that ships. Loaded the first time a picker opens, never at start.
 */
export function priceCatalog(bridge: TokencastBridge): Promise<PriceCatalog> {
  current ??= bridge.installedPriceCatalog().catch(() => null).then((installed) => installed ?? builtinCatalog());
  return current;
}

/** Makes a just-imported catalog the one the picker uses. */
export function setImportedCatalog(catalog: PriceCatalog): void {
  current = Promise.resolve(catalog);
}
