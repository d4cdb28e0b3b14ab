import ExcelJS from 'exceljs';
import { isSeries, type Engine } from '../../engine';
import { SERIES_COLUMNS, monthlyColumns, type BusinessCase } from '../../exporters';

const sheetNames = {
  en: { summary: 'Summary', assumptions: 'Assumptions', monthly: 'Monthly', item: 'Item', ref: 'Reference', value: 'Value', unit: 'Unit', source: 'Source', asOf: 'As of', stale: 'Stale', month: 'month' },
  zh: { summary: 'Summary', assumptions: 'Assumptions', monthly: 'Monthly', item: '项目', ref: '引用', value: '数值', unit: '单位', source: '来源', asOf: '截至日期', stale: '已过期', month: 'month' },
} as const;

/**
 * The business case as an Excel workbook: Summary (key figures), Assumptions
 * (with units, sources, as-of dates and stale marks) and Monthly (the series). Numbers are stored as
 * numbers at full precision; only the display format rounds.
 */
export async function businessCaseXlsx(doc: BusinessCase, engine: Engine): Promise<Buffer> {
  const w = sheetNames[doc.lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Tokencast';
  book.created = new Date(doc.date);
  const numeric = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' || typeof value === 'boolean' ? value : null);

  const summary = book.addWorksheet(w.summary);
  summary.addRow([doc.title]).font = { bold: true, size: 14 };
  summary.addRow([doc.scenario, doc.file, doc.date.slice(0, 10)]);
  summary.addRow([]);
  summary.addRow([w.item, w.value, w.unit, w.ref]).font = { bold: true };
  for (const line of doc.kpis) summary.addRow([line.label, numeric(line.value), line.unit, line.ref]);
  summary.columns.forEach((column, i) => (column.width = [40, 18, 16, 40][i]));

  const assumptions = book.addWorksheet(w.assumptions);
  // As of and Stale come after the columns earlier exports had, so a sheet read by position still reads.
  assumptions.addRow([w.item, w.value, w.unit, w.source, w.ref, w.asOf, w.stale]).font = { bold: true };
  for (const line of doc.assumptions) assumptions.addRow([line.label, numeric(line.value), line.unit, line.source, line.ref, line.asOf ?? null, line.stale ? w.stale : null]);
  assumptions.columns.forEach((column, i) => (column.width = [36, 16, 16, 60, 36, 12, 10][i]));

  const monthly = book.addWorksheet(w.monthly);
  const { columns, months } = monthlyColumns(engine);
  monthly.addRow([w.month, ...SERIES_COLUMNS]).font = { bold: true };
  for (let m = 0; m < months; m++) monthly.addRow([m + 1, ...columns.map((v) => (v !== undefined && isSeries(v) ? v[m]! : null))]);
  monthly.columns.forEach((column) => (column.width = 16));

  return Buffer.from(await book.xlsx.writeBuffer());
}
