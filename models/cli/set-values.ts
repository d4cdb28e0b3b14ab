import { type CellInput, type Engine } from '../engine';
import { clipText } from '../format/clip-text';
import { CliFailure } from './cli-io';
import { closestName } from './did-you-mean';

/** Parses `REF=VALUE`: a formula when VALUE starts with "=", a number when it reads as one, text otherwise. */
export function parseAssignment(text: string): [ref: string, input: CellInput] {
  const split = text.indexOf('=');
  if (split <= 0) throw new CliFailure(`--set expects REF=VALUE, got ${JSON.stringify(clipText(text, 80))}`);
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
      const hint = closestName(ref, engine.refs());
      throw new CliFailure(`--set: unknown reference ${JSON.stringify(clipText(ref, 80))}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  engine.batch((edits) => {
    for (const [ref, input] of parsed) edits.set(ref, input);
  });
}
