import type { Scenario } from '../../shared/scenario-schema';
import { MONTH_REF, functions } from '../engine';
import { checkNamedScenarios } from './named-scenario-checks';

/** Names a grid may not take: they mean something else in a formula. */
export const RESERVED_GRID_NAMES: ReadonlySet<string> = new Set([
  MONTH_REF, 'row', 'pi', 'e', 'none', 'true', 'false', 'null', 'and', 'or', 'xor', 'not', 'mod', 'to', 'in', 'end',
  ...functions.keys(),
]);

/**
 * Checks what the schema cannot: unique ids and names, reserved grid names,
 * table cells that name existing columns, named scenarios and ranges that
 * name existing cells. Returns one message per problem, each
 * naming its place in the file.
 */
export function checkStructure(scenario: Scenario): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const claimId = (id: string, place: string) => {
    const first = ids.get(id);
    if (first) problems.push(`${place}.id: "${id}" is already the id of ${first}`);
    else ids.set(id, place);
  };
  const gridNames = new Map<string, number>();
  scenario.grids.forEach((grid, g) => {
    const at = `scenario.grids[${g}]`;
    claimId(grid.id, at);
    if (RESERVED_GRID_NAMES.has(grid.name)) problems.push(`${at}.name: "${grid.name}" is reserved in formulas; choose another grid name`);
    const first = gridNames.get(grid.name);
    if (first !== undefined) problems.push(`${at}.name: duplicate grid name "${grid.name}" (also grids[${first}])`);
    else gridNames.set(grid.name, g);
    problems.push(...checkNamesUnique(grid.rows, `${at}.rows`, 'row'));
    grid.rows.forEach((row, r) => claimId(row.id, `${at}.rows[${r}]`));
    if (grid.kind !== 'table') return;
    problems.push(...checkNamesUnique(grid.columns, `${at}.columns`, 'column'));
    grid.columns.forEach((column, c) => claimId(column.id, `${at}.columns[${c}]`));
    const columns = new Set(grid.columns.map((column) => column.name));
    // A row may leave a cell out: it is then blank, or follows its column's formula.
    grid.rows.forEach((row, r) => {
      for (const key of Object.keys(row.cells)) {
        if (!columns.has(key)) problems.push(`${at}.rows[${r}].cells.${key}: grid "${grid.name}" has no column "${key}"`);
      }
      for (const key of Object.keys(row.sources ?? {})) {
        if (!columns.has(key)) problems.push(`${at}.rows[${r}].sources.${key}: grid "${grid.name}" has no column "${key}"`);
      }
    });
  });
  problems.push(...checkNamedScenarios(scenario));
  return problems;
}

function checkNamesUnique(items: ReadonlyArray<{ name: string }>, at: string, what: string): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.name);
    if (first !== undefined) problems.push(`${at}[${i}].name: duplicate ${what} name "${item.name}" (also ${at.split('.').pop()}[${first}])`);
    else seen.set(item.name, i);
  });
  return problems;
}
