import { APP_NAME, APP_VERSION } from '../../shared/app-info';
import {
  FORMAT_VERSION, type CellSource, type Column, type Grid, type InputRange, type LocalText, type MonthOverrides, type NamedScenario, type ScalarRow, type Scenario, type ScenarioFile,
} from '../../shared/scenario-schema';

/**
 * Writes scenario files: pretty-printed UTF-8 JSON with one fixed key order
 * and a trailing newline, so the same scenario always gives the same bytes and
 * a change diffs well in git.
 */

/** Wraps a scenario in the current envelope, stamped with the save time. */
export function toScenarioFile(scenario: Scenario, savedAt: Date): ScenarioFile {
  return { app: 'tokencast', version: FORMAT_VERSION, savedAt: savedAt.toISOString(), generator: `${APP_NAME} ${APP_VERSION}`, scenario };
}

/** The text of a scenario file, in canonical key order. */
export function serializeScenarioFile(file: ScenarioFile): string {
  const ordered = {
    app: file.app,
    version: file.version,
    savedAt: file.savedAt,
    generator: file.generator,
    scenario: orderScenario(file.scenario),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderScenario(scenario: Scenario): object {
  return {
    name: scenario.name,
    description: orderText(scenario.description),
    horizonRef: scenario.horizonRef,
    staleAfterDays: scenario.staleAfterDays,
    grids: scenario.grids.map(orderGrid),
    scenarios: scenario.scenarios?.map(orderNamedScenario),
    ranges: scenario.ranges?.map(orderRange),
  };
}

/** A named scenario's overrides by reference in text order (the order they were made in means nothing), months in month order. */
function orderNamedScenario(named: NamedScenario): object {
  const byRef = <T>(record: Record<string, T>) => Object.fromEntries(Object.keys(record).sort().map((ref) => [ref, record[ref]!]));
  const months = named.months && Object.fromEntries(Object.keys(named.months).sort().map((ref) => [ref, orderOverrides(named.months![ref])]));
  return { id: named.id, name: named.name, note: orderText(named.note), cells: byRef(named.cells), months };
}

/** Option labels in the order of the options (the file's checks keep every labelled option among them). */
function orderOptionLabels(options: readonly string[] | undefined, labels: ScalarRow['optionLabels']): object | undefined {
  return labels && Object.fromEntries((options ?? []).filter((option) => Object.hasOwn(labels, option)).map((option) => [option, orderText(labels[option])]));
}

function orderRange(range: InputRange): object {
  return { ref: range.ref, dist: range.dist, low: range.low, high: range.high, mode: range.mode };
}

function orderGrid(grid: Grid): object {
  const head = { id: grid.id, name: grid.name, kind: grid.kind, label: orderText(grid.label), note: orderText(grid.note) };
  if (grid.kind === 'scalar') {
    return {
      ...head,
      rows: grid.rows.map((row) => ({
        id: row.id, name: row.name, label: orderText(row.label), value: row.value, unit: orderText(row.unit), format: row.format,
        options: row.options, optionLabels: orderOptionLabels(row.options, row.optionLabels), overrides: orderOverrides(row.overrides), message: orderText(row.message), note: orderText(row.note), source: row.source,
        asOf: row.asOf, catalog: row.catalog,
      })),
    };
  }
  return {
    ...head,
    columns: grid.columns.map(orderColumn),
    rows: grid.rows.map((row) => ({
      id: row.id, name: row.name, label: orderText(row.label),
      cells: Object.fromEntries(grid.columns.filter((column) => Object.hasOwn(row.cells, column.name)).map((column) => [column.name, row.cells[column.name]])),
      note: orderText(row.note), source: row.source, asOf: row.asOf,
      sources: orderSources(grid.columns, row.sources),
    })),
  };
}

function orderColumn(column: Column): object {
  return { id: column.id, name: column.name, label: orderText(column.label), unit: orderText(column.unit), format: column.format, formula: column.formula, note: orderText(column.note) };
}

/** Cell sources in column order, each with its fields in one order. */
function orderSources(columns: readonly Column[], sources: Record<string, CellSource> | undefined): object | undefined {
  if (!sources) return undefined;
  return Object.fromEntries(columns.filter((column) => Object.hasOwn(sources, column.name)).map((column) => {
    const { source, asOf, catalog } = sources[column.name]!;
    return [column.name, { source, asOf, catalog }];
  }));
}

/** Month overrides in month order (JSON objects keep integer-like keys in ascending order anyway; this says so). */
function orderOverrides(overrides: MonthOverrides | undefined): MonthOverrides | undefined {
  if (!overrides) return undefined;
  return Object.fromEntries(Object.entries(overrides).sort(([a], [b]) => Number(a) - Number(b)));
}

function orderText(text: LocalText | undefined): LocalText | undefined {
  return typeof text === 'object' ? { en: text.en, zh: text.zh } : text;
}
