import { z } from 'zod';

/**
 * A dated model price catalog, in Tokencast's own compact form: derived from
 * a LiteLLM price table (`model_prices_and_context_window.json`), prices per
 * 1M tokens. The app ships one, and "Import price table…" or
 * `tokencast prices import` installs a newer one in the app's data folder,
 * where the app, its main process and the CLI all read it — so this schema
 * sits in the bottom layer.
 */

/** The `format` field of a catalog file. */
export const PRICE_CATALOG_FORMAT = 'tokencast-price-catalog';

/** The name of the installed catalog in the app's data folder (the same folder for the desktop app and the CLI). */
export const PRICE_CATALOG_FILE = 'price-catalog.json';

/** The columns of an entry, in order: what each position of a model row means. */
export const PRICE_COLUMNS = ['id', 'provider', 'mode', 'input_per_m', 'output_per_m', 'cached_per_m', 'batch_input_per_m', 'batch_output_per_m', 'context_window'] as const;

const price = z.number().finite().nonnegative().nullable();

/**
 * One model: its id (the key in the LiteLLM table), provider, mode (`chat`,
 * `embedding`…), input, output, cached-input and batch prices in USD per 1M
 * tokens, and context window in tokens; `null` where the table has no figure.
 */
export const priceEntrySchema = z.tuple([
  z.string().min(1), z.string(), z.string().nullable(), price, price, price, price, price, z.number().int().nonnegative().nullable(),
]);

/** A catalog: where its prices come from, as of which day, under which licence, and its models. */
export const priceCatalogSchema = z.strictObject({
  format: z.literal(PRICE_CATALOG_FORMAT),
  version: z.literal(1),
  /** The source in words, as recorded next to every price taken from it. */
  source: z.string(),
  /** The day the prices are as of (`YYYY-MM-DD`). */
  date: z.iso.date(),
  /** The licence notice of the data it was derived from. */
  licence: z.string(),
  /** Where it was read from: a file name, or `built-in`. */
  origin: z.string(),
  columns: z.array(z.string()).refine((columns) => columns.join() === PRICE_COLUMNS.join(), { error: `expected the columns ${PRICE_COLUMNS.join(', ')}` }),
  models: z.array(priceEntrySchema),
});

/** A price catalog. */
export type PriceCatalog = z.infer<typeof priceCatalogSchema>;
/** One model of a catalog, as stored. */
export type PriceEntryRow = z.infer<typeof priceEntrySchema>;
