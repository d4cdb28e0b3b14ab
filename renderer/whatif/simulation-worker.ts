import { simulate } from '../../models/analysis';
import { namedScenarioEngine } from '../../models/scenario';
import type { SimulationMessage, SimulationRequest } from './simulation-protocol';

/** The worker's global scope, as far as this worker uses it (the renderer is typed for windows). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null;
  postMessage(message: SimulationMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Runs a Monte Carlo simulation off the page's thread, on an engine of its
 * own, reporting progress as it goes; the page cancels by terminating it.
 */
scope.onmessage = (event) => {
  const request = event.data;
  try {
    const result = simulate(namedScenarioEngine(request.scenario, undefined), {
      ranges: request.ranges, samples: request.samples, seed: request.seed, integers: new Set(request.integers),
      onProgress: (done, total) => scope.postMessage({ kind: 'progress', done, total }),
    });
    // The samples move to the page rather than being copied.
    scope.postMessage({ kind: 'done', result }, Object.values(result.draws).map((draws) => draws.buffer as ArrayBuffer));
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
