import type { Engine } from '../engine';
import { asInputValue, numericInputs } from './inputs';
import { AnalysisError, movableInput, probeOutput, restoreInputs, type MovedInput } from './probe';

/** One input of a sensitivity analysis: its cell, and optionally its own low and high (else the value now ± the percentage). */
export interface SensitivityInput {
  readonly ref: string;
  readonly low?: number;
  readonly high?: number;
}

/** What one input does to the output between its low and its high. */
export interface SensitivityRow {
  readonly input: string;
  readonly low_input: number;
  readonly high_input: number;
  /** The output with the input at its low (null: none or an error). */
  readonly low: number | null;
  readonly high: number | null;
  /** |high − low|; null when either end has no number. */
  readonly swing: number | null;
}

/** A tornado: the output now, and every input's row, the widest swing first. */
export interface SensitivityResult {
  readonly output: string;
  readonly base: number | null;
  readonly rows: readonly SensitivityRow[];
}

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** A reference, or a formula over cells (`=out.tco_cloud - out.tco_api`). */
  readonly output: string;
  /** The inputs to move; default: every cell holding a typed number. */
  readonly inputs?: readonly SensitivityInput[];
  /** How far inputs without their own low/high move down and up, in percent (default 20). */
  readonly pct?: number;
  /** Cells that take whole numbers: their moved values are rounded. */
  readonly integers?: ReadonlySet<string>;
}

/**
 * Moves each input down and up — by ±pct % of its value, or to its own low
 * and high — one at a time with the others as they are, and ranks the inputs
 * by how far the output swings. Each move is an incremental recompute of one
 * engine; the inputs are put back at the end.
 */
export function sensitivity(engine: Engine, options: SensitivityOptions): SensitivityResult {
  const pct = options.pct ?? 20;
  if (!Number.isFinite(pct) || pct <= 0 || pct >= 100) throw new AnalysisError(`the percentage must be above 0 and below 100, got ${pct}`);
  const integers = options.integers ?? new Set<string>();
  const inputs = options.inputs ?? numericInputs(engine).map((ref) => ({ ref }));
  const moved = inputs.map((input) => movableInput(engine, input.ref));
  const probe = probeOutput(engine, options.output);
  const rows: SensitivityRow[] = [];
  try {
    const base = probe.read() ?? null;
    let previous: MovedInput | undefined;
    inputs.forEach((input, i) => {
      const current = moved[i]!;
      const [lowInput, highInput] = ends(input, current.value, pct, integers);
      const at = (value: number, restore?: MovedInput) => {
        engine.batch((edits) => {
          if (restore) edits.set(restore.ref, restore.original);
          edits.set(current.ref, value);
        });
        return probe.read() ?? null;
      };
      // Putting the previous input back rides on this input's first recompute.
      const low = at(lowInput, previous);
      const high = at(highInput);
      previous = current;
      rows.push({ input: input.ref, low_input: lowInput, high_input: highInput, low, high, swing: low === null || high === null ? null : Math.abs(high - low) });
    });
    if (previous) restoreInputs(engine, [previous]);
    return { output: probe.output, base, rows: rank(rows) };
  } catch (error) {
    restoreInputs(engine, moved);
    throw error;
  } finally {
    probe.dispose();
  }
}

/** The low and high an input moves to. */
function ends(input: SensitivityInput, value: number, pct: number, integers: ReadonlySet<string>): [number, number] {
  if (input.low !== undefined || input.high !== undefined) {
    if (input.low === undefined || input.high === undefined || !(input.low < input.high)) {
      throw new AnalysisError(`${input.ref}: give both a low and a high, low below high`);
    }
    return [input.low, input.high];
  }
  // value ± value × pct, rather than value × (1 ± pct): 12,500 + 10 % is then 13,750 exactly.
  const step = (value * pct) / 100;
  const down = asInputValue(value - step, input.ref, integers);
  const up = asInputValue(value + step, input.ref, integers);
  return [Math.min(down, up), Math.max(down, up)];
}

/** Widest swing first; rows without a swing last; ties keep the inputs' order. */
function rank(rows: SensitivityRow[]): SensitivityRow[] {
  return rows.map((row, i) => [row, i] as const)
    .sort(([a, i], [b, j]) => (b.swing ?? -1) - (a.swing ?? -1) || i - j)
    .map(([row]) => row);
}
