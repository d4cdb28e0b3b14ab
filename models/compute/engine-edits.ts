import type { CellInput, Engine, MonthValues } from '../engine';
import type { MonthOverrides } from '../../shared/scenario-schema';
import { monthValues } from '../scenario';

/** One change to an engine's cells, as data: what a document change means to the engine, wherever the engine runs. */
export type EngineEdit =
  | { readonly op: 'set'; readonly ref: string; readonly input: CellInput }
  | { readonly op: 'remove'; readonly ref: string }
  | { readonly op: 'overrides'; readonly ref: string; readonly months: MonthValues | undefined };

/** The cells and month overrides an engine holds: what the next document state is diffed against. */
export interface EngineContents {
  readonly cells: ReadonlyMap<string, CellInput>;
  readonly overrides: ReadonlyMap<string, MonthOverrides>;
}

/**
 * The edits that take an engine holding `before` to `after`. Cells compare
 * by value; month overrides by identity, since immer keeps an unchanged
 * row's overrides object.
 */
export function diffContents(before: EngineContents, after: EngineContents): EngineEdit[] {
  const edits: EngineEdit[] = [];
  for (const ref of before.cells.keys()) if (!after.cells.has(ref)) edits.push({ op: 'remove', ref });
  for (const [ref, input] of after.cells) if (before.cells.get(ref) !== input) edits.push({ op: 'set', ref, input });
  for (const ref of before.overrides.keys()) if (!after.overrides.has(ref) && after.cells.has(ref)) edits.push({ op: 'overrides', ref, months: undefined });
  for (const [ref, months] of after.overrides) if (before.overrides.get(ref) !== months) edits.push({ op: 'overrides', ref, months: monthValues(months) });
  return edits;
}

/** Applies edits with one recomputation; returns the references whose values changed. */
export function applyEdits(engine: Engine, edits: readonly EngineEdit[]): readonly string[] {
  return engine.batch((batch) => {
    for (const edit of edits) {
      if (edit.op === 'set') batch.set(edit.ref, edit.input);
      else if (edit.op === 'remove') batch.remove(edit.ref);
      else batch.setOverrides(edit.ref, edit.months);
    }
  });
}
