import { describe, expect, it } from 'vitest';
import { loadScenario, serializeScenarioFile, toScenarioFile } from '../../../models/scenario';
import { referenceTemplate } from '../../../models/templates';
import type { Scenario } from '../../../shared/scenario-schema';

describe('writing a scenario file', () => {
  it('writes the same text the template was loaded from (canonical and stable)', () => {
    const loaded = loadScenario(referenceTemplate.text);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(serializeScenarioFile(loaded.file)).toBe(referenceTemplate.text);
  });

  it('orders keys the same way whatever order they came in', () => {
    const a: Scenario = { name: 'x', grids: [{ id: 'g', name: 'g', kind: 'scalar', rows: [{ id: 'r', name: 'r', value: 1, unit: 'u' }] }] };
    const b = JSON.parse('{"grids":[{"rows":[{"unit":"u","value":1,"name":"r","id":"r"}],"kind":"scalar","name":"g","id":"g"}],"name":"x"}') as Scenario;
    const when = new Date('2026-01-01T00:00:00Z');
    expect(serializeScenarioFile(toScenarioFile(b, when))).toBe(serializeScenarioFile(toScenarioFile(a, when)));
  });

  it('reads back what it wrote', () => {
    const scenario: Scenario = { name: 'round trip', grids: [{ id: 'g', name: 'g', kind: 'scalar', rows: [{ id: 'r', name: 'r', value: '=1 + 1' }] }] };
    const loaded = loadScenario(serializeScenarioFile(toScenarioFile(scenario, new Date('2026-01-01T00:00:00Z'))));
    expect(loaded.ok && loaded.file.scenario).toEqual(scenario);
  });

  it('ends the file with a newline and indents by two spaces', () => {
    const text = serializeScenarioFile(toScenarioFile({ name: 'x', grids: [] }, new Date(0)));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "app": "tokencast",');
  });
});
