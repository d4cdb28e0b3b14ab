import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanOf, normalQuantile, samplerOf, seededRandom } from '../../../models/analysis';
import { DISTRIBUTIONS, type InputRange } from '../../../shared/scenario-schema';

const draws = (range: InputRange, n: number, seed = 1) => {
  const random = seededRandom(seed);
  const sample = samplerOf(range);
  return Array.from({ length: n }, () => sample(random));
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;

/** Any valid range: low < high, a mode between them where the distribution has one, low > 0 for lognormal. */
const anyRange: fc.Arbitrary<InputRange> = fc.tuple(
  fc.constantFrom(...DISTRIBUTIONS), fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
).map(([dist, low, width, at]) => ({ ref: 'a.b', dist, low, high: low + width, ...(dist === 'triangular' || dist === 'pert' ? { mode: low + width * at } : {}) }));

describe('the seeded generator', () => {
  it('repeats for a seed and stays strictly between 0 and 1', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      const a = seededRandom(seed);
      const b = seededRandom(seed);
      return Array.from({ length: 50 }, () => a()).every((x) => x === b() && x > 0 && x < 1);
    }));
  });

  it('is uniform: a tenth of draws in each tenth', () => {
    const random = seededRandom(42);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[Math.floor(random() * 10)]! += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});

describe('distributions', () => {
  it('keep uniform, triangular and PERT draws within low and high', () => {
    fc.assert(fc.property(anyRange, fc.integer(), (range, seed) => {
      if (range.dist === 'normal' || range.dist === 'lognormal') return true;
      return draws(range, 200, seed).every((x) => x >= range.low && x <= range.high);
    }));
  });

  it('have the mean their parameters give', () => {
    for (const range of [
      { ref: 'a.b', dist: 'uniform', low: 10, high: 20 },
      { ref: 'a.b', dist: 'triangular', low: 0, high: 10, mode: 2 },
      { ref: 'a.b', dist: 'pert', low: 0, high: 10, mode: 2 },
      { ref: 'a.b', dist: 'normal', low: 90, high: 110 },
      { ref: 'a.b', dist: 'lognormal', low: 5000, high: 20000 },
    ] satisfies InputRange[]) {
      expect(Math.abs(mean(draws(range, 40_000)) / meanOf(range) - 1)).toBeLessThan(0.01);
    }
  });

  it('put low and high of a normal or lognormal range at its 5th and 95th percentiles', () => {
    for (const range of [{ ref: 'a.b', dist: 'normal', low: 90, high: 110 }, { ref: 'a.b', dist: 'lognormal', low: 5000, high: 20000 }] satisfies InputRange[]) {
      const xs = draws(range, 40_000);
      expect(quantile(xs, 0.05) / range.low).toBeCloseTo(1, 1);
      expect(quantile(xs, 0.95) / range.high).toBeCloseTo(1, 1);
    }
  });

  it('take the midpoint as the mode when none is given', () => {
    expect(meanOf({ ref: 'a.b', dist: 'triangular', low: 0, high: 10 })).toBe(5);
  });
});

describe('the normal quantile', () => {
  it('matches known values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
  });
});
