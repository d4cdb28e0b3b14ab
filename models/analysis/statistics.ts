/** Summary statistics of simulated outputs, where a sample may have no number (none, or an error). */

/** P10, P50, P90 and the mean of an output over the samples; null where there is no number to give. */
export interface OutputStats {
  readonly p10: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly mean: number | null;
}

/**
 * Percentiles of samples (NaN: no number), interpolated between neighbours
 * (as spreadsheets' PERCENTILE). A sample without a number ranks above
 * every number — for the outputs that can be none (payback, breakeven) none
 * means "later than the horizon" — so a percentile that falls among them is
 * null. The mean is over the samples that have a number.
 */
export function summarize(samples: Float64Array): OutputStats {
  // A typed array sorts numerically with NaN last: the numbers are the sorted array up to the first NaN.
  const sorted = Float64Array.from(samples).sort();
  let count = sorted.length;
  while (count > 0 && Number.isNaN(sorted[count - 1])) count--;
  const numbers = sorted.subarray(0, count);
  let sum = 0;
  for (const x of numbers) sum += x;
  const at = (p: number): number | null => {
    const rank = (samples.length - 1) * p;
    const below = Math.floor(rank);
    const above = Math.ceil(rank);
    if (samples.length === 0 || above >= numbers.length) return null;
    return numbers[below]! + (numbers[above]! - numbers[below]!) * (rank - below);
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), mean: numbers.length > 0 ? sum / numbers.length : null };
}

/** Equal-width bins of the samples that have a number, for a histogram. */
export function histogram(samples: Float64Array, bins: number): { readonly edges: number[]; readonly counts: number[] } {
  const numbers = samples.filter((x) => !Number.isNaN(x));
  if (numbers.length === 0) return { edges: [], counts: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const x of numbers) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) return { edges: [min, max], counts: [numbers.length] };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of numbers) counts[Math.min(bins - 1, Math.floor((x - min) / width))]!++;
  return { edges: Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + width * i)), counts };
}
