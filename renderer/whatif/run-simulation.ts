import type { SimulationResult } from '../../models/analysis';
import type { SimulationMessage, SimulationRequest } from './simulation-protocol';

/** A simulation under way: its outcome (undefined when cancelled) and how to cancel it. */
export interface SimulationJob {
  readonly outcome: Promise<SimulationResult | undefined>;
  cancel(): void;
}

/**
 * Starts a Monte Carlo simulation in a Web Worker, so the page never
 * freezes; `onProgress` hears how many samples are done. Cancel terminates
 * the worker at once (the outcome is then undefined).
 */
export function startSimulation(request: SimulationRequest, onProgress: (done: number, total: number) => void): SimulationJob {
  const worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
  let settle: (result: SimulationResult | undefined) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const outcome = new Promise<SimulationResult | undefined>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<SimulationMessage>) => {
    const message = event.data;
    if (message.kind === 'progress') return onProgress(message.done, message.total);
    worker.terminate();
    if (message.kind === 'done') settle(message.result);
    else fail(new Error(message.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(event.message || 'the simulation stopped unexpectedly'));
  };
  worker.postMessage(request);
  return {
    outcome,
    cancel() {
      worker.terminate();
      settle(undefined);
    },
  };
}
