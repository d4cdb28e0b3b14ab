import type { ComputePort, ComputeReply } from '../../models/compute';

/**
 * Starts the document's engine in a Web Worker and returns the page's end of
 * the channel. A worker that dies (out of memory, a bug) answers the last
 * load or edit with a failure, so the page says so instead of waiting.
 */
export function openComputeWorker(): ComputePort {
  const worker = new Worker(new URL('./compute-worker.ts', import.meta.url), { type: 'module' });
  let handler: (reply: ComputeReply) => void = () => undefined;
  let lastJob = 0;
  worker.onmessage = (event: MessageEvent<ComputeReply>) => handler(event.data);
  worker.onerror = (event) => handler({ kind: 'failed', seq: lastJob, message: event.message || 'the engine stopped unexpectedly' });
  return {
    post(request) {
      if (request.kind !== 'links') lastJob = request.seq;
      worker.postMessage(request);
    },
    listen(listener) {
      handler = listener;
    },
    close: () => worker.terminate(),
  };
}
