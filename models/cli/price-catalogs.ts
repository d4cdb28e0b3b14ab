import path from 'node:path';
import { PRICE_CATALOG_FILE, priceCatalogSchema, type PriceCatalog } from '../../shared/price-catalog-schema';
import { builtinCatalog, readLiteLlmTable } from '../catalog';
import { isoDay } from '../scenario';
import { CliFailure, describeFsError, type CliIo } from './cli-io';
import { readScenarioText } from './open-scenario';

/** Where `prices import` installs a catalog: the desktop app's data folder, so the app uses it too. */
export function installedCatalogPath(io: CliIo): string {
  return path.join(io.dataFolder, PRICE_CATALOG_FILE);
}

/**
 * Reads a LiteLLM-format price table into a catalog dated the day the file
 * was last modified (the day it was downloaded). A malformed file fails with
 * one line naming its first bad entry.
 */
export function readPriceTable(file: string, io: CliIo): PriceCatalog {
  const text = readScenarioText(file, io);
  let modified: number;
  try {
    modified = io.modifiedMs(file);
  } catch (error) {
    throw new CliFailure(`cannot read ${describeFsError(file, error)}`);
  }
  const result = readLiteLlmTable(text, { date: isoDay(new Date(modified)), origin: path.basename(file) });
  if (!result.ok) throw new CliFailure(`${file}: ${result.error}`);
  return result.catalog;
}

/** The catalog a command uses: `--catalog FILE` for this command only, else the installed one, else the one that ships. */
export async function priceCatalog(io: CliIo, catalogFile: string | undefined): Promise<PriceCatalog> {
  if (catalogFile !== undefined) return readPriceTable(catalogFile, io);
  const installed = installedCatalogPath(io);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(installed);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return builtinCatalog();
    throw new CliFailure(`cannot read the installed price catalog ${describeFsError(installed, error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    parsed = undefined;
  }
  const result = priceCatalogSchema.safeParse(parsed);
  if (!result.success) throw new CliFailure(`the installed price catalog ${installed} is damaged; install one again with: tokencast prices import FILE`);
  return result.data;
}

/** The catalog `--price` edits read (none needed without them: compute never loads one); `--catalog` without `--price` is a mistake. */
export async function catalogForEdits(edits: { readonly prices: readonly string[] }, catalogFile: string | undefined, io: CliIo): Promise<PriceCatalog | undefined> {
  if (edits.prices.length === 0) {
    if (catalogFile !== undefined) throw new CliFailure('--catalog FILE is for --price ROW=ID and prices search; nothing here reads prices');
    return undefined;
  }
  return priceCatalog(io, catalogFile);
}
