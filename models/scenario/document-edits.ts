import { NAME_PATTERN, type Grid, type Scenario } from '../../shared/scenario-schema';
import type { CellInput } from '../engine';
import { renameReference } from './rewrite-references';

/**
 * The edits a user makes to a scenario, as functions that change it in place
 * (the UI passes an immer draft, so every edit can be undone). Each returns
 * an error message instead of changing anything when the edit is impossible.
 */

/** Where a reference lives in the document. */
export interface CellPlace {
  readonly gridIndex: number;
  readonly rowIndex: number;
  readonly column?: string;
}

/** Finds the grid, row and column of a reference, or undefined. */
export function locateCell(scenario: Scenario, ref: string): CellPlace | undefined {
  const [gridName, rowName, column] = ref.split('.');
  const gridIndex = scenario.grids.findIndex((grid) => grid.name === gridName);
  const grid = scenario.grids[gridIndex];
  if (!grid) return undefined;
  const rowIndex = grid.rows.findIndex((row) => row.name === rowName);
  if (rowIndex < 0) return undefined;
  if (grid.kind === 'scalar') return column === undefined ? { gridIndex, rowIndex } : undefined;
  return column !== undefined && grid.columns.some((c) => c.name === column) ? { gridIndex, rowIndex, column } : undefined;
}

/** What a cell holds, as typed. */
export function cellInput(scenario: Scenario, ref: string): CellInput | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return undefined;
  const grid = scenario.grids[place.gridIndex]!;
  return grid.kind === 'scalar' ? grid.rows[place.rowIndex]!.value : grid.rows[place.rowIndex]!.cells[place.column!];
}

/** Sets what a cell holds. */
export function setCell(scenario: Scenario, ref: string, input: CellInput): string | undefined {
  const place = locateCell(scenario, ref);
  if (!place) return `there is no cell ${ref}`;
  const grid = scenario.grids[place.gridIndex]!;
  if (grid.kind === 'scalar') grid.rows[place.rowIndex]!.value = input;
  else grid.rows[place.rowIndex]!.cells[place.column!] = input;
  return undefined;
}

/** Why a new row name is not acceptable in this grid, or undefined when it is. */
export function checkRowName(grid: Grid, name: string): string | undefined {
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
 * Adds a row at the end of a grid. In a table, formula cells of the last row
 * that use `row.` references are copied (they compute for the new row as
 * they are); other cells start at 0, or empty text in text columns.
 */
export function addRow(scenario: Scenario, gridName: string, name: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  if (!grid) return `there is no grid ${gridName}`;
  const problem = checkRowName(grid, name);
  if (problem) return problem;
  const id = freshId(scenario, `r-${grid.name}`);
  if (grid.kind === 'scalar') {
    grid.rows.push({ id, name, value: 0 });
    return undefined;
  }
  const last = grid.rows[grid.rows.length - 1];
  const cells: Record<string, CellInput> = {};
  for (const column of grid.columns) {
    const template = last?.cells[column.name];
    cells[column.name] = typeof template === 'string' && template.startsWith('=') && /(?<![\w.])row\./.test(template) ? template
      : column.format === 'text' ? '' : 0;
  }
  grid.rows.push({ id, name, cells });
  return undefined;
}

/** Renames a row and rewrites every formula in the scenario that refers to it. */
export function renameRow(scenario: Scenario, gridName: string, from: string, to: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  const row = grid?.rows.find((r) => r.name === from);
  if (!grid || !row) return `there is no row ${gridName}.${from}`;
  if (from === to) return undefined;
  const problem = checkRowName(grid, to);
  if (problem) return problem;
  row.name = to;
  rewriteFormulas(scenario, (formula) => renameReference(formula, `${gridName}.${from}`, `${gridName}.${to}`));
  return undefined;
}

/** Deletes a row; formulas that used it show #REF! until it is restored (undo) or they are fixed. */
export function deleteRow(scenario: Scenario, gridName: string, rowName: string): string | undefined {
  const grid = scenario.grids.find((g) => g.name === gridName);
  const index = grid?.rows.findIndex((r) => r.name === rowName) ?? -1;
  if (!grid || index < 0) return `there is no row ${gridName}.${rowName}`;
  grid.rows.splice(index, 1);
  return undefined;
}

/** Applies `rewrite` to every formula cell of the scenario, changing only those it changes. */
function rewriteFormulas(scenario: Scenario, rewrite: (formula: string) => string): void {
  const rewritten = (input: CellInput) => (typeof input === 'string' ? rewrite(input) : input);
  for (const grid of scenario.grids) {
    if (grid.kind === 'scalar') {
      for (const row of grid.rows) {
        const next = rewritten(row.value);
        if (next !== row.value) row.value = next;
      }
      continue;
    }
    for (const row of grid.rows) {
      for (const [column, input] of Object.entries(row.cells)) {
        const next = rewritten(input);
        if (next !== input) row.cells[column] = next;
      }
    }
  }
}
