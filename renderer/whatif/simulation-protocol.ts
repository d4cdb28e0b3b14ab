import type { SimulationResult } from '../../models/analysis';
import type { InputRange, Scenario } from '../../shared/scenario-schema';

/** What the page asks the simulation worker: a document (the active scenario written into it) and the run. */
export interface SimulationRequest {
  readonly scenario: Scenario;
  readonly ranges: readonly InputRange[];
  readonly samples: number;
  readonly seed: number;
  readonly integers: readonly string[];
}

/** What the worker answers: progress as it goes, then the result or why it failed. */
export type SimulationMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly result: SimulationResult }
  | { readonly kind: 'failed'; readonly message: string };
