import { builtinCatalog } from '../../models/catalog/builtin-catalog';
import type { TokencastBridge } from '../../shared/ipc';
import type { PriceCatalog } from '../../shared/price-catalog-schema';

let current: Promise<PriceCatalog> | undefined;
/** Whether the catalog in use was imported (rather than shipped with the app). */
let imported = false;

/**
 * The catalog the picker uses: the one imported last (kept by the host),
 * else the one that ships. Loaded the first time a picker opens, never at start.
 */
export function priceCatalog(bridge: TokencastBridge): Promise<PriceCatalog> {
  current ??= bridge.installedPriceCatalog().catch(() => null).then((installed) => {
    imported = installed !== null;
    return installed ?? builtinCatalog();
  });
  return current;
}

/** Goes back to the catalog that ships with the app: forgets the imported one here and in the host. */
export async function resetToBuiltinCatalog(bridge: TokencastBridge): Promise<PriceCatalog> {
  await bridge.resetPriceCatalog();
  imported = false;
  current = builtinCatalog();
  return current;
}

/** True when the catalog in use is one the user imported, so going back to the shipped one means something. */
export function usesImportedCatalog(): boolean {
  return imported;
}

/** Makes a just-imported catalog the one the picker uses. */
export function setImportedCatalog(catalog: PriceCatalog): void {
  imported = true;
  current = Promise.resolve(catalog);
}
