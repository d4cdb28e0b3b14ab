import type { Patch } from 'immer';

/** One user gesture: the patches that did it and the patches that undo it. */
export interface HistoryEntry {
  readonly label: string;
  readonly patches: Patch[];
  readonly inverse: Patch[];
}

/** How many gestures undo remembers. */
export const HISTORY_LIMIT = 500;

/** Adds an entry to the past and clears the future (a new edit after undo forks history). */
export function record(past: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [...past, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
