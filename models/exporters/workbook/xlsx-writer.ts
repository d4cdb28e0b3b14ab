import ExcelJS from 'exceljs';
import type { WorkbookPlan } from './workbook-plan';

/**
 * Writes a planned workbook as .xlsx bytes with exceljs (in Node and in the
 * browser alike): formulas with their cached values, number formats, bold
 * headers, column widths. The workbook asks to be fully recalculated on
 * load, so Excel and LibreOffice compute what they show.
 */
export async function writeWorkbookXlsx(plan: WorkbookPlan, date: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tokencast';
  book.created = date;
  book.calcProperties = { fullCalcOnLoad: true };
  const sheets = new Map(plan.sheets.map((sheet) => {
    const worksheet = book.addWorksheet(sheet.name);
    sheet.widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    return [sheet.name, worksheet] as const;
  }));
  for (const cell of plan.cells) {
    const target = sheets.get(cell.sheet)!.getCell(cell.row, cell.column);
    target.value = cell.formula === undefined ? cell.value : ({ formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue);
    if (cell.numFmt) target.numFmt = cell.numFmt;
    if (cell.bold) target.font = { bold: true };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
