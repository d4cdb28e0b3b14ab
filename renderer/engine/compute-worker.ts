import { createComputeService, type ComputeReply, type ComputeRequest } from '../../models/compute';

/** The worker's global scope, as far as this worker uses it (the renderer is typed for windows). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ComputeRequest>) => void) | null;
  postMessage(message: ComputeReply): void;
}

const scope = self as unknown as WorkerScope;
const handle = createComputeService((reply) => scope.postMessage(reply), () => performance.now());

/** The document's engine, off the page's thread: a long recomputation never blocks typing. */
scope.onmessage = (event) => handle(event.data);
