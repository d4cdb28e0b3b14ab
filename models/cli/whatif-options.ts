import { rangeSchema, type InputRange } from '../../shared/scenario-schema';
import { AnalysisError } from '../analysis';
import type { Engine } from '../engine';
import { clipText } from '../format/clip-text';
import type { Lang } from '../../shared/lang';
import { readNumber } from '../format/parse-input';
import { CliFailure } from './cli-io';
import { closestName } from './did-you-mean';
import type { ScenarioEdits } from './set-values';

/** The flags of the what-if commands, as given (text; each command reads those it takes). */
export interface WhatIfFlags {
  readonly edits: ScenarioEdits;
  readonly json: boolean;
  readonly lang: Lang;
  readonly output: string | undefined;
  readonly inputs: readonly string[];
  readonly pct: string | undefined;
  readonly vary: readonly string[];
  readonly target: string | undefined;
  readonly min: string | undefined;
  readonly max: string | undefined;
  readonly ranges: readonly string[];
  readonly samples: string | undefined;
  readonly seed: string | undefined;
}

/** The flags only the what-if commands take, by the name they are given on the command line. */
export const WHATIF_FLAGS = ['output', 'input', 'pct', 'vary', 'target', 'min', 'max', 'range', 'samples', 'seed'] as const;

/** Fails when a flag was given to a command that does not take it (`given`: the flags on the command line). */
export function refuseFlags(command: string, given: ReadonlySet<string>, allowed: readonly string[]): void {
  const stray = [...given].find((flag) => !allowed.includes(flag));
  if (stray !== undefined) throw new CliFailure(`${command} does not take --${stray} (see --help)`);
}

/** A number given to a flag, read as the app reads typed numbers (`1,200`, `15%`, `$2.50`). */
export function numberFlag(flag: string, text: string): number {
  const value = readNumber(text);
  if (typeof value !== 'number') throw new CliFailure(`--${flag} expects a number, got ${JSON.stringify(clipText(text, 80))}${value ? ` (${value.problem})` : ''}`);
  return value;
}

/** A whole number given to a flag, within bounds. */
export function wholeFlag(flag: string, text: string, min: number, max: number): number {
  const value = numberFlag(flag, text);
  if (!Number.isInteger(value) || value < min || value > max) throw new CliFailure(`--${flag} expects a whole number from ${min} to ${max}, got ${text}`);
  return value;
}

/** Fails unless the engine has the cell, suggesting the nearest reference. */
export function checkRef(flag: string, ref: string, engine: Engine): string {
  if (engine.has(ref)) return ref;
  const hint = closestName(ref, engine.refs());
  throw new CliFailure(`${flag}: unknown reference ${JSON.stringify(clipText(ref, 80))}${hint ? ` (did you mean ${hint}?)` : ''}`);
}

/** `--output`: a reference the engine has, or a formula (`=out.tco_cloud - out.tco_api`). */
export function outputFlag(flags: WhatIfFlags, engine: Engine): string {
  const output = flags.output?.trim();
  if (!output) throw new CliFailure('--output REF (or --output =FORMULA) is required');
  return output.startsWith('=') ? output : checkRef('--output', output, engine);
}

/** Splits `REF=A:B[:C]` into the reference and the numbers after it. */
export function refWithNumbers(flag: string, text: string, shape: string, counts: readonly number[]): [ref: string, numbers: number[]] {
  const split = text.indexOf('=');
  const parts = split < 0 ? [] : text.slice(split + 1).split(':');
  if (split <= 0 || !counts.includes(parts.length)) throw new CliFailure(`${flag} expects ${shape}, got ${JSON.stringify(clipText(text, 80))}`);
  return [text.slice(0, split).trim(), parts.map((part) => numberFlag(flag.slice(2), part))];
}

/** `--range REF=DIST:A:B[:C]`: low A, high B, mode C (triangular and PERT). */
export function rangeFlag(text: string, engine: Engine): InputRange {
  const split = text.indexOf('=');
  const [dist, ...rest] = split < 0 ? [] : text.slice(split + 1).split(':');
  if (split <= 0 || dist === undefined || rest.length < 2 || rest.length > 3) {
    throw new CliFailure(`--range expects REF=DIST:LOW:HIGH[:MODE], got ${JSON.stringify(clipText(text, 80))}`);
  }
  const ref = checkRef('--range', text.slice(0, split).trim(), engine);
  const [low, high, mode] = rest.map((part) => numberFlag('range', part));
  const parsed = rangeSchema.safeParse({ ref, dist, low, high, ...(mode === undefined ? {} : { mode }) });
  if (!parsed.success) throw new CliFailure(`--range ${clipText(text, 80)}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** Runs an analysis; its refusal (an output that is not a number…) is a usage failure, exit 2. */
export function runAnalysis<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AnalysisError) throw new CliFailure(error.message);
    throw error;
  }
}
