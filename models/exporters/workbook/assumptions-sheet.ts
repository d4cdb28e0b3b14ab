import { BLANK, NONE, isError, isFormula, isSeries, type EngineView } from '../../engine';
import type { Lang } from '../../../shared/lang';
import { cellCatalog, cellInput, isStale, staleAfterDays } from '../../scenario';
import type { NumberFormat, Scenario } from '../../../shared/scenario-schema';
import { absolute, type SheetLayout } from './sheet-layout';
import type { PlannedCell } from './workbook-plan';

/** The sheet that lists every assumption with its source and date. */
export const ASSUMPTIONS_SHEET = 'assumptions';

/** Column widths of the assumptions sheet. */
export const ASSUMPTIONS_WIDTHS: readonly number[] = [44, 34, 16, 14, 48, 12, 10];

const words = {
  en: { title: 'Assumptions: every input typed into the model, where it comes from and as of when', name: 'Name', ref: 'Reference', value: 'Value', unit: 'Unit', source: 'Source', asOf: 'As of', stale: 'Stale', staleMark: 'stale', catalog: 'catalog entry' },
  zh: { title: '假设：模型中每个手动输入的数值、来源及日期', name: '名称', ref: '引用', value: '数值', unit: '单位', source: '来源', asOf: '截至', stale: '过期', staleMark: '已过期', catalog: '目录条目' },
} as const;

const NUMBER_FORMATS: Readonly<Partial<Record<NumberFormat, string>>> = { currency: '#,##0.00', percent: '0.0%', integer: '#,##0' };

/**
 * The assumptions sheet: each input cell (typed in, not computed) in grid
 * order, its value as a live formula reading the cell on its grid's sheet
 * (change it there and this sheet follows), its unit, source, as-of date,
 * and whether that date is older than the document's stale age on `today`.
 */
export function assumptionsSheet(scenario: Scenario, engine: EngineView, layout: SheetLayout, lang: Lang, today: Date): PlannedCell[] {
  const w = words[lang];
  const sheet = ASSUMPTIONS_SHEET;
  const cells: PlannedCell[] = [{ sheet, row: 1, column: 1, value: w.title, bold: true }];
  [w.name, w.ref, w.value, w.unit, w.source, w.asOf, w.stale].forEach((text, i) => cells.push({ sheet, row: 3, column: i + 1, value: text, bold: true }));
  const maxAge = staleAfterDays(scenario);
  let row = 4;
  for (const info of cellCatalog(scenario).values()) {
    const input = cellInput(scenario, info.ref);
    if (input === undefined || (typeof input === 'string' && isFormula(input))) continue;
    const place = layout.cells.get(info.ref);
    const value = engine.get(info.ref);
    const cached = value === undefined || value === BLANK || value === NONE || isSeries(value) ? null : isError(value) ? value.code : value;
    const source = [info.source, info.catalog ? `${w.catalog} ${info.catalog}` : undefined].filter(Boolean).join(' · ');
    cells.push(
      { sheet, row, column: 1, value: info.label[lang] },
      { sheet, row, column: 2, value: info.ref },
      place && !place.series
        ? { sheet, row, column: 3, value: cached, formula: absolute(place.sheet, place.row, place.column), numFmt: info.format ? NUMBER_FORMATS[info.format] : undefined }
        : { sheet, row, column: 3, value: cached },
      { sheet, row, column: 4, value: info.unit?.[lang] ?? '' },
      { sheet, row, column: 5, value: source },
      { sheet, row, column: 6, value: info.asOf ?? '' },
      { sheet, row, column: 7, value: isStale(info.asOf, today, maxAge) ? w.staleMark : '' },
    );
    row++;
  }
  return cells;
}

