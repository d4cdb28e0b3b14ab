import type { TextCounts, TokenCount } from '../../models/tokens/measure';
import type { CountMessage, CountProgress, CountRequest } from './count-messages';

/** A count under way: its outcome, and how to stop it. */
export interface RunningCount {
  readonly result: Promise<{ counts: TextCounts; results: readonly TokenCount[] }>;
  cancel(): void;
}

/** Why a count ended without an answer: the user cancelled it. */
export class CountCancelled extends Error {}

let worker: Worker | undefined;

/**
 * Counts in the worker, reporting progress. One worker serves every count,
 * so a tokenizer loads once per session; cancelling terminates it at once,
 * however long the current piece, and the next count starts a new one.
 */
export function startCount(request: CountRequest, onProgress: (progress: CountProgress) => void): RunningCount {
  worker ??= new Worker(new URL('./token-worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  let stop: (reason: Error) => void = () => undefined;
  const result = new Promise<{ counts: TextCounts; results: readonly TokenCount[] }>((resolve, reject) => {
    stop = reject;
    current.onmessage = (event: MessageEvent<CountMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') resolve({ counts: message.counts, results: message.results });
      else reject(new Error(message.message));
    };
    current.onerror = (event) => reject(new Error(event.message || 'the counting worker failed'));
    current.postMessage(request);
  });
  return {
    result,
    cancel() {
      current.terminate();
      if (worker === current) worker = undefined;
      stop(new CountCancelled('cancelled'));
    },
  };
}
