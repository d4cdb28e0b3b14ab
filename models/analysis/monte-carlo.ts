import type { InputRange } from '../../shared/scenario-schema';
import { NONE, isInGrid, type Engine } from '../engine';
import { OUTPUT_GRID } from '../outputs';
import { samplerOf } from './distributions';
import { asInputValue } from './inputs';
import { AnalysisError, movableInput, numberOf, restoreInputs } from './probe';
import { seededRandom } from './random';
import { summarize, type OutputStats } from './statistics';

/** The output whose being a number means the scenario pays back within the horizon. */
export const PAYBACK_REF = 'out.payback_month';

/** Default number of samples. */
export const DEFAULT_SAMPLES = 10_000;
/** The most samples a simulation takes. */
export const MAX_SAMPLES = 1_000_000;

/** Options of {@link simulate}. */
export interface SimulationOptions {
  readonly ranges: readonly InputRange[];
  readonly samples?: number;
  /** The generator's seed: the same seed gives the same result. */
  readonly seed?: number;
  /** Cells that take whole numbers: their draws are rounded. */
  readonly integers?: ReadonlySet<string>;
  /** Called every {@link PROGRESS_EVERY} samples and at the end, with the samples done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How often a simulation reports progress, in samples. */
export const PROGRESS_EVERY = 250;

/** What a simulation found. */
export interface SimulationResult {
  readonly samples: number;
  readonly seed: number;
  /** P10/P50/P90 and mean of every output (the `out` grid's cells that are numbers or none). */
  readonly outputs: Readonly<Record<string, OutputStats>>;
  /** The share of samples with a payback month (null when the model has no out.payback_month). */
  readonly paybackWithinHorizon: number | null;
  /** Every sample of every output, NaN where it had no number: for histograms. */
  readonly draws: Readonly<Record<string, Float64Array>>;
}

/**
 * Monte Carlo: draws every ranged input from its distribution, with a seeded
 * generator, recomputes and records every output — N times, on one engine,
 * each sample one incremental recompute of what the ranged inputs reach.
 * Inputs are drawn in the order of the ranges, so a seed always gives the
 * same samples. The inputs are put back afterwards.
 */
export function simulate(engine: Engine, options: SimulationOptions): SimulationResult {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) throw new AnalysisError(`the number of samples must be a whole number from 1 to ${MAX_SAMPLES}, got ${samples}`);
  if (!Number.isInteger(seed)) throw new AnalysisError(`the seed must be a whole number, got ${seed}`);
  if (options.ranges.length === 0) throw new AnalysisError('there are no ranges to draw from: give some inputs a range first');
  const seen = new Set<string>();
  for (const range of options.ranges) {
    if (seen.has(range.ref)) throw new AnalysisError(`${range.ref} has two ranges; give each input one`);
    seen.add(range.ref);
  }
  const inputs = options.ranges.map((range) => movableInput(engine, range.ref));
  const integers = options.integers ?? new Set<string>();
  const samplers = options.ranges.map((range) => {
    const draw = samplerOf(range);
    return integers.has(range.ref) ? (random: () => number) => asInputValue(draw(random), range.ref, integers) : draw;
  });
  const outputs = engine.refs().filter((ref) => isInGrid(ref, OUTPUT_GRID) && (engine.get(ref) === NONE || numberOf(engine.get(ref)) !== undefined));
  const draws = outputs.map(() => new Float64Array(samples));
  const random = seededRandom(seed);
  const values = new Float64Array(inputs.length);
  try {
    for (let s = 0; s < samples; s++) {
      for (let i = 0; i < samplers.length; i++) values[i] = samplers[i]!(random);
      engine.batch((edits) => {
        for (let i = 0; i < inputs.length; i++) edits.set(inputs[i]!.ref, values[i]!);
      });
      for (let o = 0; o < outputs.length; o++) draws[o]![s] = numberOf(engine.get(outputs[o]!)) ?? Number.NaN;
      if ((s + 1) % PROGRESS_EVERY === 0 || s + 1 === samples) options.onProgress?.(s + 1, samples);
    }
  } finally {
    restoreInputs(engine, inputs);
  }
  const paybackIndex = outputs.indexOf(PAYBACK_REF);
  const payback = paybackIndex < 0 ? undefined : draws[paybackIndex]!;
  return {
    samples,
    seed,
    outputs: Object.fromEntries(outputs.map((ref, o) => [ref, summarize(draws[o]!)])),
    paybackWithinHorizon: payback ? payback.reduce((n, x) => n + (Number.isNaN(x) ? 0 : 1), 0) / samples : null,
    draws: Object.fromEntries(outputs.map((ref, o) => [ref, draws[o]!])),
  };
}
