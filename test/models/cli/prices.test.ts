import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliWith } from './run-cli';

const newer = fileURLToPath(new URL('../../fixtures/litellm-newer.json', import.meta.url));
const dayOf = (file: string) => new Date(statSync(file).mtimeMs).toISOString().slice(0, 10);
/** A data folder of its own for each test, so no test sees another's installed catalog (nor the machine's). */
const fresh = () => ({ TOKENCAST_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-data-')), 'Tokencast') });
const json = (result: { stdout: string; stderr: string }) => {
  if (result.stdout === '') throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

describe('tokencast prices search', () => {
  it('prints the catalog\'s date and source and every match with prices per 1M tokens, null where the table has none', () => {
    const found = json(runCliWith(fresh(), 'prices', 'search', 'qwen', 'max', '--json'));
    expect(Object.keys(found)).toEqual(['date', 'source', 'results']);
    expect(found).toMatchObject({ date: '2026-07-24', source: 'LiteLLM model price table' });
    const results = found['results'] as Array<Record<string, unknown>>;
    expect(results.find((r) => r['id'] === 'dashscope/qwen-max')).toEqual({
      id: 'dashscope/qwen-max', provider: 'dashscope', mode: 'chat', input_per_m: 1.6, output_per_m: 6.4, cached_per_m: null, context_window: 30720,
    });
  });

  it('finds Claude Sonnet 4 and prints a table without --json', () => {
    const { code, stdout } = runCliWith(fresh(), 'prices', 'search', 'claude sonnet 4');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('LiteLLM model price table, 2026-07-24 — USD per 1M tokens');
    expect(stdout).toMatch(/claude-sonnet-4-20250514 +anthropic +chat +3 +15 +0\.3 +1000000/);
  });

  it('searches a table given with --catalog, for this command only', () => {
    const found = json(runCliWith(fresh(), 'prices', 'search', 'gpt-4o', '--catalog', newer, '--json'));
    expect(found['date']).toBe(dayOf(newer));
    expect((found['results'] as Array<Record<string, unknown>>)[0]).toMatchObject({ id: 'gpt-4o', input_per_m: 2 });
  });

  it('needs a query', () => {
    expect(runCliWith(fresh(), 'prices', 'search')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: prices search needs a QUERY, like: prices search claude sonnet 4\n' });
  });
});

describe('tokencast compute --price', () => {
  it('fills a models row with the entry\'s prices, before any --set', () => {
    const env = fresh();
    const priced = json(runCliWith(env, 'compute', '--json', '--price', 'gpt_4o=dashscope/qwen-max'));
    const typed = json(runCliWith(env, 'compute', '--json', '--set', 'models.gpt_4o.input_per_m=1.6', '--set', 'models.gpt_4o.output_per_m=6.4', '--set', 'models.gpt_4o.cached_per_m=1.6'));
    expect(priced['out.api_cost_per_call']).toBe(typed['out.api_cost_per_call']);
    const overridden = json(runCliWith(env, 'compute', '--json', '--price', 'gpt_4o=dashscope/qwen-max', '--set', 'models.gpt_4o.input_per_m=2.5', '--set', 'models.gpt_4o.output_per_m=10', '--set', 'models.gpt_4o.cached_per_m=1.25'));
    expect(overridden['out.api_cost_per_call']).toBe(json(runCliWith(env, 'compute', '--json'))['out.api_cost_per_call']);
  });

  it('prices a row added on the same command line', () => {
    const result = runCliWith(fresh(), 'compute', '--json', '--add-row', 'models.qwen', '--price', 'models.qwen=dashscope/qwen-max', '--set', 'models.qwen.traffic_share=10%', '--set', 'models.gpt_4o_mini.traffic_share=60%');
    expect(result.code).toBe(0);
  });

  it('uses the prices of a table given with --catalog', () => {
    const env = fresh();
    const priced = json(runCliWith(env, 'compute', '--json', '--price', 'gpt_4o=gpt-4o', '--catalog', newer));
    const typed = json(runCliWith(env, 'compute', '--json', '--set', 'models.gpt_4o.input_per_m=2', '--set', 'models.gpt_4o.cached_per_m=1'));
    expect(priced['out.tco']).toBe(typed['out.tco']);
  });

  it('refuses an unknown id with one line suggesting the closest ids', () => {
    const { code, stdout, stderr } = runCliWith(fresh(), 'compute', '--price', 'gpt_4o=gpt-4-o');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^tokencast: --price gpt_4o: no model "gpt-4-o" in the LiteLLM model price table of 2026-07-24 \(did you mean [^)]*\bgpt-4o,[^)]*\?\)\n$/);
  });

  it('suggests provider-prefixed ids for a mistyped bare model name', () => {
    const { code, stderr } = runCliWith(fresh(), 'compute', '--price', 'gpt_4o=qwen-maxx');
    expect(code).toBe(2);
    expect(stderr).toMatch(/\(did you mean [^)]*\bdashscope\/qwen-max\b[^)]*\?\)/);
  });

  it('refuses a row the Models grid does not have', () => {
    const { code, stderr } = runCliWith(fresh(), 'compute', '--price', 'gpt5=gpt-4o');
    expect([code, stderr]).toEqual([2, 'tokencast: --price gpt5=gpt-4o: there is no row models.gpt5 (rows: gpt_4o, gpt_4o_mini, claude_sonnet_4, deepseek_v3)\n']);
  });

  it('refuses --catalog when nothing reads prices', () => {
    expect(runCliWith(fresh(), 'compute', '--catalog', newer).stderr).toBe('tokencast: --catalog FILE is for --price ROW=ID and prices search; nothing here reads prices\n');
  });
});

describe('tokencast prices reset', () => {
  it('forgets the installed catalog, so the shipped one applies again', () => {
    const env = fresh();
    runCliWith(env, 'prices', 'import', newer);
    const { code, stdout } = runCliWith(env, 'prices', 'reset');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^removed the installed catalog; using the shipped LiteLLM model price table of 2026-07-24 \(\d+ models\)\n$/);
    expect(existsSync(path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json'))).toBe(false);
    expect(json(runCliWith(env, 'prices', 'search', 'gpt-4o', '--json'))['date']).toBe('2026-07-24');
  });

  it('says so when there was nothing to forget', () => {
    expect(json(runCliWith(fresh(), 'prices', 'reset', '--json'))).toMatchObject({ removed: false, date: '2026-07-24' });
  });

  it('takes no file', () => {
    const { code, stderr } = runCliWith(fresh(), 'prices', 'reset', 'x.json');
    expect(code).toBe(2);
    expect(stderr).toBe('tokencast: prices reset takes no FILE and no --catalog: it forgets the installed catalog\n');
  });
});

describe('tokencast prices import', () => {
  it('installs a LiteLLM-format table as the catalog later commands use, dated the day the file was saved', () => {
    const env = fresh();
    const { code, stdout } = runCliWith(env, 'prices', 'import', newer);
    expect(code).toBe(0);
    expect(stdout).toBe(`installed 5 models from ${newer}, prices as of ${dayOf(newer)}, as the catalog of Tokencast (${path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json')})\n`);
    const found = json(runCliWith(env, 'prices', 'search', 'gpt-4o', '--json'));
    expect(found['date']).toBe(dayOf(newer));
    const priced = json(runCliWith(env, 'compute', '--json', '--price', 'gpt_4o=gpt-4o'));
    expect(priced['out.tco']).toBe(json(runCliWith(env, 'compute', '--json', '--set', 'models.gpt_4o.input_per_m=2', '--set', 'models.gpt_4o.cached_per_m=1'))['out.tco']);
  });

  it('refuses a malformed table with one line naming the first bad entry, leaving the installed catalog as it was', () => {
    const env = fresh();
    runCliWith(env, 'prices', 'import', newer);
    const installed = path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json');
    const before = readFileSync(installed, 'utf8');
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-prices-')), 'prices.json');
    writeFileSync(bad, JSON.stringify({ 'gpt-4o': { input_cost_per_token: 2e-6 }, 'broken-model': { output_cost_per_token: '1e-5' }, later: 7 }));
    const { code, stdout, stderr } = runCliWith(env, 'prices', 'import', bad);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`tokencast: ${bad}: entry "broken-model": output_cost_per_token: expected a number (USD per token)\n`);
    expect(readFileSync(installed, 'utf8')).toBe(before);
  });

  it('refuses a file that is not JSON, and creates no catalog', () => {
    const env = fresh();
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-prices-')), 'prices.json');
    writeFileSync(bad, '{"gpt-4o": {');
    const { code, stderr } = runCliWith(env, 'prices', 'import', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^tokencast: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not JSON: .*\n$`));
    expect(existsSync(path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json'))).toBe(false);
  });

  it('says a damaged installed catalog is damaged', () => {
    const env = fresh();
    runCliWith(env, 'prices', 'import', newer);
    writeFileSync(path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json'), '{"format": "something else"}');
    const { code, stderr } = runCliWith(env, 'prices', 'search', 'gpt');
    expect([code, stderr]).toEqual([2, `tokencast: the installed price catalog ${path.join(env.TOKENCAST_DATA_DIR, 'price-catalog.json')} is damaged; install one again with: tokencast prices import FILE\n`]);
  });
});
