import { BASE_SCENARIO, namedScenarioSchema, type CellSource, type MonthOverrides, type NamedScenario, type Scenario } from '../../shared/scenario-schema';
import { createEngine, type CellInput, type Engine } from '../engine';
import { setCellSource } from './cell-sources';
import { cellInput, checkMonth, locateCell, setCell, setMonthOverride } from './document-edits';
import { DEFAULT_HORIZON_REF, monthValues, scenarioCells, scenarioColumns, scenarioOverrides } from './scenario-engine';

/**
 * Named scenarios: sets of overrides over the base model, kept in the same
 * file. A scenario overrides cells (a value or a formula, by reference) and
 * months of series rows; everything else follows the base, so a change to
 * the base reaches every scenario that does not override it. Edits here are
 * functions that change the document in place (the UI passes an immer draft)
 * and return a message instead of changing anything when they cannot.
 */

/** What a scenario overrides: cells by reference, months by row reference. */
export interface Overrides {
  readonly cells: Readonly<Record<string, CellInput>>;
  readonly months: Readonly<Record<string, MonthOverrides>>;
}

/** The named scenario called `name`, if the document has it. */
export function namedScenario(scenario: Scenario, name: string): NamedScenario | undefined {
  return scenario.scenarios?.find((named) => named.name === name);
}

/** The names of the document's scenarios, in file order (the base not included). */
export function scenarioNames(scenario: Scenario): string[] {
  return (scenario.scenarios ?? []).map((named) => named.name);
}

/** Every cell of the document as a scenario sees it: the base's inputs with the scenario's overrides in their place. */
export function effectiveCells(scenario: Scenario, name: string | undefined): Array<[string, CellInput]> {
  const cells = scenarioCells(scenario);
  const named = name === undefined ? undefined : namedScenario(scenario, name);
  if (!named || Object.keys(named.cells).length === 0) return cells;
  return cells.map(([ref, input]) => [ref, Object.hasOwn(named.cells, ref) ? named.cells[ref]! : input]);
}

/**
 * Every row's month overrides as a scenario sees them: the base's months
 * with the scenario's on top. A row the scenario leaves alone keeps the
 * base's very object, so a caller can tell unchanged rows by identity.
 */
export function effectiveOverrides(scenario: Scenario, name: string | undefined): Array<[string, MonthOverrides]> {
  const base = scenarioOverrides(scenario);
  const months = name === undefined ? undefined : namedScenario(scenario, name)?.months;
  if (!months) return base;
  const merged = new Map(base);
  for (const [ref, own] of Object.entries(months)) merged.set(ref, { ...merged.get(ref), ...own });
  return [...merged];
}

/** An engine computing the document as the named scenario sees it (undefined: the base). */
export function namedScenarioEngine(scenario: Scenario, name: string | undefined): Engine {
  return createEngine(effectiveCells(scenario, name), {
    horizonRef: scenario.horizonRef ?? DEFAULT_HORIZON_REF,
    columns: scenarioColumns(scenario),
    overrides: effectiveOverrides(scenario, name).map(([ref, overrides]) => [ref, monthValues(overrides)]),
  });
}

/**
 * A copy of the document with the named scenario's overrides written into
 * the base: what `--scenario NAME` computes, and a model further edits can
 * apply to. Fails with a message when there is no such scenario.
 */
export function applyNamedScenario(scenario: Scenario, name: string): Scenario | string {
  const named = namedScenario(scenario, name);
  if (!named) return missing(scenario, name);
  // The document is JSON data: a JSON round trip copies it whole (structuredClone is not in the pure target's library).
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  writeOverrides(copy, named);
  return copy;
}

/** Writes a scenario's overrides into the base (all of them, or those of one reference). */
function writeOverrides(scenario: Scenario, named: NamedScenario, only?: string): void {
  for (const [ref, input] of Object.entries(named.cells)) if (only === undefined || ref === only) setCell(scenario, ref, input);
  for (const [ref, months] of Object.entries(named.months ?? {})) {
    if (only !== undefined && ref !== only) continue;
    for (const [month, value] of Object.entries(months)) setMonthOverride(scenario, ref, Number(month), value);
  }
}

/** Why a scenario cannot take this name, or undefined when it can (`except`: the scenario being renamed). */
export function checkScenarioName(scenario: Scenario, name: string, except?: string): string | undefined {
  const parsed = namedScenarioSchema.shape.name.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  const clash = scenario.scenarios?.find((named) => named.name !== except && named.name.toLowerCase() === parsed.data.toLowerCase());
  return clash ? `there is already a scenario "${clash.name}"` : undefined;
}

/** Adds a scenario at the end, with the given overrides (none: it starts as the base). */
export function addNamedScenario(scenario: Scenario, name: string, overrides: Overrides = { cells: {}, months: {} }): string | undefined {
  const problem = checkScenarioName(scenario, name);
  if (problem) return problem;
  const used = new Set((scenario.scenarios ?? []).map((named) => named.id));
  let n = 1;
  while (used.has(`s-${n}`)) n++;
  const months = Object.keys(overrides.months).length > 0 ? Object.fromEntries(Object.entries(overrides.months).map(([ref, own]) => [ref, { ...own }])) : undefined;
  scenario.scenarios ??= [];
  scenario.scenarios.push({ id: `s-${n}`, name: name.trim(), cells: { ...overrides.cells }, ...(months ? { months } : {}) });
  return undefined;
}

/** Renames a scenario. */
export function renameNamedScenario(scenario: Scenario, from: string, to: string): string | undefined {
  const named = namedScenario(scenario, from);
  if (!named) return missing(scenario, from);
  if (from === to) return undefined;
  const problem = checkScenarioName(scenario, to, from);
  if (problem) return problem;
  named.name = to.trim();
  return undefined;
}

/** Deletes a scenario (the list goes when it is empty, so a file without scenarios stays as it was). */
export function deleteNamedScenario(scenario: Scenario, name: string): string | undefined {
  const index = scenario.scenarios?.findIndex((named) => named.name === name) ?? -1;
  if (index < 0) return missing(scenario, name);
  scenario.scenarios!.splice(index, 1);
  if (scenario.scenarios!.length === 0) delete scenario.scenarios;
  return undefined;
}

/** Sets a cell in a scenario; the base's own input removes the override (the cell follows the base again). */
export function setScenarioCell(scenario: Scenario, name: string, ref: string, input: CellInput): string | undefined {
  const named = namedScenario(scenario, name);
  if (!named) return missing(scenario, name);
  if (!locateCell(scenario, ref)) return `there is no cell ${ref}`;
  if (cellInput(scenario, ref) === input) delete named.cells[ref];
  else named.cells[ref] = input;
  return undefined;
}

/** Overrides one month of a series row in a scenario (undefined: the month follows the base again). */
export function setScenarioMonth(scenario: Scenario, name: string, ref: string, month: number, value: number | undefined): string | undefined {
  const named = namedScenario(scenario, name);
  if (!named) return missing(scenario, name);
  const place = locateCell(scenario, ref);
  if (!place || scenario.grids[place.gridIndex]!.kind !== 'scalar') return `${ref} is not a row of a scalar grid, so it has no months to override`;
  const problem = checkMonth(month);
  if (problem) return problem;
  if (value !== undefined && !Number.isFinite(value)) return `month ${month} of ${ref} must be a finite number`;
  if (value === undefined) {
    const months = named.months?.[ref];
    if (!months) return undefined;
    delete months[String(month)];
    if (Object.keys(months).length === 0) delete named.months![ref];
    if (Object.keys(named.months!).length === 0) delete named.months;
    return undefined;
  }
  named.months ??= {};
  named.months[ref] ??= {};
  named.months[ref][String(month)] = value;
  return undefined;
}

/** Sets a cell where edits go: the active scenario, or the base when none is active. */
export function setCellIn(scenario: Scenario, active: string | undefined, ref: string, input: CellInput): string | undefined {
  return active === undefined ? setCell(scenario, ref, input) : setScenarioCell(scenario, active, ref, input);
}

/**
 * Sets a cell to a value that comes with its source (a catalog price, a
 * measured ratio) where edits go: into the base, recording the source and its
 * date; or, with a named scenario active, as that scenario's override, like
 * any edit made while looking at it (a scenario's overrides carry no sources,
 * so the base keeps its own).
 */
export function setSourcedCellIn(scenario: Scenario, active: string | undefined, ref: string, input: CellInput, source: CellSource): string | undefined {
  if (active !== undefined) return setScenarioCell(scenario, active, ref, input);
  return setCell(scenario, ref, input) ?? setCellSource(scenario, ref, source);
}

/** Overrides a month where edits go: the active scenario, or the base when none is active. */
export function setMonthIn(scenario: Scenario, active: string | undefined, ref: string, month: number, value: number | undefined): string | undefined {
  return active === undefined ? setMonthOverride(scenario, ref, month, value) : setScenarioMonth(scenario, active, ref, month, value);
}

/** Drops a scenario's overrides of one cell (its value and its months): the cell follows the base again. */
export function resetCellToBase(scenario: Scenario, name: string, ref: string): string | undefined {
  const named = namedScenario(scenario, name);
  if (!named) return missing(scenario, name);
  if (!overrides(named, ref)) return `${name} does not override ${ref}`;
  delete named.cells[ref];
  if (named.months?.[ref]) {
    delete named.months[ref];
    if (Object.keys(named.months).length === 0) delete named.months;
  }
  return undefined;
}

/**
 * Makes a scenario's overrides the base's own (all of them, or those of one
 * cell): the base takes the values and the scenario stops overriding them,
 * so it shows the same numbers; other scenarios see the new base.
 */
export function promoteToBase(scenario: Scenario, name: string, ref?: string): string | undefined {
  const named = namedScenario(scenario, name);
  if (!named) return missing(scenario, name);
  if (ref !== undefined && !overrides(named, ref)) return `${name} does not override ${ref}`;
  writeOverrides(scenario, named, ref);
  for (const cell of Object.keys(named.cells)) if (ref === undefined || cell === ref) delete named.cells[cell];
  for (const row of Object.keys(named.months ?? {})) if (ref === undefined || row === ref) delete named.months![row];
  if (named.months && Object.keys(named.months).length === 0) delete named.months;
  return undefined;
}

/** True when the scenario overrides the cell, or months of it. */
function overrides(named: NamedScenario, ref: string): boolean {
  return Object.hasOwn(named.cells, ref) || Object.hasOwn(named.months ?? {}, ref);
}

/** The references a scenario overrides (cells, and rows with months), for marking them. */
export function overriddenRefs(scenario: Scenario, name: string | undefined): ReadonlySet<string> {
  const named = name === undefined ? undefined : namedScenario(scenario, name);
  return new Set(named ? [...Object.keys(named.cells), ...Object.keys(named.months ?? {})] : []);
}

/**
 * What `edited` changes of `base`, as a scenario's overrides: cells whose
 * input differs, and months that differ or are new. Both must have the same
 * rows (an edited copy of the base).
 */
export function diffOverrides(base: Scenario, edited: Scenario): Overrides {
  const before = new Map(scenarioCells(base));
  const cells: Record<string, CellInput> = {};
  for (const [ref, input] of scenarioCells(edited)) if (before.has(ref) && before.get(ref) !== input) cells[ref] = input;
  const baseMonths = new Map(scenarioOverrides(base));
  const months: Record<string, MonthOverrides> = {};
  for (const [ref, own] of scenarioOverrides(edited)) {
    const changed = Object.entries(own).filter(([month, value]) => baseMonths.get(ref)?.[month] !== value);
    if (changed.length > 0) months[ref] = Object.fromEntries(changed);
  }
  return { cells, months };
}

function missing(scenario: Scenario, name: string): string {
  const names = scenarioNames(scenario);
  if (name === BASE_SCENARIO) return `"${BASE_SCENARIO}" is the base model, not a named scenario`;
  return `there is no scenario "${name}"${names.length > 0 ? ` (scenarios: ${names.join(', ')})` : ' (the file has no scenarios)'}`;
}
