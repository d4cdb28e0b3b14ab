import { describe, expect, it } from 'vitest';
import { CellError, NONE } from '../../../models/engine';
import { evaluate } from './engine-helpers';

const months = (formula: string, cells = {}, horizon = 4) => Array.from(evaluate(formula, cells, horizon) as Float64Array);

describe('formula functions', () => {
  it('sum adds every month of a series and every argument', () => {
    expect(evaluate('=sum(t, 10)', {}, 4)).toBe(20);
  });

  it('mean averages every value', () => {
    expect(evaluate('=mean(t)', {}, 4)).toBe(2.5);
  });

  it('cumsum makes a running total', () => {
    expect(months('=cumsum(t)')).toEqual([1, 3, 6, 10]);
  });

  it('cumsum of a scalar repeats it every month', () => {
    expect(months('=cumsum(2)')).toEqual([2, 4, 6, 8]);
  });

  it('cummax keeps the largest so far', () => {
    expect(months('=cummax(if(t == 2, 9, t))')).toEqual([1, 9, 9, 9]);
  });

  it('max of several arguments works month by month', () => {
    expect(months('=max(2, t)')).toEqual([2, 2, 3, 4]);
  });

  it('max of one series is its largest month', () => {
    expect(evaluate('=max(t)', {}, 4)).toBe(4);
  });

  it('lag shifts later and fills the first months', () => {
    expect(months('=lag(t, 2, -1)')).toEqual([-1, -1, 1, 2]);
  });

  it('at reads one month', () => {
    expect(evaluate('=at(t * 3, 2)')).toBe(6);
  });

  it('at refuses a month outside the horizon', () => {
    expect(evaluate('=at(t, 9)', {}, 4)).toEqual(new CellError('#VALUE!', 'at(t, 9): month 9 is outside 1..4'));
  });

  it('first_month finds the first month a condition holds', () => {
    expect(evaluate('=first_month(t * t > 5)')).toBe(3);
  });

  it('first_month is none when the condition never holds', () => {
    expect(evaluate('=first_month(t > 99)')).toBe(NONE);
  });

  it('if picks month by month with a series condition', () => {
    expect(months('=if(t > 2, 1, 0)')).toEqual([0, 0, 1, 1]);
  });

  it('if evaluates only the chosen branch for a scalar condition', () => {
    expect(evaluate('=if(true, 1, 1 / 0)')).toBe(1);
  });

  it('switch returns the value paired with the matching key', () => {
    expect(evaluate('=switch("cloud", "api", 1, "cloud", 2, "onprem", 3)')).toBe(2);
  });

  it('switch names the choices when nothing matches', () => {
    expect(evaluate('=switch("gpu", "api", 1, "cloud", 2)')).toEqual(new CellError('#N/A', 'switch("gpu", "api", 1, "cloud", 2): "gpu" is none of api, cloud'));
  });

  it('switch falls back to a trailing default', () => {
    expect(evaluate('=switch("gpu", "api", 1, 7)')).toBe(7);
  });

  it('iferror replaces an error', () => {
    expect(evaluate('=iferror(1 / 0, 5)')).toBe(5);
  });

  it('ifnone replaces none', () => {
    expect(evaluate('=ifnone(first_month(t > 99), 0)')).toBe(0);
  });

  it('npv discounts monthly amounts', () => {
    expect(evaluate('=npv(0.1, 110)', {}, 1)).toBeCloseTo(100, 12);
  });

  it('round rounds to decimals', () => {
    expect(evaluate('=round(3.14159, 2)')).toBe(3.14);
  });

  it('clamp limits to a range', () => {
    expect(months('=clamp(t, 2, 3)')).toEqual([2, 2, 3, 3]);
  });

  it('concat joins values into text', () => {
    expect(evaluate('=concat("shares: ", 0.5, " ok")')).toBe('shares: 0.5 ok');
  });

  it('a function name used as a value is a #NAME? with its signature', () => {
    expect(evaluate('=sum + 1')).toEqual(new CellError('#NAME?', 'sum is a function: call it like sum(x, …)'));
  });
});
