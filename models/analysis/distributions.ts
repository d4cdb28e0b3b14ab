import type { InputRange } from '../../shared/scenario-schema';

/**
 * Drawing an input from its range. Uniform, triangular and PERT ranges run
 * from low to high (mode: the most likely value, the midpoint unless given);
 * normal and lognormal ranges give their 5th and 95th percentiles (a 90 %
 * interval, as Guesstimate asks for), which is easier to say than a
 * standard deviation.
 */

/** The standard normal quantile of 0.95: a 90 % interval is mean ± Z90 standard deviations. */
const Z90 = 1.6448536269514722;

/** Draws one value of the range from uniform numbers in (0, 1). */
export type Sampler = (random: () => number) => number;

/** A sampler for a range. */
export function samplerOf(range: InputRange): Sampler {
  const { low, high } = range;
  const mode = range.mode ?? (low + high) / 2;
  switch (range.dist) {
    case 'uniform':
      return (random) => low + (high - low) * random();
    case 'triangular': {
      const split = (mode - low) / (high - low);
      return (random) => {
        const u = random();
        return u < split ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
      };
    }
    case 'normal': {
      const mean = (low + high) / 2;
      const sd = (high - low) / (2 * Z90);
      return (random) => mean + sd * normalQuantile(random());
    }
    case 'lognormal': {
      const mean = (Math.log(low) + Math.log(high)) / 2;
      const sd = (Math.log(high) - Math.log(low)) / (2 * Z90);
      return (random) => Math.exp(mean + sd * normalQuantile(random()));
    }
    case 'pert': {
      const alpha = 1 + (4 * (mode - low)) / (high - low);
      const beta = 1 + (4 * (high - mode)) / (high - low);
      return (random) => {
        const x = gamma(alpha, random);
        return low + ((high - low) * x) / (x + gamma(beta, random));
      };
    }
  }
}

/** The mean of a range's distribution, for checking samples. */
export function meanOf(range: InputRange): number {
  const { low, high } = range;
  const mode = range.mode ?? (low + high) / 2;
  switch (range.dist) {
    case 'uniform':
    case 'normal':
      return (low + high) / 2;
    case 'triangular':
      return (low + high + mode) / 3;
    case 'lognormal': {
      const sd = (Math.log(high) - Math.log(low)) / (2 * Z90);
      return Math.sqrt(low * high) * Math.exp((sd * sd) / 2);
    }
    case 'pert':
      return (low + 4 * mode + high) / 6;
  }
}

/**
 * The standard normal quantile (inverse distribution function), by Acklam's
 * rational approximation: relative error below 1.2e-9, no iteration.
 */
export function normalQuantile(p: number): number {
  const lowTail = 0.02425;
  if (p < lowTail) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - lowTail) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((-3.969683028665376e+1 * r + 2.209460984245205e+2) * r - 2.759285104469687e+2) * r + 1.38357751867269e+2) * r - 3.066479806614716e+1) * r + 2.506628277459239) * q)
    / (((((-5.447609879822406e+1 * r + 1.615858368580409e+2) * r - 1.556989798598866e+2) * r + 6.680131188771972e+1) * r - 1.328068155288572e+1) * r + 1);
}

function tail(q: number): number {
  return (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783)
    / ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
}

/** A Gamma(shape, 1) draw for shape ≥ 1, by Marsaglia and Tsang's method (PERT's shapes are always ≥ 1). */
function gamma(shape: number, random: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(random());
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
