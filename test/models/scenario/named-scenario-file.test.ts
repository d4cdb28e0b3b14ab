import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, serializeScenarioFile, toScenarioFile } from '../../../models/scenario';
import type { Scenario } from '../../../shared/scenario-schema';

const envelope = (scenario: unknown) => JSON.stringify({ app: 'tokencast', version: 2, savedAt: '2026-11-23T10:00:00.000Z', generator: 'test', scenario });

const grids = [
  { id: 'g1', name: 'traffic', kind: 'scalar', rows: [{ id: 'r1', name: 'requests', value: 10 }, { id: 'r2', name: 'monthly', value: '=traffic.requests * t' }] },
  { id: 'g2', name: 'languages', kind: 'table', columns: [{ id: 'c1', name: 'share' }], rows: [{ id: 'r3', name: 'en', cells: { share: 1 } }] },
];
const withScenarios = (extra: Record<string, unknown>) => ({ name: 'test', grids, ...extra });

function errorsOf(scenario: unknown): string[] {
  const result = loadScenario(envelope(scenario));
  return result.ok ? [] : result.errors;
}

describe('named scenarios and ranges in a file', () => {
  it('load with cell and month overrides', () => {
    const result = loadScenario(envelope(withScenarios({
      scenarios: [{ id: 's-1', name: 'Busy', cells: { 'traffic.requests': 20, 'languages.en.share': '=0.5' }, months: { 'traffic.monthly': { 1: 3 } } }],
    })));
    expect(result.ok && result.file.scenario.scenarios?.[0]?.cells['traffic.requests']).toBe(20);
  });

  it('load with ranges of every distribution', () => {
    const ranges = [
      { ref: 'traffic.requests', dist: 'uniform', low: 5, high: 15 },
      { ref: 'languages.en.share', dist: 'pert', low: 0.5, high: 1, mode: 0.9 },
    ];
    expect(errorsOf(withScenarios({ ranges }))).toEqual([]);
  });

  it('are optional: a version-1 file still loads, without them', () => {
    const v1 = readFileSync(new URL('../../fixtures/reference-v1.tokencast', import.meta.url), 'utf8');
    const result = loadScenario(v1);
    expect(result.ok && [result.file.scenario.scenarios, result.file.scenario.ranges]).toEqual([undefined, undefined]);
  });

  it('round-trip in canonical order: overrides sorted by reference', () => {
    const scenario = withScenarios({
      scenarios: [{ name: 'b', cells: { 'traffic.requests': 2, 'languages.en.share': 0.5 }, id: 's-1' }],
      ranges: [{ high: 15, low: 5, dist: 'uniform', ref: 'traffic.requests' }],
    }) as Scenario;
    const text = serializeScenarioFile(toScenarioFile(scenario, new Date(0)));
    expect(text.indexOf('"languages.en.share"')).toBeLessThan(text.indexOf('"traffic.requests": 2'));
    expect(text).toMatch(/"ref": "traffic.requests",\n\s+"dist": "uniform",\n\s+"low": 5,\n\s+"high": 15/);
    const loaded = loadScenario(text);
    expect(loaded.ok && serializeScenarioFile(loaded.file)).toBe(text);
  });

  it('refuse an override of a cell the model does not have', () => {
    expect(errorsOf(withScenarios({ scenarios: [{ id: 's-1', name: 'x', cells: { 'traffic.nope': 1 } }] }))).toEqual([
      'scenario.scenarios[0].cells: there is no cell "traffic.nope" to override',
    ]);
  });

  it('refuse month overrides of a table cell', () => {
    expect(errorsOf(withScenarios({ scenarios: [{ id: 's-1', name: 'x', cells: {}, months: { 'languages.en.share': { 1: 1 } } }] }))).toEqual([
      'scenario.scenarios[0].months: "languages.en.share" is not a row of a scalar grid, so it has no months to override',
    ]);
  });

  it('refuse two scenarios of the same name', () => {
    const scenarios = [{ id: 's-1', name: 'Busy', cells: {} }, { id: 's-2', name: 'busy', cells: {} }];
    expect(errorsOf(withScenarios({ scenarios }))).toEqual(['scenario.scenarios[1].name: duplicate scenario name "busy" (also scenarios[0])']);
  });

  it('refuse a scenario called base', () => {
    expect(errorsOf(withScenarios({ scenarios: [{ id: 's-1', name: 'base', cells: {} }] }))[0]).toMatch(/^scenario\.scenarios\[0\]\.name: "base" is the name of the base model/);
  });

  it('refuse a range whose low is not below its high', () => {
    expect(errorsOf(withScenarios({ ranges: [{ ref: 'traffic.requests', dist: 'uniform', low: 5, high: 5 }] }))).toEqual(['scenario.ranges[0].high: low (5) must be below high (5)']);
  });

  it('refuse a mode outside the range, and a mode on a normal range', () => {
    expect(errorsOf(withScenarios({ ranges: [{ ref: 'traffic.requests', dist: 'triangular', low: 1, high: 2, mode: 3 }] }))).toEqual([
      'scenario.ranges[0].mode: the mode (3) must lie between low and high',
    ]);
    expect(errorsOf(withScenarios({ ranges: [{ ref: 'traffic.requests', dist: 'normal', low: 1, high: 2, mode: 1.5 }] }))).toEqual([
      'scenario.ranges[0].mode: a normal range has no mode',
    ]);
  });

  it('refuse a lognormal range that reaches 0', () => {
    expect(errorsOf(withScenarios({ ranges: [{ ref: 'traffic.requests', dist: 'lognormal', low: 0, high: 2 }] }))).toEqual(['scenario.ranges[0].low: a lognormal range needs low above 0']);
  });

  it('refuse an unknown distribution', () => {
    expect(errorsOf(withScenarios({ ranges: [{ ref: 'traffic.requests', dist: 'beta', low: 0, high: 2 }] }))).toEqual([
      'scenario.ranges[0].dist: expected one of uniform, triangular, normal, lognormal, pert',
    ]);
  });

  it('refuse two ranges on one cell, and a range on a missing cell', () => {
    const ranges = [{ ref: 'traffic.requests', dist: 'uniform', low: 0, high: 2 }, { ref: 'traffic.requests', dist: 'uniform', low: 0, high: 3 }, { ref: 'x.y', dist: 'uniform', low: 0, high: 1 }];
    expect(errorsOf(withScenarios({ ranges }))).toEqual([
      'scenario.ranges[1].ref: traffic.requests already has a range (ranges[0])',
      'scenario.ranges[2].ref: there is no cell "x.y"',
    ]);
  });
});
