import { createScenarioEngine, loadScenario } from '../../../models/scenario';
import { referenceTemplate } from '../../../models/templates';
import type { Scenario } from '../../../shared/scenario-schema';

/** The reference template's scenario, freshly loaded. */
export function referenceScenario(): Scenario {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.file.scenario;
}

/** An engine computing the reference template. */
export function referenceEngine() {
  return createScenarioEngine(referenceScenario());
}

/** True when a and b agree within a relative 1e-9 (or both are null). */
export function closeEnough(a: unknown, b: number | null): boolean {
  if (b === null || typeof a !== 'number') return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.abs(b) || Math.abs(a - b) < 1e-12;
}
