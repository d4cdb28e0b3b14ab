import { overriddenRefs } from '../../models/scenario';
import type { Scenario } from '../../shared/scenario-schema';
import { activeScenarioName } from '../state/document-store';

let cached: { scenario: Scenario; activeId: string | undefined; refs: ReadonlySet<string>; name: string | undefined } | undefined;

/**
 * The name of the active scenario when it overrides the cell (its value or
 * its months), else undefined: grids mark those cells. Worked out once per
 * document and switch rather than once per cell.
 */
export function overridingScenario(scenario: Scenario, activeId: string | undefined, ref: string): string | undefined {
  if (cached?.scenario !== scenario || cached.activeId !== activeId) {
    const name = activeScenarioName(scenario, activeId);
    cached = { scenario, activeId, name, refs: overriddenRefs(scenario, name) };
  }
  return cached.refs.has(ref) ? cached.name : undefined;
}
