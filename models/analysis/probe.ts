import { cellRef, describeKind, gridOfRef, isError, isFormula, isSeries, NONE, type CellInput, type Engine, type Value } from '../engine';

/**
 * What every analysis shares: one engine, inputs changed through
 * `engine.batch` (an incremental recompute of what they reach) and put back
 * afterwards, and an output read after each change — a cell, or a formula
 * over cells such as `=out.tco_cloud - out.tco_api`, which becomes a cell of
 * its own for the length of the analysis.
 */

/** A question an analysis cannot answer as asked (an unknown cell, an output that is not a number…): the message says why. */
export class AnalysisError extends Error {}

/** An output to watch: a number, or undefined when it is none, an error or not a number ("not reached", "no value"). */
export interface OutputProbe {
  /** The output as given: a reference or a formula. */
  readonly output: string;
  /** Its current value. */
  read(): number | undefined;
  /** Removes the formula's cell, if the output was a formula. */
  dispose(): void;
}

/** The output's value as a number, or undefined for none, an error, blank or anything else. */
export function numberOf(value: Value | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Watches an output of the engine. A formula output (`=…`) is added as a
 * cell of a grid the model does not use. The output must compute a number or
 * none now: a series, text or an error is refused with the reason.
 */
export function probeOutput(engine: Engine, output: string): OutputProbe {
  const trimmed = output.trim();
  let ref = trimmed;
  if (isFormula(trimmed)) {
    ref = freeRef(engine);
    engine.set(ref, trimmed);
  } else if (!engine.has(trimmed)) {
    throw new AnalysisError(`there is no cell ${JSON.stringify(trimmed)} to use as the output`);
  }
  const dispose = () => {
    if (ref !== trimmed) engine.remove(ref);
  };
  const value = engine.get(ref)!;
  if (value !== NONE && numberOf(value) === undefined) {
    dispose();
    const what = isError(value) ? `${value.code} ${value.message}` : describeKind(value);
    const hint = isSeries(value) ? ' — choose one number, e.g. =sum(…) or =max(…) of it' : '';
    throw new AnalysisError(`the output ${trimmed} must be a number, but it is ${what}${hint}`);
  }
  return { output: trimmed, read: () => numberOf(engine.get(ref)), dispose };
}

/** A cell reference in a grid the engine has no cells of. */
function freeRef(engine: Engine): string {
  const grids = new Set(engine.refs().map(gridOfRef));
  let grid = 'whatif_probe';
  for (let n = 2; grids.has(grid); n++) grid = `whatif_probe_${n}`;
  return cellRef(grid, 'output');
}

/** An input an analysis moves: its cell, what the cell held (to put back), and its value now. */
export interface MovedInput {
  readonly ref: string;
  readonly original: CellInput;
  readonly value: number;
}

/**
 * Checks an input can be moved (a cell holding a number typed in, not a
 * formula: as in Excel's Goal Seek, moving a computed cell would replace
 * the model's own logic) and notes what to put back.
 */
export function movableInput(engine: Engine, ref: string): MovedInput {
  const original = engine.input(ref);
  if (original === undefined) throw new AnalysisError(`there is no cell ${JSON.stringify(ref)} to vary`);
  if (isFormula(original)) {
    const inputs = engine.dependenciesOf(ref).filter((read) => typeof engine.input(read) === 'number').slice(0, 3);
    const hint = inputs.length > 0 ? `; vary an input it reads instead, like ${inputs.join(', ')}` : '; vary a cell with a number typed in';
    throw new AnalysisError(`${ref} is computed by a formula (${original}), so it cannot be varied${hint}`);
  }
  const value = numberOf(engine.get(ref));
  if (value === undefined) throw new AnalysisError(`${ref} is ${describeKind(engine.get(ref)!)}, not a number, so it cannot be varied`);
  return { ref, original, value };
}

/** Puts inputs back as they were, in one recompute. */
export function restoreInputs(engine: Engine, inputs: readonly MovedInput[]): void {
  engine.batch((edits) => {
    for (const input of inputs) edits.set(input.ref, input.original);
  });
}
