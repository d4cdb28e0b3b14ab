import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, serializeScenarioFile } from '../../../models/scenario';
import { referenceTemplate } from '../../../models/templates';
import { computeJson, runCli } from './run-cli';

const json = (...args: string[]) => {
  const { code, stdout, stderr } = runCli(...args, '--json');
  if (stdout === '') throw new Error(stderr);
  return { code, value: JSON.parse(stdout) as Record<string, unknown> };
};

const fastServing = ['--set', 'selfhost.tokens_per_sec_per_gpu=10000'];
const crossover = ['--vary', 'traffic.requests_per_day', '--output', '=out.tco_cloud - out.tco_api', '--target', '0', '--min', '1000', '--max', '1e6'];

describe('tokencast sensitivity', () => {
  it('prints the output, its base and a row per input, ranked by swing', () => {
    const { value } = json('sensitivity', '--output', 'out.tco');
    expect(Object.keys(value)).toEqual(['output', 'base', 'rows']);
    expect(value['base']).toBe(computeJson()['out.tco']);
    const rows = value['rows'] as Array<Record<string, number>>;
    expect(Object.keys(rows[0]!)).toEqual(['input', 'low_input', 'high_input', 'low', 'high', 'swing']);
    expect(rows.map((row) => row['swing'])).toEqual(rows.map((row) => row['swing']).sort((a, b) => b! - a!));
  });

  it('moves the inputs given, by --pct or to their own LOW:HIGH', () => {
    const { value } = json('sensitivity', '--output', 'out.tco', '--input', 'biz.personnel_monthly', '--input', 'traffic.requests_per_day=5000:50000', '--pct', '10');
    const rows = value['rows'] as Array<Record<string, unknown>>;
    expect(rows.map((row) => [row['input'], row['low_input'], row['high_input']])).toEqual([['traffic.requests_per_day', 5000, 50000], ['biz.personnel_monthly', 11250, 13750]]);
    expect(rows[0]!['high']).toBe(computeJson('--set', 'traffic.requests_per_day=50000')['out.tco']);
  });

  it('prints a table ranked by swing', () => {
    expect(runCli('sensitivity', '--output', 'out.tco').stdout.split('\n')[4]).toMatch(/^calendar\.horizon_months\s+29\s+43\s/);
  });

  it('refuses an unknown output, suggesting the one meant', () => {
    expect(runCli('sensitivity', '--output', 'out.tcoo')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: --output: unknown reference "out.tcoo" (did you mean out.tco?)\n' });
  });

  it('refuses an output that is a monthly series', () => {
    expect(runCli('sensitivity', '--output', 'series.net').stderr).toMatch(/^tokencast: the output series\.net must be a number, but it is a series of 36 months/);
  });
});

describe('tokencast solve', () => {
  it('finds the self-hosting crossover to within 0.1 %', () => {
    const { code, value } = json('solve', ...crossover, ...fastServing);
    expect(code).toBe(0);
    expect(Object.keys(value)).toEqual(['vary', 'value', 'output']);
    const at = (x: number) => computeJson(...fastServing, '--set', `traffic.requests_per_day=${x}`);
    const gap = (x: number) => (at(x)['out.tco_cloud'] as number) - (at(x)['out.tco_api'] as number);
    expect(gap(value['value'] as number)).toBeLessThanOrEqual(0);
    expect(gap((value['value'] as number) * 0.999)).toBeGreaterThan(0);
  });

  it('prints null and exits 1 when the output never reaches the target', () => {
    expect(json('solve', ...crossover)).toEqual({ code: 1, value: { vary: 'traffic.requests_per_day', value: null, output: null } });
  });

  it('says so in words without --json', () => {
    expect(runCli('solve', ...crossover)).toEqual({
      code: 1, stderr: '', stdout: 'No value of traffic.requests_per_day from 1,000 to 1,000,000 brings =out.tco_cloud - out.tco_api to 0\n',
    });
  });

  it('counts no payback as not reached', () => {
    const { value } = json('solve', '--vary', 'traffic.requests_per_day', '--output', 'out.payback_month', '--target', '12', '--min', '0', '--max', '1e6', '--set', 'biz.value_monthly=0');
    expect(value['output']).toBeLessThanOrEqual(12);
    expect(computeJson('--set', 'biz.value_monthly=0', '--set', `traffic.requests_per_day=${(value['value'] as number) * 0.999}`)['out.payback_month']).not.toBe(12);
  });

  it('needs a target', () => {
    expect(runCli('solve', '--vary', 'traffic.requests_per_day', '--output', 'out.tco')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: solve needs --target NUMBER\n' });
  });
});

describe('tokencast sweep', () => {
  it('computes the output over one input', () => {
    const { value } = json('sweep', '--vary', 'traffic.requests_per_day=10000:30000:3', '--output', 'out.tco');
    expect(value).toEqual({
      output: 'out.tco', vary: [{ ref: 'traffic.requests_per_day', values: [10000, 20000, 30000] }],
      values: [10000, 20000, 30000].map((x) => computeJson('--set', `traffic.requests_per_day=${x}`)['out.tco']),
    });
  });

  it('computes a grid over two inputs, a row per value of the first', () => {
    const { value } = json('sweep', '--vary', 'traffic.requests_per_day=10000:50000:3', '--vary', 'gpus.h100_80gb.on_demand_hourly=2:6:3', '--output', 'out.tco_cloud');
    expect((value['values'] as number[][])[2]![0]).toBe(computeJson('--set', 'traffic.requests_per_day=50000', '--set', 'gpus.h100_80gb.on_demand_hourly=2')['out.tco_cloud']);
  });

  it('refuses a malformed --vary', () => {
    expect(runCli('sweep', '--vary', 'traffic.requests_per_day=1:2', '--output', 'out.tco').stderr).toBe('tokencast: --vary expects REF=FROM:TO:STEPS, got "traffic.requests_per_day=1:2"\n');
  });
});

describe('tokencast simulate', () => {
  const ranges = ['--range', 'traffic.requests_per_day=lognormal:5000:20000', '--range', 'biz.revenue_per_request=uniform:0.002:0.006', '--samples', '500'];

  it('prints P10/P50/P90 and the mean of every output, and the share that pays back', () => {
    const { value } = json('simulate', ...ranges);
    expect(Object.keys(value)).toEqual(['samples', 'outputs', 'payback_within_horizon']);
    expect(value['samples']).toBe(500);
    expect(Object.keys((value['outputs'] as Record<string, object>)['out.tco']!)).toEqual(['p10', 'p50', 'p90', 'mean']);
    expect(value['payback_within_horizon']).toBeGreaterThan(0);
  });

  it('reproduces a result with the same seed, and not with another', () => {
    expect(json('simulate', ...ranges, '--seed', '3').value).toEqual(json('simulate', ...ranges, '--seed', '3').value);
    expect(json('simulate', ...ranges, '--seed', '3').value).not.toEqual(json('simulate', ...ranges, '--seed', '4').value);
  });

  it('uses the ranges saved in the file, and a --range replaces the one of its cell', () => {
    const loaded = loadScenario(referenceTemplate.text);
    if (!loaded.ok) throw new Error(loaded.errors[0]);
    loaded.file.scenario.ranges = [{ ref: 'biz.value_monthly', dist: 'uniform', low: -50000, high: -40000 }];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tokencast-ranges-')), 'plan.tokencast');
    writeFileSync(file, serializeScenarioFile(loaded.file));
    expect(json('simulate', file, '--samples', '100').value['payback_within_horizon']).toBe(0);
    expect(json('simulate', file, '--samples', '100', '--range', 'biz.value_monthly=uniform:40000:50000').value['payback_within_horizon']).toBe(1);
  });

  it('refuses a run without any range', () => {
    expect(runCli('simulate')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: there are no ranges to draw from: give some inputs a range first\n' });
  });

  it('refuses a range that is not one', () => {
    expect(runCli('simulate', '--range', 'traffic.requests_per_day=uniform:5:1').stderr).toBe('tokencast: --range traffic.requests_per_day=uniform:5:1: low (5) must be below high (1)\n');
    expect(runCli('simulate', '--range', 'traffic.requests_per_day=beta:1:5').stderr).toBe('tokencast: --range traffic.requests_per_day=beta:1:5: expected one of uniform, triangular, normal, lognormal, pert\n');
  });
});

describe('flags of the what-if commands', () => {
  it('are refused by commands that do not take them', () => {
    expect(runCli('compute', '--pct', '20')).toEqual({ code: 2, stdout: '', stderr: 'tokencast: compute does not take --pct (see --help)\n' });
    expect(runCli('solve', '--range', 'a.b=uniform:1:2').stderr).toBe('tokencast: solve does not take --range (see --help)\n');
  });
});
