import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATALOG_DATE, GPU_RATES, addModelRow, fillGpuRate, applyPriceReview, builtinCatalog, catalogText, fillModelPrices, findEntry, readLiteLlmTable, reviewPrices, searchCatalog,
} from '../../../models/catalog';
import { cellInput, cellSource } from '../../../models/scenario';
import type { PriceCatalog } from '../../../shared/price-catalog-schema';
import { referenceScenario } from '../templates/template-helpers';

const sharedTable = fileURLToPath(new URL('../../../../shared/pricing/litellm_model_prices.json', import.meta.url));
const shipped = fileURLToPath(new URL(`../../../models/catalog/data/litellm-${BUILTIN_CATALOG_DATE}.json`, import.meta.url));

/** A LiteLLM-format table of a few models. */
const table = (models: Record<string, unknown>) => JSON.stringify({ sample_spec: { input_cost_per_token: 'not a model' }, ...models });
const readTable = (models: Record<string, unknown>, date = '2026-11-20'): PriceCatalog => {
  const result = readLiteLlmTable(table(models), { date, origin: 'newer.json' });
  if (!result.ok) throw new Error(result.error);
  return result.catalog;
};

describe('the shipped price catalog', () => {
  it('is dated, names its source and keeps LiteLLM\'s licence notice', async () => {
    const catalog = await builtinCatalog();
    expect(catalog).toMatchObject({ source: 'LiteLLM model price table', date: '2026-07-24', origin: 'built-in' });
    expect(catalog.licence).toContain('MIT License, Copyright (c) 2023 Berri AI');
    expect(catalog.models.length).toBeGreaterThan(2000);
  });

  it('has per-1M prices, context windows and providers as the table gives them', async () => {
    const catalog = await builtinCatalog();
    expect(findEntry(catalog, 'gpt-4o')).toEqual({
      id: 'gpt-4o', provider: 'openai', mode: 'chat', input_per_m: 2.5, output_per_m: 10, cached_per_m: 1.25, batch_input_per_m: 1.25, batch_output_per_m: 5, context_window: 128000,
    });
    expect(findEntry(catalog, 'dashscope/qwen-max')).toMatchObject({ input_per_m: 1.6, output_per_m: 6.4, cached_per_m: null });
  });

  it.skipIf(!existsSync(sharedTable))('is exactly what npm run catalog derives from the table in shared/pricing', () => {
    const result = readLiteLlmTable(readFileSync(sharedTable, 'utf8'), { date: BUILTIN_CATALOG_DATE, origin: 'built-in' });
    if (!result.ok) throw new Error(result.error);
    expect(catalogText(result.catalog)).toBe(readFileSync(shipped, 'utf8'));
  });
});

describe('searching the catalog', () => {
  it('finds Claude Sonnet 4 by words that begin parts of its id, first-hand providers first', async () => {
    const results = searchCatalog(await builtinCatalog(), 'claude sonnet 4');
    expect(results.slice(0, 5).map((entry) => entry.id)).toContain('claude-sonnet-4-20250514');
    expect(results[0]!.provider).toBe('anthropic');
    expect(results.every((entry) => /sonnet/.test(entry.id))).toBe(true);
  });

  it('puts dated snapshots of the model asked for before other versions: claude sonnet 4 before 4.5', async () => {
    const ids = searchCatalog(await builtinCatalog(), 'claude sonnet 4').map((entry) => entry.id);
    expect(ids.indexOf('claude-sonnet-4-20250514')).toBeLessThan(ids.indexOf('claude-sonnet-4-5'));
  });

  it('finds Qwen models from Alibaba\'s own API before resellers', async () => {
    const results = searchCatalog(await builtinCatalog(), 'qwen');
    expect(results[0]!.provider).toBe('dashscope');
    expect(results.map((entry) => entry.id)).toContain('dashscope/qwen-max');
  });

  it('puts an exact id first', async () => {
    expect(searchCatalog(await builtinCatalog(), 'gpt-4o')[0]!.id).toBe('gpt-4o');
  });

  it('finds nothing for an empty query', async () => {
    expect(searchCatalog(await builtinCatalog(), '  ')).toEqual([]);
  });
});

describe('reading a LiteLLM-format table', () => {
  it('takes the first tier of a model priced in tiers, and leaves out entries without a token price', () => {
    const catalog = readTable({
      'tiered/model': { litellm_provider: 'x', mode: 'chat', tiered_pricing: [{ input_cost_per_token: 1.2e-6, output_cost_per_token: 6e-6, range: [0, 32000] }, { input_cost_per_token: 2.4e-6 }] },
      'image/model': { litellm_provider: 'x', mode: 'image_generation', output_cost_per_image: 0.04 },
    });
    expect(catalog.models).toEqual([['tiered/model', 'x', 'chat', 1.2, 6, null, null, null, null]]);
  });

  it('names the first bad entry and its field', () => {
    const result = readLiteLlmTable(table({ good: { input_cost_per_token: 1e-6 }, 'bad-model': { input_cost_per_token: 'cheap' } }), { date: '2026-11-20', origin: 'x' });
    expect(result).toEqual({ ok: false, error: 'entry "bad-model": input_cost_per_token: expected a number (USD per token)' });
  });

  it('refuses a negative price', () => {
    expect(readLiteLlmTable(table({ m: { output_cost_per_token: -1 } }), { date: '2026-11-20', origin: 'x' })).toEqual({ ok: false, error: 'entry "m": output_cost_per_token: expected a price of 0 or more' });
  });

  it('refuses text that is not JSON, or not a table of models', () => {
    expect(readLiteLlmTable('{"a": ', { date: '2026-11-20', origin: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON: /) });
    expect(readLiteLlmTable('[1, 2]', { date: '2026-11-20', origin: 'x' })).toEqual({ ok: false, error: 'not a LiteLLM price table: expected a JSON object of models by id' });
    expect(readLiteLlmTable('{"m": {"mode": "chat"}}', { date: '2026-11-20', origin: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/no entry has a price per token/) });
  });
});

describe('catalog prices in the Models grid', () => {
  it('fills a row with an entry\'s prices and records the entry, source and date in each price cell', async () => {
    const scenario = referenceScenario();
    const catalog = await builtinCatalog();
    expect(fillModelPrices(scenario, 'gpt_4o', findEntry(catalog, 'dashscope/qwen-max')!, catalog)).toBeUndefined();
    expect(cellInput(scenario, 'models.gpt_4o.input_per_m')).toBe(1.6);
    expect(cellSource(scenario, 'models.gpt_4o.output_per_m')).toEqual({ source: 'LiteLLM model price table', asOf: '2026-07-24', catalog: 'dashscope/qwen-max' });
  });

  it('takes the input price for a model without a cached price, and says so', async () => {
    const scenario = referenceScenario();
    const catalog = await builtinCatalog();
    fillModelPrices(scenario, 'gpt_4o', findEntry(catalog, 'dashscope/qwen-max')!, catalog);
    expect(cellInput(scenario, 'models.gpt_4o.cached_per_m')).toBe(1.6);
    expect(cellSource(scenario, 'models.gpt_4o.cached_per_m')?.source).toBe('LiteLLM model price table (no cached-input price: the input price)');
  });

  it('adds a row named after the entry, labelled with its id', async () => {
    const scenario = referenceScenario();
    const catalog = await builtinCatalog();
    expect(addModelRow(scenario, findEntry(catalog, 'dashscope/qwen-max')!, catalog)).toEqual({ row: 'dashscope_qwen_max' });
    expect(addModelRow(scenario, findEntry(catalog, 'dashscope/qwen-max')!, catalog)).toEqual({ row: 'dashscope_qwen_max_2' });
    expect(cellInput(scenario, 'models.dashscope_qwen_max.output_per_m')).toBe(6.4);
    expect(cellInput(scenario, 'models.dashscope_qwen_max_2.output_per_m')).toBe(6.4);
  });

  it('says why a row cannot be filled', async () => {
    const catalog = await builtinCatalog();
    expect(fillModelPrices(referenceScenario(), 'nope', findEntry(catalog, 'gpt-4o')!, catalog)).toBe('there is no row models.nope (rows: gpt_4o, gpt_4o_mini, claude_sonnet_4, deepseek_v3)');
  });

  it('reviews what a newer table changes, old → new with the change, and applies only the ticked prices with the new date', () => {
    const scenario = referenceScenario();
    const newer = readTable({
      'gpt-4o': { litellm_provider: 'openai', input_cost_per_token: 2e-6, output_cost_per_token: 1e-5, cache_read_input_token_cost: 1e-6 },
      'gpt-4o-mini': { litellm_provider: 'openai', input_cost_per_token: 1.5e-7, output_cost_per_token: 6e-7, cache_read_input_token_cost: 7.5e-8 },
    });
    const review = reviewPrices(scenario, newer);
    expect(review.changed.map(({ ref, old, new: next, change }) => [ref, old, next, change])).toEqual([
      ['models.gpt_4o.input_per_m', 2.5, 2, -0.2],
      ['models.gpt_4o.cached_per_m', 1.25, 1, -0.2],
    ]);
    expect(review.unchanged).toContain('models.gpt_4o.output_per_m');
    expect(review.missing.map((m) => m.catalogId)).toEqual(expect.arrayContaining(['claude-sonnet-4-20250514', 'deepseek/deepseek-v3']));
    applyPriceReview(scenario, review, new Set(['models.gpt_4o.input_per_m']), newer);
    expect(cellInput(scenario, 'models.gpt_4o.input_per_m')).toBe(2);
    expect(cellInput(scenario, 'models.gpt_4o.cached_per_m')).toBe(1.25);
    expect(cellSource(scenario, 'models.gpt_4o.input_per_m')).toEqual({ source: 'LiteLLM model price table', asOf: '2026-11-20', catalog: 'gpt-4o' });
    expect(cellSource(scenario, 'models.gpt_4o.output_per_m')?.asOf).toBe('2026-11-20');
    expect(cellSource(scenario, 'models.gpt_4o.cached_per_m')?.asOf).toBe('2026-07-24');
  });
});

describe('reference GPU rates', () => {
  it('fills a GPUs row with the AWS list price and memory, recording the source and date', () => {
    const scenario = referenceScenario();
    const h100 = GPU_RATES.find((rate) => rate.row === 'h100_80gb')!;
    expect(fillGpuRate(scenario, 'h100_80gb', h100)).toEqual({ row: 'h100_80gb' });
    expect(cellInput(scenario, 'gpus.h100_80gb.on_demand_hourly')).toBe(6.88);
    expect(cellSource(scenario, 'gpus.h100_80gb.on_demand_hourly')).toEqual({ source: 'AWS on-demand list price per GPU-hour, 2026', asOf: '2026-07-24' });
  });

  it('adds a row named like the template\'s when none is given', () => {
    const scenario = referenceScenario();
    expect(fillGpuRate(scenario, undefined, GPU_RATES[0]!)).toEqual({ row: 'a10g_2' });
    expect(cellInput(scenario, 'gpus.a10g_2.memory_gb')).toBe(24);
  });
});
