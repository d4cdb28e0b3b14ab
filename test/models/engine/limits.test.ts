import { describe, expect, it } from 'vitest';
import type { CellError } from '../../../models/engine';
import { evaluate } from './engine-helpers';

describe('recurrences through running totals', () => {
  it('compute cumsum over the cell\'s own earlier months in one pass', () => {
    const value = evaluate('=1 + cumsum(lag(test.x, 1, 0))', {}, 5) as Float64Array;
    // x1 = 1; x2 = 1 + x1 = 2; x3 = 1 + x1 + x2 = 4; …
    expect(Array.from(value)).toEqual([1, 2, 4, 8, 16]);
  });

  it('give up on a formula that re-reads its whole series every month, with an error naming the cell', () => {
    const wide = Array.from({ length: 400 }, () => 't').join(', ');
    const value = evaluate(`=lag(test.x, 1, 1) + at(lag(test.x, 1, 1), 1) * 0 + max(${wide}) * 0`, {}, 1200) as CellError;
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toMatch(/^test\.x took more than 2 s to compute month by month/);
  });
});

describe('text', () => {
  it('is capped: concat past 100,000 characters is an error, not gigabytes', () => {
    const value = evaluate('=concat(a.x, a.x, a.x)', { 'a.x': 'x'.repeat(50_000) }) as CellError;
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toMatch(/longer than 100,000 characters/);
  });

  it('is quoted briefly in an error message', () => {
    const value = evaluate('=switch(a.x, "api", 1, "cloud", 2)', { 'a.x': 'y'.repeat(10_000) }) as CellError;
    expect(value.message.length).toBeLessThan(200);
  });
});
