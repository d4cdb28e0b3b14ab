import type { Engine } from '../engine';
import { AnalysisError, movableInput, probeOutput, restoreInputs } from './probe';

/** One input of a data table and the values it takes. */
export interface SweepAxis {
  readonly ref: string;
  readonly values: readonly number[];
}

/**
 * A data table: the output for every value of one input (a line), or for
 * every pair of values of two inputs (a grid: `values[i][j]` for the first
 * input's i-th value and the second's j-th). Null where the output is none
 * or an error.
 */
export type SweepResult =
  | { readonly output: string; readonly axes: readonly [SweepAxis]; readonly values: ReadonlyArray<number | null> }
  | { readonly output: string; readonly axes: readonly [SweepAxis, SweepAxis]; readonly values: ReadonlyArray<ReadonlyArray<number | null>> };

/** The most points a data table computes: 1,000 × 1,000 is already far more than a chart shows. */
export const MAX_SWEEP_POINTS = 1_000_000;

/** `steps` evenly spaced values from `from` to `to`, both included. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new AnalysisError(`a sweep runs between two finite numbers, got ${from} and ${to}`);
  if (!Number.isInteger(steps) || steps < 2) throw new AnalysisError(`a sweep takes at least 2 values (FROM:TO:STEPS), got ${steps}`);
  return Array.from({ length: steps }, (_, i) => (i === steps - 1 ? to : from + ((to - from) * i) / (steps - 1)));
}

/** Computes a data table over one or two inputs with one engine, one incremental recompute per point; the inputs are put back afterwards. */
export function sweep(engine: Engine, output: string, axes: readonly [SweepAxis] | readonly [SweepAxis, SweepAxis]): SweepResult {
  if (axes.length === 2 && axes[0].ref === axes[1].ref) throw new AnalysisError(`a two-way data table varies two different inputs, not ${axes[0].ref} twice`);
  const points = axes.reduce((n, axis) => n * axis.values.length, 1);
  if (points > MAX_SWEEP_POINTS) throw new AnalysisError(`a data table of ${points} points is too large (at most ${MAX_SWEEP_POINTS})`);
  const inputs = axes.map((axis) => movableInput(engine, axis.ref));
  const probe = probeOutput(engine, output);
  try {
    const [first, second] = axes;
    const line = (fixed?: readonly [string, number]) => first.values.map((x) => {
      engine.batch((edits) => {
        if (fixed) edits.set(fixed[0], fixed[1]);
        edits.set(first.ref, x);
      });
      return probe.read() ?? null;
    });
    if (second === undefined) return { output: probe.output, axes: [first], values: line() };
    // Computed column by column (the second input fixed), then laid out as rows of the first input.
    const columns = second.values.map((y) => line([second.ref, y]));
    return { output: probe.output, axes: [first, second], values: first.values.map((_, i) => columns.map((column) => column[i]!)) };
  } finally {
    restoreInputs(engine, inputs);
    probe.dispose();
  }
}
