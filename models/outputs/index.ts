/** Outputs, warnings and series of a computed scenario. */
export { outputValues, failedChecks, seriesValues, OUTPUT_GRID, CHECKS_GRID } from './outputs';
export { warnings, type Warning } from './warnings';
