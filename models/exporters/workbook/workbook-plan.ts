import type { MathNode } from 'mathjs';
import { BLANK, NONE, cellRef, isError, isFormula, isSeries, type EngineView, type Value } from '../../engine';
import type { Lang } from '../../../shared/lang';
import { localText } from '../../format/local-text';
import { DEFAULT_HORIZON_REF, cellCatalog, cellInput, forEachCell, monthOverridesOf, type CellInfo } from '../../scenario';
import { scenarioTitle } from '../../templates';
import type { NumberFormat, ScalarRow, Scenario } from '../../../shared/scenario-schema';
import { NotTranslatable, excelFormula } from './excel-formula';
import { SCALAR_VALUE_COLUMN, TABLE_FIRST_COLUMN, absolute, absoluteRange, layoutSheets, type SheetLayout } from './sheet-layout';
import { ASSUMPTIONS_SHEET, ASSUMPTIONS_WIDTHS, assumptionsSheet } from './assumptions-sheet';

/** A cell of the workbook: a value, or a formula with its computed value cached. */
export interface PlannedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: number | string | boolean | null;
  readonly formula?: string;
  readonly numFmt?: string;
  readonly bold?: boolean;
}

/** The whole workbook, ready to be written by any xlsx library. */
export interface WorkbookPlan {
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly widths: readonly number[] }>;
  readonly cells: readonly PlannedCell[];
  /** Cells written as formulas, and formula cells written as values because Excel has no equivalent. */
  readonly formulas: number;
  readonly valuesOnly: ReadonlyArray<{ readonly ref: string; readonly reason: string }>;
}

/** The sheet that holds helper rows: series sub-expressions that running totals and whole-series functions read. */
export const HELPER_SHEET = 'helpers';
/** The first sheet: the key figures, as formulas reading the grid sheets. */
export const SUMMARY_SHEET = 'summary';

const words = {
  en: { asOf: 'as of', name: 'Name', ref: 'Reference', unit: 'Unit', source: 'Source', value: 'Value', row: 'Row', month: 'M{n}', helper: 'Computed for the formulas above', title: 'Key figures (live formulas)', valuesOnly: '{n} cell(s) are written as values: Excel has no equivalent of their formula' },
  zh: { asOf: '截至', name: '名称', ref: '引用', unit: '单位', source: '来源', value: '数值', row: '行', month: '{n}月', helper: '供上方公式计算的辅助行', title: '关键指标（实时公式）', valuesOnly: '{n} 个单元格以数值写入：Excel 没有对应的公式' },
} as const;

const NUMBER_FORMATS: Readonly<Partial<Record<NumberFormat, string>>> = { currency: '#,##0.00', percent: '0.0%', integer: '#,##0' };

/**
 * The scenario as a workbook that still computes: every grid a sheet, every
 * formula an Excel formula over A1 references, the monthly series as rows,
 * each formula cell carrying the value Tokencast computed, so Excel and
 * LibreOffice show the same numbers and follow when an input changes.
 */
export function planModelWorkbook(scenario: Scenario, engine: EngineView, lang: Lang, outputs: readonly string[], today: Date): WorkbookPlan {
  const w = words[lang];
  const horizon = engine.get(scenario.horizonRef ?? DEFAULT_HORIZON_REF);
  const months = typeof horizon === 'number' && Number.isInteger(horizon) && horizon > 0 ? horizon : 0;
  const layout = layoutSheets(scenario, engine, months);
  const cells: PlannedCell[] = [];
  const valuesOnly: Array<{ ref: string; reason: string }> = [];
  let formulas = 0;
  const put = (cell: PlannedCell) => cells.push(cell);
  const helpers = new HelperRows(layout, put);
  const catalog = cellCatalog(scenario);
  const sourceOf = (info: CellInfo | undefined) => (info?.source ?? '') + (info?.asOf ? `${info.source ? ' · ' : ''}${w.asOf} ${info.asOf}` : '');

  /** One cell of the model: its formula (translated) or its value, at a place, with the cached value. */
  const write = (ref: string, month: number | undefined, sheet: string, row: number, column: number, value: Value | undefined, numFmt: string | undefined) => {
    const input = cellInput(scenario, ref);
    const cached = cachedValue(value, month);
    const overridden = month !== undefined && monthOverridesOf(scenario, ref).has(month);
    if (input !== null && input !== undefined && isFormula(input) && !overridden) {
      try {
        put({ sheet, row, column, value: cached, formula: excelFormula(input.slice(1), { month, self: ref }, layout, helpers.rowOf), numFmt });
        formulas++;
        return;
      } catch (error) {
        if (!(error instanceof NotTranslatable)) throw error;
        if (month === undefined || month === 1) valuesOnly.push({ ref, reason: error.message });
      }
    }
    put({ sheet, row, column, value: cached, numFmt });
  };

  // Each sheet's header and the columns that describe each row; the values follow, cell by cell.
  for (const grid of scenario.grids) {
    if (grid.kind === 'scalar') {
      const header = [w.name, w.ref, w.unit, w.source, ...(grid.rows.some((row) => layout.cells.get(cellRef(grid.name, row.name))?.series) ? Array.from({ length: months }, (_, i) => w.month.replace('{n}', String(i + 1))) : [w.value])];
      header.forEach((text, i) => put({ sheet: grid.name, row: 1, column: i + 1, value: text, bold: true }));
      grid.rows.forEach((row, r) => {
        const ref = cellRef(grid.name, row.name);
        [localText(row.label, lang, row.name), ref, localText(row.unit, lang), sourceOf(catalog.get(ref))].forEach((text, i) => put({ sheet: grid.name, row: r + 2, column: i + 1, value: text }));
      });
      continue;
    }
    [w.name, w.row, ...grid.columns.map((column) => localText(column.label, lang, column.name)), w.source]
      .forEach((text, i) => put({ sheet: grid.name, row: 1, column: i + 1, value: text, bold: true }));
    grid.rows.forEach((row, r) => {
      put({ sheet: grid.name, row: r + 2, column: 1, value: localText(row.label, lang, row.name) });
      put({ sheet: grid.name, row: r + 2, column: 2, value: row.name });
      // A table row's source is its first cell's.
      const first = grid.columns[0];
      put({ sheet: grid.name, row: r + 2, column: TABLE_FIRST_COLUMN + grid.columns.length, value: sourceOf(first && catalog.get(cellRef(grid.name, row.name, first.name))) });
    });
  }
  const numFmtOf = (format: NumberFormat | undefined) => (format ? NUMBER_FORMATS[format] : undefined);
  forEachCell(scenario, {
    // A scalar row that holds a series lays it out along its row, one month per column.
    scalar: (ref, grid, row) => {
      const place = layout.cells.get(ref)!;
      const value = engine.get(ref);
      if (!place.series) write(ref, undefined, grid.name, place.row, place.column, value, numFmtOf(row.format));
      else for (let m = 1; m <= months; m++) write(ref, m, grid.name, place.row, place.column + m - 1, value, numFmtOf(row.format));
    },
    table: (ref, grid, _row, column, rowIndex, columnIndex) => write(ref, undefined, grid.name, rowIndex + 2, TABLE_FIRST_COLUMN + columnIndex, engine.get(ref), numFmtOf(column.format)),
  });
  helpers.finish(w.helper);

  summary(outputs, layout, engine, scenario, lang, valuesOnly.length).forEach(put);
  assumptionsSheet(scenario, engine, layout, lang, today).forEach(put);
  const sheets = [
    { name: SUMMARY_SHEET, widths: [44, 20, 18, 36] },
    { name: ASSUMPTIONS_SHEET, widths: ASSUMPTIONS_WIDTHS },
    ...scenario.grids.map((grid) => ({ name: grid.name, widths: grid.kind === 'scalar' ? [34, 30, 16, 40, ...Array<number>(Math.max(1, months)).fill(14)] : [30, 18, ...grid.columns.map(() => 16), 40] })),
    ...(helpers.used ? [{ name: HELPER_SHEET, widths: [40, 10, 10, 10, ...Array<number>(months).fill(14)] }] : []),
  ];
  return { sheets, cells, formulas, valuesOnly };
}

/** The value a workbook cell caches: a month of a series, none as empty text, an error as its code. */
function cachedValue(value: Value | undefined, month: number | undefined): number | string | boolean | null {
  if (value === undefined || value === BLANK) return null;
  if (value === NONE) return '';
  if (isError(value)) return value.code;
  if (isSeries(value)) return month === undefined ? null : value[month - 1] ?? null;
  return value;
}

/** The summary sheet: each key figure as a formula reading its cell on the `out` sheet. */
function summary(outputs: readonly string[], layout: SheetLayout, engine: EngineView, scenario: Scenario, lang: Lang, valuesOnly: number): PlannedCell[] {
  const w = words[lang];
  const cells: PlannedCell[] = [
    { sheet: SUMMARY_SHEET, row: 1, column: 1, value: w.title, bold: true },
    { sheet: SUMMARY_SHEET, row: 2, column: 1, value: scenarioTitle(scenario.name, lang) },
  ];
  if (valuesOnly > 0) cells.push({ sheet: SUMMARY_SHEET, row: 3, column: 1, value: w.valuesOnly.replace('{n}', String(valuesOnly)) });
  [w.name, w.value, w.unit, w.ref].forEach((text, i) => cells.push({ sheet: SUMMARY_SHEET, row: 5, column: i + 1, value: text, bold: true }));
  const rows = new Map<string, ScalarRow>(scenario.grids.flatMap((grid) => (grid.kind === 'scalar' ? grid.rows.map((row): [string, ScalarRow] => [cellRef(grid.name, row.name), row]) : [])));
  outputs.forEach((ref, i) => {
    const place = layout.cells.get(ref);
    const row = rows.get(ref);
    if (!place || place.series) return;
    cells.push({ sheet: SUMMARY_SHEET, row: 6 + i, column: 1, value: localText(row?.label, lang, ref) });
    cells.push({ sheet: SUMMARY_SHEET, row: 6 + i, column: 2, value: cachedValue(engine.get(ref), undefined), formula: absolute(place.sheet, place.row, place.column), numFmt: row?.format ? NUMBER_FORMATS[row.format] : undefined });
    cells.push({ sheet: SUMMARY_SHEET, row: 6 + i, column: 3, value: localText(row?.unit, lang) });
    cells.push({ sheet: SUMMARY_SHEET, row: 6 + i, column: 4, value: ref });
  });
  return cells;
}

/**
 * Helper rows: a series expression that a running total or a whole-series
 * function reads (`cumsum(series.calls * ft.replaced_share)`) gets a row of
 * its own, month by month, so the function can read it as a range.
 */
class HelperRows {
  private readonly rows = new Map<string, number>();
  private readonly pending: Array<{ node: MathNode; self: string; row: number }> = [];
  used = false;

  constructor(private readonly layout: SheetLayout, private readonly put: (cell: PlannedCell) => void) {}

  readonly rowOf = (node: MathNode, self: string, upTo: number): string => {
    const text = node.toString();
    const key = /(?<![\w.])row\./.test(text) ? `${self}|${text}` : text;
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size + 2;
      this.rows.set(key, row);
      this.pending.push({ node, self, row });
      this.used = true;
    }
    return absoluteRange(HELPER_SHEET, row, SCALAR_VALUE_COLUMN, row, SCALAR_VALUE_COLUMN + upTo - 1);
  };

  /** Writes every helper row (helpers may ask for more helpers); the workbook recalculates on load, so they cache nothing. */
  finish(title: string): void {
    if (this.used) this.put({ sheet: HELPER_SHEET, row: 1, column: 1, value: title, bold: true });
    while (this.pending.length > 0) {
      const { node, self, row } = this.pending.shift()!;
      this.put({ sheet: HELPER_SHEET, row, column: 1, value: node.toString() });
      this.put({ sheet: HELPER_SHEET, row, column: 2, value: self });
      for (let m = 1; m <= this.layout.months; m++) {
        this.put({ sheet: HELPER_SHEET, row, column: SCALAR_VALUE_COLUMN + m - 1, value: null, formula: excelFormula(node.toString(), { month: m, self }, this.layout, this.rowOf) });
      }
    }
  }
}
