import { describe, expect, it } from 'vitest';
import { PAYBACK_REF, integerRefs, simulate } from '../../../models/analysis';
import type { InputRange } from '../../../shared/scenario-schema';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

const ranges: InputRange[] = [
  { ref: 'traffic.requests_per_day', dist: 'lognormal', low: 5000, high: 20000 },
  { ref: 'traffic.monthly_growth', dist: 'triangular', low: 0, high: 0.08, mode: 0.034 },
  { ref: 'biz.revenue_per_request', dist: 'uniform', low: 0.002, high: 0.006 },
  { ref: 'prompt.context_tokens', dist: 'normal', low: 1000, high: 2000 },
  { ref: 'selfhost.tokens_per_sec_per_gpu', dist: 'pert', low: 1500, high: 4000, mode: 2500 },
];

describe('Monte Carlo', () => {
  it('gives the same result for the same seed', () => {
    const a = simulate(referenceEngine(), { ranges, samples: 500, seed: 7 });
    const b = simulate(referenceEngine(), { ranges, samples: 500, seed: 7 });
    expect(a.outputs).toEqual(b.outputs);
  });

  it('gives another result for another seed', () => {
    const a = simulate(referenceEngine(), { ranges, samples: 500, seed: 7 });
    const b = simulate(referenceEngine(), { ranges, samples: 500, seed: 8 });
    expect(a.outputs['out.tco']).not.toEqual(b.outputs['out.tco']);
  });

  it('summarises every output with P10 ≤ P50 ≤ P90', () => {
    const result = simulate(referenceEngine(), { ranges, samples: 500 });
    expect(Object.keys(result.outputs)).toContain('out.tco');
    for (const stats of Object.values(result.outputs)) {
      if (stats.p10 !== null && stats.p90 !== null) expect(stats.p10).toBeLessThanOrEqual(stats.p90);
      if (stats.p50 !== null && stats.p10 !== null) expect(stats.p10).toBeLessThanOrEqual(stats.p50);
    }
  });

  it('keeps every sample of every output for histograms', () => {
    const result = simulate(referenceEngine(), { ranges, samples: 300 });
    expect(result.draws['out.tco']).toHaveLength(300);
  });

  it('gives the probability of paying back within the horizon', () => {
    const sure = simulate(referenceEngine(), { ranges: [{ ref: 'biz.value_monthly', dist: 'uniform', low: 40000, high: 50000 }], samples: 200 });
    const never = simulate(referenceEngine(), { ranges: [{ ref: 'biz.value_monthly', dist: 'uniform', low: -50000, high: -40000 }], samples: 200 });
    const some = simulate(referenceEngine(), { ranges: [{ ref: 'biz.value_monthly', dist: 'uniform', low: 0, high: 40000 }], samples: 400 });
    expect([sure.paybackWithinHorizon, never.paybackWithinHorizon]).toEqual([1, 0]);
    expect(some.paybackWithinHorizon).toBeGreaterThan(0);
    expect(some.paybackWithinHorizon).toBeLessThan(1);
    expect(some.draws[PAYBACK_REF]!.some(Number.isNaN)).toBe(true);
  });

  it('rounds the draws of whole-number inputs (a horizon of 30.7 months would make every output an error)', () => {
    const range: InputRange = { ref: 'calendar.horizon_months', dist: 'uniform', low: 12, high: 48 };
    const rounded = simulate(referenceEngine(), { ranges: [range], samples: 100, integers: integerRefs(referenceScenario()) });
    const raw = simulate(referenceEngine(), { ranges: [range], samples: 100 });
    expect([rounded.outputs['out.tco']!.mean === null, raw.outputs['out.tco']!.mean]).toEqual([false, null]);
  });

  it('reports progress up to the number of samples', () => {
    const seen: number[] = [];
    simulate(referenceEngine(), { ranges, samples: 600, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([250, 500, 600]);
  });

  it('puts the ranged inputs back', () => {
    const engine = referenceEngine();
    simulate(engine, { ranges, samples: 50 });
    expect(ranges.map((range) => engine.get(range.ref))).toEqual([10000, 0.034, 0.004, 1500, 2500]);
  });

  it('refuses to run without ranges, or with two ranges on one input', () => {
    expect(() => simulate(referenceEngine(), { ranges: [] })).toThrow('there are no ranges to draw from: give some inputs a range first');
    expect(() => simulate(referenceEngine(), { ranges: [ranges[0]!, ranges[0]!] })).toThrow('traffic.requests_per_day has two ranges; give each input one');
  });

  it('refuses a sample count out of bounds', () => {
    expect(() => simulate(referenceEngine(), { ranges, samples: 0 })).toThrow('the number of samples must be a whole number from 1 to 1000000, got 0');
  });
});
