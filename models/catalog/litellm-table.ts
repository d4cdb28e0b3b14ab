import { z } from 'zod';
import { PRICE_CATALOG_FORMAT, PRICE_COLUMNS, type PriceCatalog, type PriceEntryRow } from '../../shared/price-catalog-schema';
import { clipText, oneLine } from '../format/clip-text';

/**
 * Reading a LiteLLM price table (`model_prices_and_context_window.json`,
 * MIT, BerriAI/litellm): an object of models by id, prices in USD per token.
 * Tokencast keeps what a cost plan needs, per 1M tokens.
 */

/** The name every price taken from a LiteLLM table is recorded with. */
export const LITELLM_SOURCE = 'LiteLLM model price table';

/** LiteLLM's licence notice, kept with every catalog derived from its table. */
export const LITELLM_LICENCE = 'Derived from LiteLLM\'s model_prices_and_context_window.json (https://github.com/BerriAI/litellm). MIT License, Copyright (c) 2023 Berri AI. '
  + 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, '
  + 'including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished '
  + 'to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. '
  + 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. '
  + 'IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION '
  + 'WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.';

/** The key of LiteLLM's first entry, which documents the fields and is not a model. */
const SAMPLE_KEY = 'sample_spec';

const perToken = z.number({ error: 'expected a number (USD per token)' }).finite({ error: 'expected a finite number' }).nonnegative({ error: 'expected a price of 0 or more' });
const tokens = z.number({ error: 'expected a number of tokens' }).finite({ error: 'expected a finite number' }).nonnegative({ error: 'expected 0 or more tokens' });

const tierSchema = z.object({
  input_cost_per_token: perToken.optional(),
  output_cost_per_token: perToken.optional(),
  cache_read_input_token_cost: perToken.optional(),
});

/** The fields Tokencast reads; every other field of an entry is left alone, whatever it holds. */
const entrySchema = z.object({
  litellm_provider: z.string({ error: 'expected the provider as text' }).optional(),
  mode: z.string({ error: 'expected the mode as text' }).optional(),
  input_cost_per_token: perToken.optional(),
  output_cost_per_token: perToken.optional(),
  cache_read_input_token_cost: perToken.optional(),
  input_cost_per_token_batches: perToken.optional(),
  output_cost_per_token_batches: perToken.optional(),
  max_input_tokens: tokens.optional(),
  max_tokens: tokens.optional(),
  tiered_pricing: z.array(tierSchema, { error: 'expected a list of price tiers' }).optional(),
}, { error: 'expected an object describing the model' });

/** A catalog, or the one-line reason the table cannot be read (naming the first bad entry). */
export type TableResult = { ok: true; catalog: PriceCatalog } | { ok: false; error: string };

/** USD per token → USD per 1M tokens, without the float noise of the product (2.5e-6 × 1e6 = 2.4999999999999996). */
export function perMillion(costPerToken: number | undefined): number | null {
  return costPerToken === undefined ? null : Number((costPerToken * 1e6).toPrecision(12));
}

/**
 * Reads the text of a LiteLLM-format table into a catalog dated `date`.
 * Entries without a per-token price (image, audio, search…) are left out; a
 * model priced in tiers by prompt length takes its first tier's prices.
 */
export function readLiteLlmTable(text: string, meta: { date: string; origin: string }): TableResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: 'not a LiteLLM price table: expected a JSON object of models by id' };
  }
  const models: PriceEntryRow[] = [];
  for (const [id, value] of Object.entries(parsed)) {
    if (id === SAMPLE_KEY) continue;
    const entry = entrySchema.safeParse(value);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return { ok: false, error: clipText(oneLine(`entry ${JSON.stringify(clipText(id, 80))}: ${field}${issue.message}`), 300) };
    }
    const row = toRow(id, entry.data);
    if (row) models.push(row);
  }
  if (models.length === 0) return { ok: false, error: 'not a LiteLLM price table: no entry has a price per token (input_cost_per_token, output_cost_per_token)' };
  models.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    ok: true,
    catalog: { format: PRICE_CATALOG_FORMAT, version: 1, source: LITELLM_SOURCE, date: meta.date, licence: LITELLM_LICENCE, origin: meta.origin, columns: [...PRICE_COLUMNS], models },
  };
}

function toRow(id: string, entry: z.infer<typeof entrySchema>): PriceEntryRow | undefined {
  const tier = entry.tiered_pricing?.[0];
  const input = entry.input_cost_per_token ?? tier?.input_cost_per_token;
  const output = entry.output_cost_per_token ?? tier?.output_cost_per_token;
  if (input === undefined && output === undefined) return undefined;
  const context = entry.max_input_tokens ?? entry.max_tokens;
  return [
    id, entry.litellm_provider ?? '', entry.mode ?? null, perMillion(input), perMillion(output),
    perMillion(entry.cache_read_input_token_cost ?? tier?.cache_read_input_token_cost),
    perMillion(entry.input_cost_per_token_batches), perMillion(entry.output_cost_per_token_batches),
    context === undefined ? null : Math.round(context),
  ];
}
