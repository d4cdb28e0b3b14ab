import { type CellInput, type Engine } from '../engine';
import { CliFailure } from './cli-io';

/** Parses `REF=VALUE`: a formula when VALUE starts with "=", a number when it reads as one, text otherwise. */
export function parseAssignment(text: string): [ref: string, input: CellInput] {
  const split = text.indexOf('=');
  if (split <= 0) throw new CliFailure(`--set expects REF=VALUE, got "${text}"`);
  const ref = text.slice(0, split).trim();
  const raw = text.slice(split + 1);
  if (raw.startsWith('=')) return [ref, raw];
  const number = Number(raw);
  return [ref, raw.trim() !== '' && Number.isFinite(number) ? number : raw];
}

/** Applies every `--set` in one batch; an unknown reference fails before anything changes. */
export function applyAssignments(engine: Engine, assignments: readonly string[]): void {
  const parsed = assignments.map(parseAssignment);
  for (const [ref] of parsed) {
    if (!engine.has(ref)) {
      const hint = closest(ref, engine.refs());
      throw new CliFailure(`--set: unknown reference "${ref}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  engine.batch((edits) => {
    for (const [ref, input] of parsed) edits.set(ref, input);
  });
}

function closest(ref: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(ref.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(ref, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
