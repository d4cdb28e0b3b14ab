import type { Scenario } from '../../shared/scenario-schema';
import { isInRow } from '../engine';

/**
 * Keeps named scenarios and ranges pointing at the model as its rows are
 * renamed or deleted: a reference is the row's (`grid.row`) or one of its
 * cells (`grid.row.column`).
 */

/** Moves every override and range of row `from` to row `to` (both `grid.row`). */
export function renameRowRefs(scenario: Scenario, from: string, to: string): void {
  const moved = (ref: string) => (isInRow(ref, from) ? to + ref.slice(from.length) : ref);
  for (const named of scenario.scenarios ?? []) {
    for (const ref of Object.keys(named.cells)) {
      if (!isInRow(ref, from)) continue;
      named.cells[moved(ref)] = named.cells[ref]!;
      delete named.cells[ref];
    }
    const months = named.months ?? {};
    for (const ref of Object.keys(months)) {
      if (!isInRow(ref, from)) continue;
      months[moved(ref)] = months[ref]!;
      delete months[ref];
    }
  }
  for (const range of scenario.ranges ?? []) if (isInRow(range.ref, from)) range.ref = moved(range.ref);
}

/** Drops every override and range of a deleted row (`grid.row`): they have nothing left to change. */
export function dropRowRefs(scenario: Scenario, row: string): void {
  for (const named of scenario.scenarios ?? []) {
    for (const ref of Object.keys(named.cells)) if (isInRow(ref, row)) delete named.cells[ref];
    if (!named.months) continue;
    for (const ref of Object.keys(named.months)) if (isInRow(ref, row)) delete named.months[ref];
    if (Object.keys(named.months).length === 0) delete named.months;
  }
  if (!scenario.ranges) return;
  scenario.ranges = scenario.ranges.filter((range) => !isInRow(range.ref, row));
  if (scenario.ranges.length === 0) delete scenario.ranges;
}
