import { cellSource, isStale, staleAfterDays } from '../../models/scenario';
import type { Scenario } from '../../shared/scenario-schema';

/** True when the cell's source is dated longer ago than the scenario's stale age, today. */
export function isCellStale(scenario: Scenario, ref: string, today = new Date()): boolean {
  return isStale(cellSource(scenario, ref)?.asOf, today, staleAfterDays(scenario));
}
