/** What-if analyses on a computed model: scenario comparison, sensitivity, goal seek, data tables and Monte Carlo. */
export { AnalysisError, numberOf, probeOutput, type OutputProbe } from './probe';
export { numericInputs, integerRefs } from './inputs';
export { sensitivity, type SensitivityInput, type SensitivityOptions, type SensitivityResult, type SensitivityRow } from './sensitivity';
export { solve, type SolveOptions, type SolveResult } from './goal-seek';
export { sweep, sweepValues, MAX_SWEEP_POINTS, type SweepAxis, type SweepResult } from './sweep';
export { simulate, DEFAULT_SAMPLES, MAX_SAMPLES, PAYBACK_REF, PROGRESS_EVERY, type SimulationOptions, type SimulationResult } from './monte-carlo';
export { summarize, histogram, type OutputStats } from './statistics';
export { samplerOf, meanOf, normalQuantile } from './distributions';
export { seededRandom } from './random';
export { compareScenarios, differenceFromBase, type ScenarioFigures } from './compare';
