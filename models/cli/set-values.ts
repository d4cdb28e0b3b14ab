import type { PriceCatalog } from '../../shared/price-catalog-schema';
import { BASE_SCENARIO, NAME_PATTERN, type Scenario } from '../../shared/scenario-schema';
import { MODELS_GRID, catalogIds, fillModelPrices, findEntry, searchCatalog } from '../catalog';
import { isFormula, parseRef } from '../engine';
import { createScenarioEngine, DEFAULT_HORIZON_REF, addRow, applyNamedScenario, cellInput, deleteRow, inputKindOf, locateCell, readTypedInput, scenarioCells, setCell, setMonthOverride } from '../scenario';
import { clipText } from '../format/clip-text';
import { CliFailure } from './cli-io';
import { closestName, closestNames } from './did-you-mean';

/** The document edits a command line asks for, in the order they apply. */
export interface ScenarioEdits {
  /** `--scenario NAME`: a named scenario of the file, applied before the other edits (undefined or `base`: the base). */
  readonly scenario?: string;
  /** `GRID.ROW`: rows added to table grids (their column formulas apply; inputs start blank). */
  readonly addRows: readonly string[];
  /** `GRID.ROW`: rows deleted. */
  readonly deleteRows: readonly string[];
  /** `ROW=ID`: a Models row filled with a catalog entry's prices. */
  readonly prices: readonly string[];
  /** `REF=VALUE` or `GRID.ROW@MONTH=VALUE` (one month of a series row). */
  readonly sets: readonly string[];
}

/** One parsed `--set`. */
interface Assignment {
  readonly ref: string;
  readonly month: number | undefined;
  readonly raw: string;
}

/**
 * Applies `--scenario` (its overrides written into the base), then
 * `--add-row`, then `--delete-row`, then `--price` (from `catalog`), then
 * `--set` to a copy of the scenario; values are read by the one input
 * grammar, as when typed in the app. Any mistake fails before anything is
 * computed. A value set over a formula replaces it, as typing over a
 * formula in a spreadsheet does, and `note` says so (naming the formula).
 */
export function applyScenarioEdits(scenario: Scenario, edits: ScenarioEdits, note: (text: string) => void, catalog?: PriceCatalog): Scenario {
  const named = edits.scenario === undefined || edits.scenario === BASE_SCENARIO ? scenario : applyNamedScenario(scenario, edits.scenario);
  if (typeof named === 'string') throw new CliFailure(`--scenario: ${named}`);
  if (edits.addRows.length + edits.deleteRows.length + edits.prices.length + edits.sets.length === 0) return named;
  const draft = named === scenario ? structuredClone(scenario) : named;
  for (const target of edits.addRows) {
    const { grid, row } = splitRow(target, '--add-row');
    const kind = draft.grids.find((g) => g.name === grid)?.kind;
    if (kind === 'scalar') throw new CliFailure(`--add-row: ${grid} is not a table grid (add rows to a table, like languages.fr)`);
    fail('--add-row', addRow(draft, grid, row), grid, draft);
  }
  for (const target of edits.deleteRows) {
    const { grid, row } = splitRow(target, '--delete-row');
    fail('--delete-row', deleteRow(draft, grid, row), grid, draft);
  }
  for (const price of edits.prices) applyPrice(draft, price, catalog!);
  const assignments = edits.sets.map(parseAssignment);
  const refs = scenarioCells(draft).map(([ref]) => ref);
  for (const { ref } of assignments) {
    if (!locateCell(draft, ref)) {
      const hint = closestName(ref, refs);
      throw new CliFailure(`--set: unknown reference ${JSON.stringify(clipText(ref, 80))}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  for (const { ref, month, raw } of assignments) {
    if (month !== undefined) continue;
    const parsed = readTypedInput(draft, ref, raw);
    if (!parsed.ok) throw new CliFailure(`--set: ${parsed.error}`);
    const before = cellInput(draft, ref);
    const typedFormula = typeof parsed.input === 'string' && isFormula(parsed.input);
    if (typeof before === 'string' && isFormula(before) && !typedFormula) note(`--set ${ref}=${raw} replaces its formula ${clipText(before, 80)}; what reads ${ref} follows the value`);
    setCell(draft, ref, parsed.input);
  }
  const months = assignments.filter((a) => a.month !== undefined);
  if (months.length > 0) {
    const horizon = horizonOf(draft);
    for (const { ref, month, raw } of months) {
      if (month! > horizon) throw new CliFailure(`--set ${ref}@${month}: month ${month} is outside the horizon, 1..${horizon}`);
      if (ref === (draft.horizonRef ?? DEFAULT_HORIZON_REF)) throw new CliFailure(`--set ${ref}@${month}: the horizon is one number of months; it has no months of its own to override`);
      if (inputKindOf(draft, ref).kind !== 'number') throw new CliFailure(`--set ${ref}@${month}: ${ref} holds ${inputKindOf(draft, ref).kind === 'text' ? 'text' : 'a choice'}; only numeric rows have months to override`);
      const parsed = readTypedInput(draft, ref, raw);
      if (!parsed.ok || typeof parsed.input !== 'number') throw new CliFailure(`--set ${ref}@${month}: a month override is a number, not "${raw}"`);
      fail(`--set ${ref}@${month}`, setMonthOverride(draft, ref, month!, parsed.input), undefined, draft);
    }
  }
  return draft;
}

/**
 * Catalog ids close to a mistyped one, compared with and without their
 * provider prefix: `qwen-maxx` finds `dashscope/qwen-max`.
 */
function closestIds(id: string, ids: readonly string[]): string[] {
  const byName = new Map<string, string>();
  for (const full of ids) {
    const name = full.slice(full.lastIndexOf('/') + 1);
    if (!byName.has(name)) byName.set(name, full);
  }
  const bare = id.slice(id.lastIndexOf('/') + 1);
  return [...closestNames(id, ids, 3), ...closestNames(bare, byName.keys(), 3).map((name) => byName.get(name)!)];
}

/** Fills a Models row from a catalog entry (`ROW=ID`, or `models.ROW=ID`); an unknown id fails with the closest ids. */
function applyPrice(scenario: Scenario, text: string, catalog: PriceCatalog): void {
  const split = text.indexOf('=');
  if (split <= 0 || split === text.length - 1) throw new CliFailure(`--price expects ROW=ID, like gpt_4o=gpt-4o, got ${JSON.stringify(clipText(text, 80))}`);
  const row = text.slice(0, split).trim().replace(new RegExp(`^${MODELS_GRID}\\.`), '');
  const id = text.slice(split + 1).trim();
  const entry = findEntry(catalog, id);
  if (!entry) {
    const hints = [...new Set([...searchCatalog(catalog, id).slice(0, 3).map((e) => e.id), ...closestIds(id, catalogIds(catalog))])].slice(0, 3);
    throw new CliFailure(`--price ${row}: no model ${JSON.stringify(clipText(id, 80))} in the ${catalog.source} of ${catalog.date}${hints.length > 0 ? ` (did you mean ${hints.join(', ')}?)` : ''}`);
  }
  const problem = fillModelPrices(scenario, row, entry, catalog);
  if (problem) throw new CliFailure(`--price ${row}=${id}: ${problem}`);
}

/** Parses `REF=VALUE` or `REF@MONTH=VALUE` (VALUE may itself start with "=": a formula). */
function parseAssignment(text: string): Assignment {
  const split = text.indexOf('=');
  if (split <= 0) throw new CliFailure(`--set expects REF=VALUE, got ${JSON.stringify(clipText(text, 80))}`);
  const target = text.slice(0, split).trim();
  const raw = text.slice(split + 1);
  const at = target.indexOf('@');
  if (at < 0) return { ref: target, month: undefined, raw };
  const monthText = target.slice(at + 1);
  const month = Number(monthText);
  if (!/^\d+$/.test(monthText) || month < 1) throw new CliFailure(`--set ${target}: the month after @ must be a whole number from 1, got "${monthText}"`);
  return { ref: target.slice(0, at), month, raw };
}

function splitRow(target: string, flag: string): { grid: string; row: string } {
  const parts = parseRef(target);
  if (!parts || parts.column !== undefined) throw new CliFailure(`${flag} expects GRID.ROW, like languages.fr, got "${target}"`);
  if (!NAME_PATTERN.test(parts.row)) throw new CliFailure(`${flag} ${target}: "${parts.row}" is not a lower_snake_case name (a–z, 0–9 and _, starting with a letter)`);
  return parts;
}

function fail(flag: string, problem: string | undefined, grid: string | undefined, scenario: Scenario): void {
  if (!problem) return;
  const grids = grid !== undefined && !scenario.grids.some((g) => g.name === grid) ? ` (grids: ${scenario.grids.map((g) => g.name).join(', ')})` : '';
  throw new CliFailure(`${flag}: ${problem}${grids}`);
}

/** The scenario's horizon in months, as computed (it may be a formula). */
function horizonOf(scenario: Scenario): number {
  const horizonRef = scenario.horizonRef ?? DEFAULT_HORIZON_REF;
  const value = createScenarioEngine(scenario).get(horizonRef);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new CliFailure(`--set REF@MONTH: the horizon ${horizonRef} is not a whole number of months`);
  return value;
}
