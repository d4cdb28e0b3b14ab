import { describe, expect, it } from 'vitest';
import { CellError, NONE } from '../../../models/engine';
import { formatValue } from '../../../models/format/format-value';

describe('showing values', () => {
  it('groups digits and shows money of 1,000 or more without cents', () => {
    expect(formatValue(1337200, 'currency', 'en')).toBe('1,337,200');
  });

  it('shows money under 1,000 with cents, even under 1', () => {
    expect([formatValue(2.5, 'currency', 'en'), formatValue(0.6, 'currency', 'en')]).toEqual(['2.50', '0.60']);
  });

  it('shows small amounts with significant digits instead of zeros', () => {
    expect(formatValue(0.0030846, 'currency', 'en')).toBe('0.003085');
  });

  it('shows every percentage with one decimal', () => {
    expect([formatValue(0.034, 'percent', 'zh'), formatValue(0.62, 'percent', 'en'), formatValue(0.6732, 'percent', 'en')]).toEqual(['3.4%', '62.0%', '67.3%']);
  });

  it('rounds whole-number formats for display only', () => {
    expect(formatValue(48525.797, 'integer', 'en')).toBe('48,526');
  });

  it('shows none as a dash, an error as its code, true/false as words', () => {
    expect([formatValue(NONE, undefined, 'en'), formatValue(new CellError('#DIV/0!', 'x'), undefined, 'en'), formatValue(true, undefined, 'zh')]).toEqual(['—', '#DIV/0!', '是']);
  });

  it('summarises a series by its first and last month', () => {
    expect(formatValue(new Float64Array([1, 2, 3]), 'integer', 'en')).toBe('1 … 3 (3 months)');
  });
});
