import { MAX_MONTHS, NAME_PATTERN, type Grid, type ScalarRow, type Scenario, type TableGrid } from '../../shared/scenario-schema';
import { cellRef, columnRef, type CellInput } from '../engine';
import { locateCell } from './cell-place';
import { dropCatalogSource } from './cell-sources';
import { renameReference } from './rewrite-references';
import { dropRowRefs, renameRowRefs } from './scenario-refs';
import { tableCellInput } from './scenario-engine';

/**
 * The edits a user makes to a scenario, as functions that change it in place
 * (the UI passes an immer draft, so every edit can be undone). Each returns
 * an error message instead of changing anything when the edit is impossible.
 */

export { locateCell, type CellPlace } from './cell-place';

/** What a cell holds, as typed — for a table cell that follows its column's formula, that formula. */
export function cellInput(scenario: Scenario, ref: string): CellInput | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return undefined;
  const grid = scenario.grids[place.gridIndex]!;
  return grid.kind === 'scalar' ? grid.rows[place.rowIndex]!.value : tableCellInput(grid, grid.rows[place.rowIndex]!, place.column!);
}

/** How a table cell relates to its column's formula: none, following it, or overriding it with its own input. */
export type ColumnFormulaUse = 'none' | 'follows' | 'overrides';

/** Whether a cell follows or overrides its column's formula ('none' for scalar cells and input columns). */
export function columnFormulaUse(scenario: Scenario, ref: string): ColumnFormulaUse {
  const place = locateCell(scenario, ref);
  const grid = place && scenario.grids[place.gridIndex];
  if (!grid || grid.kind !== 'table') return 'none';
  if (grid.columns.find((c) => c.name === place.column)?.formula === undefined) return 'none';
  return Object.hasOwn(grid.rows[place.rowIndex]!.cells, place.column!) ? 'overrides' : 'follows';
}

/**
 * Sets what a cell holds. In a column with a formula, a different input makes
 * the cell an override; the column's own formula makes it follow the column again.
 * A value filled from the price catalog and changed by hand loses the catalog's source and date.
 */
export function setCell(scenario: Scenario, ref: string, input: CellInput): string | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return `there is no cell ${ref}`;
  if (cellInput(scenario, ref) !== input) dropCatalogSource(scenario, ref);
  const grid = scenario.grids[place.gridIndex]!;
  if (grid.kind === 'scalar') {
    grid.rows[place.rowIndex]!.value = input;
    return undefined;
  }
  const cells = grid.rows[place.rowIndex]!.cells;
  const formula = grid.columns.find((c) => c.name === place.column)?.formula;
  if (formula !== undefined && input === formula) delete cells[place.column!];
  else cells[place.column!] = input;
  return undefined;
}

/** Returns a table cell to its column's formula, dropping the row's override. */
export function clearColumnOverride(scenario: Scenario, ref: string): string | undefined {
  if (columnFormulaUse(scenario, ref) !== 'overrides') return `${ref} does not override a column formula`;
  const place = locateCell(scenario, ref)!;
  delete (scenario.grids[place.gridIndex] as TableGrid).rows[place.rowIndex]!.cells[place.column!];
  return undefined;
}

/**
 * Gives a table column one formula for every row (undefined: none). Rows that
 * held their own input there keep it, as overrides.
 */
export function setColumnFormula(scenario: Scenario, gridName: string, columnName: string, formula: string | undefined): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  const column = grid?.kind === 'table' ? grid.columns.find((c) => c.name === columnName) : undefined;
  if (!column) return `there is no table column ${columnRef(gridName, columnName)}`;
  if (formula !== undefined && !formula.startsWith('=')) return `a column formula starts with "=", got "${formula}"`;
  if (formula === undefined) delete column.formula;
  else column.formula = formula;
  return undefined;
}

/** The scalar row a `grid.row` reference names, or why there is none. */
function scalarRow(scenario: Scenario, ref: string): ScalarRow | string {
  const place = locateCell(scenario, ref);
  const grid = place && scenario.grids[place.gridIndex];
  if (!grid || grid.kind !== 'scalar') return `${ref} is not a row of a scalar grid, so it has no months to override`;
  return grid.rows[place.rowIndex]!;
}

/** Why a month number cannot be overridden, or undefined when it can. */
export function checkMonth(month: number): string | undefined {
  return Number.isInteger(month) && month >= 1 && month <= MAX_MONTHS ? undefined : `month ${month} is not a whole number from 1 to ${MAX_MONTHS}`;
}

/** Overrides one month of a row's series (undefined: back to the formula). */
export function setMonthOverride(scenario: Scenario, ref: string, month: number, value: number | undefined): string | undefined {
  const row = scalarRow(scenario, ref);
  if (typeof row === 'string') return row;
  const problem = checkMonth(month);
  if (problem) return problem;
  if (value !== undefined && !Number.isFinite(value)) return `month ${month} of ${ref} must be a finite number`;
  if (value === undefined) {
    if (!row.overrides) return undefined;
    delete row.overrides[String(month)];
    if (Object.keys(row.overrides).length === 0) delete row.overrides;
    return undefined;
  }
  row.overrides ??= {};
  row.overrides[String(month)] = value;
  return undefined;
}

/** The month overrides of a row, month number → value (empty when it has none or is not a scalar row). */
export function monthOverridesOf(scenario: Scenario, ref: string): ReadonlyMap<number, number> {
  const row = scalarRow(scenario, ref);
  if (typeof row === 'string' || !row.overrides) return new Map();
  return new Map(Object.entries(row.overrides).map(([month, value]) => [Number(month), value]));
}

/** Why a new row name is not acceptable in this grid, or undefined when it is. */
export function checkRowName(grid: Grid, name: string): string | undefined {
  if (name === '') return 'the row name is empty';
  if (!NAME_PATTERN.test(name)) return `"${name}" is not a lower_snake_case name (a–z, 0–9 and _, starting with a letter)`;
  if (grid.rows.some((row) => row.name === name)) return `${grid.name} already has a row "${name}"`;
  return undefined;
}

/** A fresh id that no grid, row or column of the scenario uses. */
export function freshId(scenario: Scenario, prefix: string): string {
  const used = new Set<string>();
  for (const grid of scenario.grids) {
    used.add(grid.id);
    for (const row of grid.rows) used.add(row.id);
    if (grid.kind === 'table') for (const column of grid.columns) used.add(column.id);
  }
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/**
 * Adds a row at the end of a grid. In a table, columns with a formula compute
 * the new row at once; in a column without one, a formula of the last row
 * that uses `row.` references is copied (it computes for the new row as it
 * is); every other cell starts blank. A new scalar row is blank.
 */
export function addRow(scenario: Scenario, gridName: string, name: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  if (!grid) return `there is no grid ${gridName}`;
  const problem = checkRowName(grid, name);
  if (problem) return problem;
  const id = freshId(scenario, `r-${grid.name}`);
  if (grid.kind === 'scalar') {
    grid.rows.push({ id, name, value: null });
    return undefined;
  }
  const last = grid.rows[grid.rows.length - 1];
  const cells: Record<string, CellInput> = {};
  for (const column of grid.columns) {
    const template = last?.cells[column.name];
    if (column.formula === undefined && typeof template === 'string' && template.startsWith('=') && /(?<![\w.])row\./.test(template)) {
      cells[column.name] = template;
    }
  }
  grid.rows.push({ id, name, cells });
  return undefined;
}

/** Renames a row and rewrites every formula in the scenario that refers to it. */
export function renameRow(scenario: Scenario, gridName: string, from: string, to: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  const row = grid?.rows.find((r) => r.name === from);
  const fromRef = cellRef(gridName, from);
  if (!grid || !row) return `there is no row ${fromRef}`;
  if (from === to) return undefined;
  const problem = checkRowName(grid, to);
  if (problem) return problem;
  row.name = to;
  const toRef = cellRef(gridName, to);
  rewriteFormulas(scenario, (formula) => renameReference(formula, fromRef, toRef));
  renameRowRefs(scenario, fromRef, toRef);
  return undefined;
}

/** Deletes a row; formulas that used it show #REF! until it is restored (undo) or they are fixed. Scenarios' overrides of it and its ranges go. */
export function deleteRow(scenario: Scenario, gridName: string, rowName: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  const index = grid?.rows.findIndex((r) => r.name === rowName) ?? -1;
  if (!grid || index < 0) return `there is no row ${cellRef(gridName, rowName)}`;
  grid.rows.splice(index, 1);
  dropRowRefs(scenario, cellRef(gridName, rowName));
  return undefined;
}

/** Applies `rewrite` to every formula of the scenario (cells, column formulas, named scenarios' cells), changing only those it changes. */
function rewriteFormulas(scenario: Scenario, rewrite: (formula: string) => string): void {
  const rewritten = <T extends CellInput>(input: T): T => (typeof input === 'string' ? rewrite(input) as T : input);
  for (const grid of scenario.grids) {
    if (grid.kind === 'scalar') {
      for (const row of grid.rows) {
        const next = rewritten(row.value);
        if (next !== row.value) row.value = next;
      }
      continue;
    }
    for (const column of grid.columns) {
      if (column.formula === undefined) continue;
      const next = rewritten(column.formula);
      if (next !== column.formula) column.formula = next;
    }
    for (const row of grid.rows) {
      for (const [column, input] of Object.entries(row.cells)) {
        const next = rewritten(input);
        if (next !== input) row.cells[column] = next;
      }
    }
  }
  for (const named of scenario.scenarios ?? []) {
    for (const [ref, input] of Object.entries(named.cells)) {
      const next = rewritten(input);
      if (next !== input) named.cells[ref] = next;
    }
  }
}
