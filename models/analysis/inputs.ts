import type { Engine } from '../engine';
import { cellCatalog } from '../scenario';
import type { Scenario } from '../../shared/scenario-schema';

/**
 * The inputs of a model that analyses move: cells that hold a number typed
 * by hand (not a formula, text, a choice or a blank).
 */
export function numericInputs(engine: Engine): string[] {
  return engine.refs().filter((ref) => {
    const input = engine.input(ref);
    return typeof input === 'number' && Number.isFinite(input);
  });
}

/**
 * Cells shown as whole numbers (months, GPUs, tokens): a moved or sampled
 * value for them is rounded, so a ±20 % horizon stays a whole number of months.
 */
export function integerRefs(scenario: Scenario): ReadonlySet<string> {
  return new Set([...cellCatalog(scenario).values()].filter((info) => info.format === 'integer').map((info) => info.ref));
}

/** A value as the cell takes it: rounded for whole-number cells. */
export function asInputValue(value: number, ref: string, integers: ReadonlySet<string>): number {
  return integers.has(ref) ? Math.round(value) : value;
}
