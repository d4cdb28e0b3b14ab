import { describe, expect, it } from 'vitest';
import { isError, type Value } from '../../../models/engine';
import { engineWith } from './engine-helpers';

/**
 * Formulas can only compute. Each hostile formula must end as an error value
 * or a finite value, quickly, without throwing, and without changing how the
 * engine behaves for the formulas that come after it.
 */
const hostile = [
  'import({"x": 1}, {"override": true})',
  'createUnit("foo")',
  'evaluate("1 + 1")',
  'parse("1 + 1")',
  'compile("1 + 1")',
  'simplify("x + x")',
  'derivative("x^2", "x")',
  'resolve("x")',
  'reviver',
  'config({"number": "BigNumber"})',
  'config',
  'typed',
  'a.constructor',
  'a.__proto__',
  'a.prototype',
  'a.b.constructor',
  'constructor',
  '__proto__',
  'a.b["constructor"]',
  'sum.constructor("return process")()',
  '"".constructor.constructor("return this")()',
  'f(x) = x',
  'sum(x) = 1',
  'add = 1',
  'cos(x) = 2',
  'a.b = 3',
  '[1, 2, 3]',
  '{"a": 1}',
  '1:1e9',
  'ones(1e9)',
  'zeros(1e9, 1e9)',
  'range(0, 1e9)',
  '2 ^ 1e9',
  '1e308 * 10',
  'sqrt(-1)',
  'log(0)',
  '5 cm to inch',
  'x = 1; y = 2',
  'chain(1)',
  'matrix([1])',
  'lag(t, 1e9)',
  'round(t, 1e9)',
  'concat(t, t, t)',
  '(' .repeat(10_000) + '1' + ')'.repeat(10_000),
  Array.from({ length: 20_000 }, () => '1').join('+'),
  '1' + '+1'.repeat(50_000),
  '-'.repeat(5_000) + '1',
  'not '.repeat(3_000) + '1',
];

function evaluateSafely(formula: string): { value: Value; ms: number } {
  const start = performance.now();
  const engine = engineWith({ 'a.b': 2, 'a.x': `=${formula}` });
  return { value: engine.get('a.x')!, ms: performance.now() - start };
}

describe('formula sandbox', () => {
  it.each(hostile.map((formula) => [formula.length > 60 ? `${formula.slice(0, 40)}… (${formula.length} chars)` : formula, formula]))(
    '%s ends as an error or a finite value',
    (_label, formula) => {
      const { value, ms } = evaluateSafely(formula);
      expect(isError(value) || typeof value === 'number' || typeof value === 'string' || value instanceof Float64Array).toBe(true);
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      expect(ms).toBeLessThan(1000);
    },
  );

  it('covers at least 30 hostile formulas', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it('computes normally after every hostile formula', () => {
    const engine = engineWith({ 'a.b': 2, 'a.x': '=a.b * 21' });
    for (const formula of hostile) engine.set('a.h', `=${formula}`);
    engine.set('a.b', 3);
    expect(engine.get('a.x')).toBe(63);
    expect(engineWith({ 'a.y': '=1 + 1' }).get('a.y')).toBe(2);
  });

  it('leaves the global prototypes untouched', () => {
    for (const formula of hostile) evaluateSafely(formula);
    expect(Object.prototype).not.toHaveProperty('x');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
