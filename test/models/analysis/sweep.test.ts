import { describe, expect, it } from 'vitest';
import { sweep, sweepValues } from '../../../models/analysis';
import { createScenarioEngine, setCell } from '../../../models/scenario';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

function tcoWith(cells: Record<string, number>): number {
  const scenario = referenceScenario();
  for (const [ref, value] of Object.entries(cells)) setCell(scenario, ref, value);
  return createScenarioEngine(scenario).get('out.tco') as number;
}

describe('data tables (sweeps)', () => {
  it('spaces STEPS values evenly from FROM to TO, both included', () => {
    expect(sweepValues(10000, 50000, 5)).toEqual([10000, 20000, 30000, 40000, 50000]);
  });

  it('refuses fewer than two values', () => {
    expect(() => sweepValues(1, 2, 1)).toThrow('a sweep takes at least 2 values (FROM:TO:STEPS), got 1');
  });

  it('computes the output for every value of one input', () => {
    const result = sweep(referenceEngine(), 'out.tco', [{ ref: 'traffic.requests_per_day', values: [5000, 20000] }]);
    expect(result.values).toEqual([tcoWith({ 'traffic.requests_per_day': 5000 }), tcoWith({ 'traffic.requests_per_day': 20000 })]);
  });

  it('computes a grid over two inputs, a row per value of the first', () => {
    const result = sweep(referenceEngine(), 'out.tco', [
      { ref: 'traffic.requests_per_day', values: [5000, 20000] },
      { ref: 'biz.personnel_monthly', values: [0, 10000, 20000] },
    ]);
    expect(result.values[1]).toEqual([0, 10000, 20000].map((p) => tcoWith({ 'traffic.requests_per_day': 20000, 'biz.personnel_monthly': p })));
  });

  it('gives null where the output is none', () => {
    expect(sweep(referenceEngine(), 'out.payback_month', [{ ref: 'biz.value_monthly', values: [0, 40000] }]).values).toEqual([null, 12]);
  });

  it('puts the inputs back', () => {
    const engine = referenceEngine();
    sweep(engine, 'out.tco', [{ ref: 'traffic.requests_per_day', values: [1, 2] }, { ref: 'biz.personnel_monthly', values: [1, 2] }]);
    expect([engine.get('traffic.requests_per_day'), engine.get('biz.personnel_monthly')]).toEqual([10000, 12500]);
  });

  it('refuses the same input on both axes', () => {
    expect(() => sweep(referenceEngine(), 'out.tco', [{ ref: 'biz.ops', values: [1, 2] }, { ref: 'biz.ops', values: [1, 2] }])).toThrow('a two-way data table varies two different inputs, not biz.ops twice');
  });
});
