import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, serializeScenarioFile } from '../../../models/scenario';
import { computeJson, runCli } from './run-cli';

/** A new plan file in a folder of its own, with the scenarios given as `[name, ...sets]`. */
function planWith(...scenarios: string[][]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-scenarios-')), 'plan.tokencast');
  expect(runCli('new', file).code).toBe(0);
  for (const [name, ...sets] of scenarios) expect(runCli('scenario', 'add', file, name!, ...sets.flatMap((set) => ['--set', set])).stderr).toBe('');
  return file;
}

const busy = ['busy', 'traffic.requests_per_day=20000', 'series.requests@1=1000'];
const quiet = ['quiet', 'traffic.monthly_growth=1%'];

describe('tokencast scenario', () => {
  it('adds a scenario of --set overrides to the file', () => {
    const loaded = loadScenario(readFileSync(planWith(busy), 'utf8'));
    expect(loaded.ok && loaded.file.scenario.scenarios).toEqual([{ id: 's-1', name: 'busy', cells: { 'traffic.requests_per_day': 20000 }, months: { 'series.requests': { 1: 1000 } } }]);
  });

  it('writes the file in canonical form', () => {
    const text = readFileSync(planWith(busy, quiet), 'utf8');
    const loaded = loadScenario(text);
    expect(loaded.ok && serializeScenarioFile(loaded.file)).toBe(text);
  });

  it('replaces the file atomically: no temporary file is left and its permissions stay', () => {
    const file = planWith();
    chmodSync(file, 0o600);
    expect(runCli('scenario', 'add', file, 'busy', '--set', 'traffic.requests_per_day=20000').code).toBe(0);
    expect(readdirSync(path.dirname(file))).toEqual(['plan.tokencast']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('lists the scenarios in file order, as JSON too', () => {
    const file = planWith(busy, quiet);
    expect(runCli('scenario', 'list', file).stdout).toMatch(/^Scenario\s+Overrides\n-+\s+-+\nbusy\s+traffic\.requests_per_day=20000 {2}series\.requests@1=1000\nquiet\s+traffic\.monthly_growth=0\.01\n$/);
    expect(JSON.parse(runCli('scenario', 'list', file, '--json').stdout)).toEqual({
      scenarios: [
        { name: 'busy', cells: { 'traffic.requests_per_day': 20000 }, months: { 'series.requests': { 1: 1000 } } },
        { name: 'quiet', cells: { 'traffic.monthly_growth': 0.01 }, months: {} },
      ],
    });
  });

  it('says what it added and deleted as JSON with --json', () => {
    const file = planWith();
    expect(JSON.parse(runCli('scenario', 'add', file, 'busy', '--set', 'traffic.requests_per_day=20000', '--json').stdout)).toEqual({ added: 'busy', cells: { 'traffic.requests_per_day': 20000 }, months: {} });
    expect(JSON.parse(runCli('scenario', 'delete', file, 'busy', '--json').stdout)).toEqual({ deleted: 'busy' });
  });

  it('deletes a scenario', () => {
    const file = planWith(busy, quiet);
    expect(runCli('scenario', 'delete', file, 'busy').stdout).toBe(`deleted scenario "busy" from ${file}\n`);
    expect(JSON.parse(runCli('scenario', 'list', file, '--json').stdout).scenarios.map((s: { name: string }) => s.name)).toEqual(['quiet']);
  });

  it('refuses a name the file has already, leaving the file as it was', () => {
    const file = planWith(busy);
    const before = readFileSync(file, 'utf8');
    expect(runCli('scenario', 'add', file, 'Busy')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: scenario add: there is already a scenario "busy"\n' });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an unknown reference, suggesting the one meant', () => {
    expect(runCli('scenario', 'add', planWith(), 'x', '--set', 'traffic.request_per_day=1').stderr)
      .toBe('tokencast: --set: unknown reference "traffic.request_per_day" (did you mean traffic.requests_per_day?)\n');
  });

  it('refuses to delete a scenario the file does not have, naming those it has', () => {
    expect(runCli('scenario', 'delete', planWith(busy), 'calm')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: scenario delete: there is no scenario "calm" (scenarios: busy)\n' });
  });

  it('refuses row edits: a scenario only overrides cells', () => {
    expect(runCli('scenario', 'add', planWith(), 'x', '--add-row', 'languages.fr').code).toBe(2);
  });

  it('refuses an unknown action', () => {
    expect(runCli('scenario', 'rename', 'x').stderr).toBe('tokencast: unknown scenario action "rename": use add, list or delete (see --help)\n');
  });
});

describe('tokencast compute and export --scenario', () => {
  it('computes a named scenario as the same --set edits would', () => {
    const file = planWith(busy);
    expect(computeJson(file, '--scenario', 'busy')).toEqual(computeJson(file, '--set', 'traffic.requests_per_day=20000', '--set', 'series.requests@1=1000'));
  });

  it('applies --set after the scenario', () => {
    const file = planWith(busy);
    expect(computeJson(file, '--scenario', 'busy', '--set', 'traffic.requests_per_day=10000', '--set', 'series.requests@1=300000')).toEqual(computeJson(file));
  });

  it('computes the base for --scenario base', () => {
    const file = planWith(busy);
    expect(computeJson(file, '--scenario', 'base')).toEqual(computeJson(file));
  });

  it('refuses a scenario the file does not have', () => {
    expect(runCli('compute', planWith(busy), '--scenario', 'calm')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: --scenario: there is no scenario "calm" (scenarios: busy)\n' });
  });

  it('exports a named scenario', () => {
    const file = planWith(busy);
    const out = path.join(path.dirname(file), 'deck');
    expect(runCli('export', file, '--scenario', 'busy', '--out', out).code).toBe(0);
    const tco = readFileSync(path.join(out, 'outputs.csv'), 'utf8').split('\n').find((line) => line.startsWith('out.tco,'));
    expect(Number(tco!.split(',')[1])).toBeCloseTo(computeJson(file, '--scenario', 'busy')['out.tco'] as number, 6);
  }, 60_000);

  it("compares the file's scenarios in the business case", () => {
    const file = planWith(busy, quiet);
    const out = path.join(path.dirname(file), 'deck');
    expect(runCli('export', file, '--out', out).code).toBe(0);
    const html = readFileSync(path.join(out, 'business-case.html'), 'utf8');
    expect(html).toMatch(/<th>Key figure<\/th><th>Base<\/th><th>busy<\/th><th>quiet<\/th>/);
    expect(html).toContain('id="compare-cumulative-net"');
  }, 60_000);
});

describe('tokencast compare', () => {
  it('prints every output of the base and each scenario, in file order', () => {
    const file = planWith(busy, quiet);
    const json = JSON.parse(runCli('compare', file, '--json').stdout) as { scenarios: Record<string, Record<string, unknown>> };
    expect(Object.keys(json.scenarios)).toEqual(['base', 'busy', 'quiet']);
    expect(json.scenarios['base']).toEqual(computeJson(file));
    expect(json.scenarios['quiet']).toEqual(computeJson(file, '--scenario', 'quiet'));
  });

  it('prints a table with the change from the base, absolute and in %', () => {
    expect(runCli('compare', planWith(busy)).stdout).toMatch(/Payback month\s+12\s+11\s+-1\s+-8\.3%/);
  });

  it('gives the change of a percentage in percentage points', () => {
    expect(runCli('compare', planWith(busy)).stdout).toMatch(/Return on investment\s+62\.0%\s+[\d.]+%\s+\+[\d.]+ pp\s+\+[\d.]+%/);
  });

  it('compares the template alone when no file is given', () => {
    expect(Object.keys(JSON.parse(runCli('compare', '--json').stdout).scenarios)).toEqual(['base']);
  });
});
