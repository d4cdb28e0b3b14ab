import type { Engine } from '../engine';
import { AnalysisError, movableInput, probeOutput, restoreInputs } from './probe';

/** Options of {@link solve}. */
export interface SolveOptions {
  /** The input to vary. */
  readonly vary: string;
  /** A reference, or a formula over cells (`=out.tco_cloud - out.tco_api`). */
  readonly output: string;
  readonly target: number;
  /** The range searched; by default a tenth to ten times the input's value now (0 to 1 when it is 0). */
  readonly min?: number;
  readonly max?: number;
  /** Cells that take whole numbers: the search runs over whole numbers for them. */
  readonly integers?: ReadonlySet<string>;
}

/** The answer of a goal seek: the input, or null when the output never reaches the target in the range. */
export interface SolveResult {
  readonly vary: string;
  readonly value: number | null;
  readonly output: number | null;
  /** The range searched (the default one when none was given). */
  readonly min: number;
  readonly max: number;
}

/** Points sampled across the range before bisecting: finds where a step function (GPU counts, payback month) first reaches the target. */
const SCAN_POINTS = 32;
/** The answer is found to within this share of the input. */
const TOLERANCE = 1e-3;

/**
 * Goal seek: the smallest input in [min, max] at which the output reaches
 * the target, coming from its side at min — for an output above the target
 * there, the first input where it is ≤ target; below, the first where it is
 * ≥ target. None (no payback, say) and errors count as not reached; when the
 * output is none at min, the way it moves where it has numbers says which
 * side it comes from (and when it never moves, it is taken to fall, as
 * "none" means "later than the horizon" for months). The range is sampled
 * at {@link SCAN_POINTS} points to bracket the first crossing, which works
 * for step functions; bisection then narrows it to 0.1 % of the input. The
 * input is put back afterwards.
 */
export function solve(engine: Engine, options: SolveOptions): SolveResult {
  if (!Number.isFinite(options.target)) throw new AnalysisError('the target must be a finite number');
  const input = movableInput(engine, options.vary);
  const [min, max] = searchRange(input.value, options.min, options.max);
  const whole = options.integers?.has(options.vary) ?? false;
  const probe = probeOutput(engine, options.output);
  const at = (x: number) => {
    engine.set(input.ref, x);
    return probe.read();
  };
  try {
    const xs = scanPoints(min, max, whole);
    const ys = xs.map(at);
    const falling = fallsFrom(ys, options.target);
    const reached = (y: number | undefined) => y !== undefined && (falling ? y <= options.target : y >= options.target);
    const first = ys.findIndex(reached);
    if (first < 0) return { vary: options.vary, value: null, output: null, min, max };
    if (first === 0) return { vary: options.vary, value: xs[0]!, output: ys[0]!, min, max };
    let lo = xs[first - 1]!;
    let hi = xs[first]!;
    let output = ys[first]!;
    while (!(whole ? hi - lo <= 1 : hi - lo <= TOLERANCE * Math.max(Math.abs(lo), Math.abs(hi)) || hi - lo <= (max - min) * 1e-12)) {
      const mid = whole ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
      const y = at(mid);
      if (reached(y)) {
        hi = mid;
        output = y!;
      } else {
        lo = mid;
      }
    }
    return { vary: options.vary, value: hi, output, min, max };
  } finally {
    restoreInputs(engine, [input]);
    probe.dispose();
  }
}

/** The range searched: as given, or around the value now. */
function searchRange(value: number, min: number | undefined, max: number | undefined): [number, number] {
  const low = min ?? (value > 0 ? value / 10 : value < 0 ? value * 10 : 0);
  const high = max ?? (value > 0 ? value * 10 : value < 0 ? value / 10 : 1);
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) throw new AnalysisError(`the range to search must have min below max, got ${low} to ${high}`);
  return [low, high];
}

/** Evenly spaced points from min to max, both included (whole numbers for a whole-number input). */
function scanPoints(min: number, max: number, whole: boolean): number[] {
  if (whole) {
    const from = Math.ceil(min);
    const to = Math.floor(max);
    if (from > to) throw new AnalysisError(`there is no whole number between ${min} and ${max}`);
    const points = new Set<number>();
    for (let i = 0; i <= SCAN_POINTS; i++) points.add(Math.round(from + ((to - from) * i) / SCAN_POINTS));
    return [...points];
  }
  return Array.from({ length: SCAN_POINTS + 1 }, (_, i) => (i === SCAN_POINTS ? max : min + ((max - min) * i) / SCAN_POINTS));
}

/** True when the output comes to the target from above (so "reached" is ≤ target). */
function fallsFrom(ys: ReadonlyArray<number | undefined>, target: number): boolean {
  const start = ys[0];
  if (start !== undefined) return start > target;
  const numbers = ys.filter((y): y is number => y !== undefined);
  const moved = numbers.find((y) => y !== numbers[0]);
  return moved === undefined || moved < numbers[0]!;
}
