import { describe, expect, it } from 'vitest';
import { histogram, summarize } from '../../../models/analysis';

describe('summary statistics', () => {
  it('interpolates percentiles between samples, as spreadsheets do', () => {
    expect(summarize(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toEqual({ p10: 2, p50: 6, p90: 10, mean: 6 });
  });

  it('ranks samples without a number above every number, so a percentile among them is null', () => {
    expect(summarize(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, Number.NaN, Number.NaN]))).toEqual({ p10: 2, p50: 6, p90: null, mean: 5 });
  });

  it('gives nulls when no sample has a number', () => {
    expect(summarize(Float64Array.from([Number.NaN]))).toEqual({ p10: null, p50: null, p90: null, mean: null });
  });

  it('bins samples into equal widths, the largest in the last bin', () => {
    expect(histogram(Float64Array.from([0, 1, 2, 3, 4, Number.NaN]), 2)).toEqual({ edges: [0, 2, 4], counts: [2, 3] });
  });
});
