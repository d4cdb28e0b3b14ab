/** The formula engine: create an engine from cells, read values, edit, recompute. */
export { createEngine } from './engine';
export { cellRef, columnRef, parseRef, gridOfRef, columnOfRef, isCellRef, isInGrid, isInRow, type RefParts } from './cell-ref';
export { MAX_HORIZON, type Engine, type EngineEdits, type EngineView, type EngineOptions } from './engine-api';
export { functions, functionNamed, type FunctionSpec } from './functions';
export type { MonthValues } from './month-overrides';
export { MONTH_REF } from './compile';
export { formulaProblem } from './parse';
export { BLANK, CellError, NONE, isError, isFormula, isSeries, sameValue, toJsonValue, describeKind, type CellInput, type ErrorCode, type JsonValue, type Series, type Value } from './values';
