/** The model as a workbook that still computes: layout, formula translation, and the plan an xlsx writer follows. */
export { planModelWorkbook, HELPER_SHEET, SUMMARY_SHEET, type PlannedCell, type WorkbookPlan } from './workbook-plan';
export { writeWorkbookXlsx } from './xlsx-writer';
