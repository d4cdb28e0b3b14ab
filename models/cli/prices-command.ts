import { catalogText, searchCatalog } from '../catalog';
import { CliFailure, describeFsError, type CliIo } from './cli-io';
import { installedCatalogPath, priceCatalog, readPriceTable } from './price-catalogs';
import { textTable } from './text-table';

/** Options of `prices`. */
export interface PricesOptions {
  /** `search QUERY…`, `import FILE` or `reset`. */
  readonly args: readonly string[];
  readonly catalog: string | undefined;
  readonly json: boolean;
}

const shown = (value: number | null) => (value === null ? '—' : String(value));

/**
 * `prices search QUERY` lists matching catalog models; `prices import FILE`
 * installs a LiteLLM-format table as the catalog; `prices reset` goes back to
 * the catalog that ships (for the desktop app too).
 */
export async function pricesCommand(options: PricesOptions, io: CliIo): Promise<number> {
  const [action, ...rest] = options.args;
  if (action === 'search') return search(rest.join(' '), options, io);
  if (action === 'import') {
    if (rest.length !== 1) throw new CliFailure(`prices import takes one FILE, got ${rest.length}`);
    if (options.catalog !== undefined) throw new CliFailure('prices import installs FILE; --catalog does not apply');
    return install(rest[0]!, options.json, io);
  }
  if (action === 'reset') {
    if (rest.length > 0 || options.catalog !== undefined) throw new CliFailure('prices reset takes no FILE and no --catalog: it forgets the installed catalog');
    return reset(options.json, io);
  }
  throw new CliFailure(action === undefined ? 'prices needs search QUERY, import FILE or reset' : `unknown prices action "${action}": use search QUERY, import FILE or reset`);
}

async function search(query: string, options: PricesOptions, io: CliIo): Promise<number> {
  if (query.trim() === '') throw new CliFailure('prices search needs a QUERY, like: prices search claude sonnet 4');
  const catalog = await priceCatalog(io, options.catalog);
  const results = searchCatalog(catalog, query);
  if (options.json) {
    const entries = results.map(({ id, provider, mode, input_per_m, output_per_m, cached_per_m, context_window }) => ({ id, provider, mode, input_per_m, output_per_m, cached_per_m, context_window }));
    io.out(`${JSON.stringify({ date: catalog.date, source: catalog.source, results: entries }, null, 2)}\n`);
    return 0;
  }
  const title = `${catalog.source}, ${catalog.date} — USD per 1M tokens`;
  if (results.length === 0) {
    io.out(`${title}\nno model matches "${query}"\n`);
    return 0;
  }
  const rows = results.map((e) => [e.id, e.provider, e.mode ?? '', shown(e.input_per_m), shown(e.output_per_m), shown(e.cached_per_m), shown(e.context_window)]);
  io.out(`${title}\n\n${textTable(['id', 'provider', 'mode', 'input', 'output', 'cached', 'context'], rows, new Set([3, 4, 5, 6]))}\n`);
  return 0;
}

async function reset(json: boolean, io: CliIo): Promise<number> {
  const target = installedCatalogPath(io);
  let removed: boolean;
  try {
    removed = io.removeFile(target);
  } catch (error) {
    throw new CliFailure(`cannot remove the installed price catalog: ${describeFsError(target, error)}`);
  }
  const shipped = await priceCatalog(io, undefined);
  if (json) io.out(`${JSON.stringify({ removed, date: shipped.date, source: shipped.source, entries: shipped.models.length })}\n`);
  else io.out(`${removed ? 'removed the installed catalog; ' : 'no catalog was installed; '}using the shipped ${shipped.source} of ${shipped.date} (${shipped.models.length} models)\n`);
  return 0;
}

function install(file: string, json: boolean, io: CliIo): number {
  const catalog = readPriceTable(file, io);
  const target = installedCatalogPath(io);
  try {
    io.installFile(target, catalogText(catalog));
  } catch (error) {
    throw new CliFailure(`cannot install the price catalog: ${describeFsError(target, error)}`);
  }
  if (json) io.out(`${JSON.stringify({ entries: catalog.models.length, date: catalog.date, source: catalog.source, installed: target })}\n`);
  else io.out(`installed ${catalog.models.length} models from ${file}, prices as of ${catalog.date}, as the catalog of Tokencast (${target})\n`);
  return 0;
}
