import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../models/engine';
import { integerRefs, solve } from '../../../models/analysis';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

/** The template with faster GPU serving, so rented GPUs beat the API above some traffic. */
function fastServing() {
  const engine = referenceEngine();
  engine.set('selfhost.tokens_per_sec_per_gpu', 10000);
  return engine;
}

const crossover = (engine = fastServing()) => (x: number) => {
  engine.set('traffic.requests_per_day', x);
  return (engine.get('out.tco_cloud') as number) - (engine.get('out.tco_api') as number);
};

describe('goal seek', () => {
  it('refuses to vary a cell computed by a formula, and names the inputs it reads', () => {
    const engine = createEngine([['a.x', 2], ['a.y', '=a.x * 3'], ['a.z', '=a.y + 1']]);
    expect(() => solve(engine, { vary: 'a.y', output: 'a.z', target: 10, min: 0, max: 100 }))
      .toThrow('a.y is computed by a formula (=a.x * 3), so it cannot be varied; vary an input it reads instead, like a.x');
  });

  it('finds the self-hosting crossover: the first traffic where rented GPUs cost no more than the API', () => {
    const result = solve(fastServing(), { vary: 'traffic.requests_per_day', output: '=out.tco_cloud - out.tco_api', target: 0, min: 1000, max: 1e6 });
    const f = crossover();
    expect(result.value).not.toBeNull();
    expect(f(result.value!)).toBeLessThanOrEqual(0);
    expect(f(result.value! * 0.999)).toBeGreaterThan(0);
    expect(result.output).toBe(f(result.value!));
  });

  it('finds where a step function (the payback month) first reaches the target', () => {
    const result = solve(referenceEngine(), { vary: 'biz.value_monthly', output: 'out.payback_month', target: 24, min: 0, max: 40000 });
    const engine = referenceEngine();
    const payback = (x: number) => (engine.set('biz.value_monthly', x), engine.get('out.payback_month'));
    expect(result.output).toBe(24);
    expect(payback(result.value!)).toBe(24);
    expect(payback(result.value! * 0.999)).toBeGreaterThan(24);
  });

  it('treats none (no payback) as not reached, coming from the side where it has no number', () => {
    const engine = referenceEngine();
    engine.set('biz.value_monthly', 0);
    const result = solve(engine, { vary: 'traffic.requests_per_day', output: 'out.payback_month', target: 12, min: 0, max: 1e6 });
    expect(result.output).toBeLessThanOrEqual(12);
    engine.set('traffic.requests_per_day', result.value! * 0.999);
    const before = engine.get('out.payback_month');
    expect(typeof before !== 'number' || before > 12).toBe(true);
  });

  it('finds the first input where a rising output reaches the target', () => {
    const result = solve(referenceEngine(), { vary: 'traffic.requests_per_day', output: 'out.tco', target: 1e6, min: 1000, max: 1e5 });
    const engine = referenceEngine();
    const tco = (x: number) => (engine.set('traffic.requests_per_day', x), engine.get('out.tco') as number);
    expect(tco(result.value!)).toBeGreaterThanOrEqual(1e6);
    expect(tco(result.value! * 0.999)).toBeLessThan(1e6);
  });

  it('answers the lower end when the output is already at the target there', () => {
    expect(solve(referenceEngine(), { vary: 'biz.value_monthly', output: '=biz.value_monthly * 2', target: 10, min: 5, max: 10 })).toMatchObject({ vary: 'biz.value_monthly', value: 5, output: 10 });
  });

  it('answers null when the output never reaches the target in the range', () => {
    expect(solve(referenceEngine(), { vary: 'traffic.requests_per_day', output: '=out.tco_cloud - out.tco_api', target: 0, min: 1000, max: 1e6 }))
      .toEqual({ vary: 'traffic.requests_per_day', value: null, output: null, min: 1000, max: 1e6 });
  });

  it('searches whole numbers for a whole-number input', () => {
    const result = solve(referenceEngine(), { vary: 'selfhost.min_gpus', output: 'out.tco_cloud', target: 1.5e6, min: 1, max: 40, integers: integerRefs(referenceScenario()) });
    expect(Number.isInteger(result.value)).toBe(true);
    const engine = referenceEngine();
    engine.set('selfhost.min_gpus', result.value! - 1);
    expect(engine.get('out.tco_cloud')).toBeLessThan(1.5e6);
  });

  it('searches a tenth to ten times the input by default', () => {
    expect(solve(referenceEngine(), { vary: 'biz.value_monthly', output: '=biz.value_monthly', target: 4000 })).toMatchObject({ value: 4000, min: 4000, max: 400000 });
    expect(solve(referenceEngine(), { vary: 'biz.value_monthly', output: '=biz.value_monthly', target: 400001 }).value).toBeNull();
  });

  it('puts the input back', () => {
    const engine = fastServing();
    solve(engine, { vary: 'traffic.requests_per_day', output: '=out.tco_cloud - out.tco_api', target: 0, min: 1000, max: 1e6 });
    expect([engine.get('traffic.requests_per_day'), engine.refs().some((ref) => ref.startsWith('whatif_probe'))]).toEqual([10000, false]);
  });

  it('refuses a range whose min is not below its max', () => {
    expect(() => solve(referenceEngine(), { vary: 'biz.value_monthly', output: 'out.tco', target: 0, min: 5, max: 5 })).toThrow('the range to search must have min below max, got 5 to 5');
  });

  it('finds the crossing of any monotone step function to 0.1 % of the input', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.5, max: 50, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.boolean(),
      (step, target, falling) => {
        const formula = falling ? `=100 - ceil(m.x / ${step})` : `=ceil(m.x / ${step})`;
        const engine = createEngine([['calendar.horizon_months', 1], ['m.x', 1], ['m.y', formula]]);
        const goal = falling ? 100 - target : target;
        const result = solve(engine, { vary: 'm.x', output: 'm.y', target: goal, min: 0.001, max: 50 * 41 });
        const y = (x: number) => (engine.set('m.x', x), engine.get('m.y') as number);
        const reached = (v: number) => (falling ? v <= goal : v >= goal);
        // The exact crossing: the step from target − 1 to target happens just above (target − 1) × step.
        const exact = (target - 1) * step;
        if (exact < 0.001) return result.value === 0.001;
        return result.value !== null && reached(y(result.value)) && result.value >= exact && result.value <= exact * 1.001 + 1e-12;
      },
    ));
  });
});
