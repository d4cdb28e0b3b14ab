import type { Scenario } from '../../shared/scenario-schema';
import { createEngine, type CellInput, type Engine } from '../engine';

/** The horizon cell used when a scenario names none. */
export const DEFAULT_HORIZON_REF = 'calendar.horizon_months';

/** Every cell of a scenario as `[ref, input]`: `grid.row` for scalar grids, `grid.row.column` for tables. */
export function scenarioCells(scenario: Scenario): Array<[string, CellInput]> {
  const cells: Array<[string, CellInput]> = [];
  for (const grid of scenario.grids) {
    if (grid.kind === 'scalar') {
      for (const row of grid.rows) cells.push([`${grid.name}.${row.name}`, row.value]);
      continue;
    }
    for (const row of grid.rows) {
      for (const column of grid.columns) cells.push([`${grid.name}.${row.name}.${column.name}`, row.cells[column.name]!]);
    }
  }
  return cells;
}

/** An engine computing the scenario. */
export function createScenarioEngine(scenario: Scenario): Engine {
  return createEngine(scenarioCells(scenario), { horizonRef: scenario.horizonRef ?? DEFAULT_HORIZON_REF });
}
