import { createScenarioEngine, loadScenario } from '../../models/scenario';
import { referenceTemplate } from '../../models/templates';
import type { Scenario } from '../../shared/scenario-schema';

/**
 * The engine's answer for the template after some document edits (added
 * rows, set cells, month overrides): what the UI must show, computed without it.
 */
export function expectedAfter(ref: string, edit: (scenario: Scenario) => void = () => undefined): string {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors[0]);
  edit(loaded.file.scenario);
  return String(createScenarioEngine(loaded.file.scenario).get(ref));
}
