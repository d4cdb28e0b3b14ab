/** Exporters: chart SVG, CSV files, and the business case (content and HTML). */
export { renderChartSvg, CHART_SIZE } from './chart-svg';
export { seriesCsv, outputsCsv, csvValue, monthlyColumns, SERIES_COLUMNS } from './csv';
export { businessCase, caseFooter, type BusinessCase, type BusinessCaseMeta, type CaseLine, type CaseTable, type Driver } from './business-case';
export { businessCaseHtml, type ChartFigure } from './business-case-html';
export { tcoDrivers, DRIVER_PCT } from './tco-drivers';
export { caseWhatIf, caseComparison, type CaseWhatIf, type CaseComparison } from './business-case-whatif';
