import type { MonthOverrides, Scenario, TableGrid, TableRow } from '../../shared/scenario-schema';
import { cellRef, columnRef, createEngine, type CellInput, type Engine, type MonthValues } from '../engine';
import { forEachCell } from './cell-place';

/** The horizon cell used when a scenario names none. */
export const DEFAULT_HORIZON_REF = 'calendar.horizon_months';

/**
 * What a table cell holds: the row's own input (an override, where the column
 * has a formula), else the column's formula, else blank.
 */
export function tableCellInput(grid: TableGrid, row: TableRow, column: string): CellInput {
  if (Object.hasOwn(row.cells, column)) return row.cells[column]!;
  return grid.columns.find((c) => c.name === column)?.formula ?? null;
}

/** Every cell of a scenario as `[ref, input]`: `grid.row` for scalar grids, `grid.row.column` for tables. */
export function scenarioCells(scenario: Scenario): Array<[string, CellInput]> {
  const cells: Array<[string, CellInput]> = [];
  forEachCell(scenario, {
    scalar: (ref, _grid, row) => cells.push([ref, row.value]),
    table: (ref, grid, row, column) => cells.push([ref, tableCellInput(grid, row, column.name)]),
  });
  return cells;
}

/** Every table column of a scenario as `grid.column`: aggregates may read them even when the table is empty. */
export function scenarioColumns(scenario: Scenario): string[] {
  return scenario.grids.flatMap((grid) => (grid.kind === 'table' ? grid.columns.map((column) => columnRef(grid.name, column.name)) : []));
}

/** Month overrides as the engine takes them: month number → value. */
export function monthValues(overrides: MonthOverrides): MonthValues {
  return new Map(Object.entries(overrides).map(([month, value]) => [Number(month), value]));
}

/** Every row with month overrides, by reference. */
export function scenarioOverrides(scenario: Scenario): Array<[string, MonthOverrides]> {
  const found: Array<[string, MonthOverrides]> = [];
  for (const grid of scenario.grids) {
    if (grid.kind !== 'scalar') continue;
    for (const row of grid.rows) if (row.overrides && Object.keys(row.overrides).length > 0) found.push([cellRef(grid.name, row.name), row.overrides]);
  }
  return found;
}

/** An engine computing the scenario. */
export function createScenarioEngine(scenario: Scenario): Engine {
  return createEngine(scenarioCells(scenario), {
    horizonRef: scenario.horizonRef ?? DEFAULT_HORIZON_REF,
    columns: scenarioColumns(scenario),
    overrides: scenarioOverrides(scenario).map(([ref, overrides]) => [ref, monthValues(overrides)]),
  });
}
