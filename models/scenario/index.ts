/** Scenario documents: load, migrate, check, serialize, and compute them with the engine. */
export { loadScenario, describeIssue, type LoadResult } from './load';
export { migrate, type MigrationResult } from './migrate';
export { checkStructure, RESERVED_GRID_NAMES } from './structure-checks';
export { serializeScenarioFile, toScenarioFile } from './serialize';
export { createScenarioEngine, scenarioCells, scenarioColumns, scenarioOverrides, monthValues, tableCellInput, DEFAULT_HORIZON_REF } from './scenario-engine';
export { cellCatalog, type CellInfo } from './cell-catalog';
export { inputMisfits, type InputMisfit } from './input-misfits';
export { forEachCell, type CellVisitor } from './cell-place';
export { renameReference, mentionsReference } from './rewrite-references';
export {
  locateCell, cellInput, setCell, addRow, renameRow, deleteRow, checkRowName, freshId, columnFormulaUse, clearColumnOverride,
  setColumnFormula, setMonthOverride, monthOverridesOf, checkMonth, type CellPlace, type ColumnFormulaUse,
} from './document-edits';
export { inputKindOf, readTypedInput } from './typed-input';
export {
  namedScenario, scenarioNames, effectiveCells, effectiveOverrides, namedScenarioEngine, applyNamedScenario, checkScenarioName, addNamedScenario,
  renameNamedScenario, deleteNamedScenario, setScenarioCell, setScenarioMonth, setCellIn, setSourcedCellIn, setMonthIn, resetCellToBase, promoteToBase, overriddenRefs,
  diffOverrides, type Overrides,
} from './named-scenarios';
export {
  cellSource, setCellSource, dropCatalogSource, staleAfterDays, setStaleAfterDays, ageInDays, isStale, isoDay, isIsoDate,
} from './cell-sources';
