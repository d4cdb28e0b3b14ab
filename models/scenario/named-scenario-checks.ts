import type { Scenario } from '../../shared/scenario-schema';
import { locateCell } from './document-edits';

/**
 * Checks what the schema cannot about named scenarios and ranges: unique
 * names and ids, and references to cells the model has (a month override
 * needs a row of a scalar grid). One message per problem, naming its place.
 */
export function checkNamedScenarios(scenario: Scenario): string[] {
  const problems: string[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  (scenario.scenarios ?? []).forEach((named, s) => {
    const at = `scenario.scenarios[${s}]`;
    const key = named.name.toLowerCase();
    if (names.has(key)) problems.push(`${at}.name: duplicate scenario name "${named.name}" (also scenarios[${names.get(key)}])`);
    else names.set(key, s);
    if (ids.has(named.id)) problems.push(`${at}.id: "${named.id}" is already the id of scenarios[${ids.get(named.id)}]`);
    else ids.set(named.id, s);
    for (const ref of Object.keys(named.cells)) {
      if (!locateCell(scenario, ref)) problems.push(`${at}.cells: there is no cell ${JSON.stringify(ref)} to override`);
    }
    for (const ref of Object.keys(named.months ?? {})) {
      const place = locateCell(scenario, ref);
      if (!place || scenario.grids[place.gridIndex]!.kind !== 'scalar') problems.push(`${at}.months: ${JSON.stringify(ref)} is not a row of a scalar grid, so it has no months to override`);
    }
  });
  const ranged = new Map<string, number>();
  (scenario.ranges ?? []).forEach((range, r) => {
    const at = `scenario.ranges[${r}].ref`;
    if (!locateCell(scenario, range.ref)) problems.push(`${at}: there is no cell ${JSON.stringify(range.ref)}`);
    if (ranged.has(range.ref)) problems.push(`${at}: ${range.ref} already has a range (ranges[${ranged.get(range.ref)}])`);
    else ranged.set(range.ref, r);
  });
  return problems;
}
