import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { specModel, type SpecInputs } from '../templates/spec-model';
import { closeEnough, referenceEngine } from '../templates/template-helpers';
import { computeJson, runCli } from './run-cli';

/** The template's spec inputs, read back from the engine. */
function templateInputs(): SpecInputs {
  const engine = referenceEngine();
  const x = {} as Record<string, Record<string, unknown>>;
  for (const ref of engine.refs()) {
    const [grid, row, column] = ref.split('.') as [string, string, string | undefined];
    if (!['calendar', 'traffic', 'languages', 'prompt', 'models', 'selfhost', 'ft', 'biz', 'deploy'].includes(grid)) continue;
    x[grid] ??= {};
    if (column === undefined) x[grid][row] = engine.get(ref);
    else ((x[grid][row] ??= {}) as Record<string, unknown>)[column] = engine.get(ref);
  }
  return x as unknown as SpecInputs;
}

function expectSpec(json: Record<string, unknown>, x: SpecInputs): void {
  for (const [ref, expected] of Object.entries(specModel(x))) expect(closeEnough(json[ref], expected), `${ref}: CLI ${String(json[ref])}, spec ${expected}`).toBe(true);
}

describe('tokencast compute with table edits', () => {
  it('adds a language row with --add-row and fills it with --set, as the spec computes five languages', () => {
    const json = computeJson(
      '--add-row', 'languages.fr', '--set', 'languages.fr.share=0.1', '--set', 'languages.fr.tokens_per_unit=1.4',
      '--set', 'languages.fr.input_units=60', '--set', 'languages.fr.output_units=250', '--set', 'languages.en.share=0.5',
    );
    const x = templateInputs();
    x.languages = { ...x.languages, en: { ...x.languages['en']!, share: 0.5 }, fr: { share: 0.1, tokens_per_unit: 1.4, input_units: 60, output_units: 250 } };
    expectSpec(json, x);
  });

  it('adds a model row the same way', () => {
    const json = computeJson(
      '--add-row', 'models.qwen_max', '--set', 'models.qwen_max.input_per_m=1.6', '--set', 'models.qwen_max.output_per_m=6.4',
      '--set', 'models.qwen_max.cached_per_m=0.64', '--set', 'models.qwen_max.batch_discount=0', '--set', 'models.qwen_max.traffic_share=20%',
      '--set', 'models.gpt_4o_mini.traffic_share=0.5',
    );
    const x = templateInputs();
    x.models = { ...x.models, gpt_4o_mini: { ...x.models['gpt_4o_mini']!, traffic_share: 0.5 }, qwen_max: { input_per_m: 1.6, output_per_m: 6.4, cached_per_m: 0.64, batch_discount: 0, traffic_share: 0.2 } };
    expectSpec(json, x);
  });

  it('deletes a model row with --delete-row, leaving no error', () => {
    const json = computeJson('--delete-row', 'models.deepseek_v3');
    const x = templateInputs();
    delete x.models['deepseek_v3'];
    expectSpec(json, x);
  });

  it('overrides the first three months of requests with --set REF@MONTH, moving TCO and payback as the spec says', () => {
    const json = computeJson('--set', 'series.requests@1=3000', '--set', 'series.requests@2=30,000', '--set', 'series.requests@3=150000');
    const x = { ...templateInputs(), requestOverrides: { 1: 3000, 2: 30000, 3: 150000 } };
    expectSpec(json, x);
    expect(json['out.tco']).not.toBeCloseTo(939719.752476018, 0);
  });

  it('adds out.ft_max_retry_multiplier to the JSON', () => {
    expect(computeJson()['out.ft_max_retry_multiplier']).toBeCloseTo(1017.79098980382, 6);
  });

  it.each([
    [['--add-row', 'nowhere.fr'], /--add-row: there is no grid nowhere \(grids: calendar, traffic, languages/],
    [['--add-row', 'languages.zh'], /--add-row: languages already has a row "zh"/],
    [['--add-row', 'languages.Fr-CA'], /--add-row languages\.Fr-CA: "Fr-CA" is not a lower_snake_case name/],
    [['--add-row', 'traffic.extra'], /--add-row: traffic is not a table grid/],
    [['--add-row', 'languages.'], /--add-row expects GRID\.ROW, like languages\.fr, got "languages\."/],
    [['--delete-row', 'languages.zh.share'], /--delete-row expects GRID\.ROW, like languages\.fr, got "languages\.zh\.share"/],
    [['--delete-row', 'languages.xx'], /--delete-row: there is no row languages\.xx/],
    [['--set', 'series.requests@37=1'], /month 37 is outside the horizon, 1\.\.36/],
    [['--set', 'series.requests@0=1'], /the month after @ must be a whole number from 1/],
    [['--set', 'series.requests@2=lots'], /a month override is a number, not "lots"/],
    [['--set', 'deploy.mode@2=5'], /deploy\.mode holds a choice; only numeric rows have months to override/],
    [['--set', 'calendar.horizon_months@1=5'], /the horizon is one number of months/],
    [['--set', 'traffic.requests_per_day=TRUE'], /traffic\.requests_per_day expects a number, not TRUE/],
    [['--set', 'languages.en.unit=5'], /languages\.en\.unit expects text, not the number 5/],
    [['--set', 'deploy.mode=edge'], /deploy\.mode expects one of API \(api\), Rented GPUs \(cloud\), Owned GPUs \(onprem\), not "edge"/],
  ])('refuses %j with exit 2 and one line', (args, message) => {
    const { code, stdout, stderr } = runCli('compute', ...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads values with the one input grammar: 60%, 1,200 and $2.50', () => {
    const json = computeJson('--set', 'traffic.cache_hit_rate=60%', '--set', 'traffic.requests_per_day=1,200', '--set', 'biz.revenue_per_request=$0.004');
    const x = templateInputs();
    x.traffic = { ...x.traffic, cache_hit_rate: 0.6, requests_per_day: 1200 };
    expectSpec(json, x);
  });
});

describe('tokencast compute in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (compute --series | head -1)', () => {
    const result = spawnSync('sh', ['-c', `node ${JSON.stringify(fileURLToPath(new URL('../../../build/cli.mjs', import.meta.url)))} compute --series | head -1`], { encoding: 'utf8' });
    expect(result.stdout.trim()).toMatch(/^month,/);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});
