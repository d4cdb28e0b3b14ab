import { createComputeService, type ComputePort, type ComputeReply, type ComputeRequest } from '../../../models/compute';

/** A compute port to the service itself, holding requests until `flush`: the test decides when the "worker" answers. */
export function inProcessPort(failing: (request: ComputeRequest) => boolean = () => false): ComputePort & { flush(): void; sent: ComputeRequest[]; closed: boolean } {
  let listener: (reply: ComputeReply) => void = () => undefined;
  const queue: ComputeRequest[] = [];
  const handle = createComputeService((reply) => listener(reply), () => 0);
  const port = {
    sent: [] as ComputeRequest[],
    closed: false,
    post(request: ComputeRequest) {
      port.sent.push(request);
      queue.push(request);
    },
    listen(handler: (reply: ComputeReply) => void) {
      listener = handler;
    },
    close() {
      port.closed = true;
    },
    flush() {
      while (queue.length > 0 && !port.closed) {
        const request = queue.shift()!;
        if (failing(request)) listener({ kind: 'failed', seq: request.seq, message: 'out of memory' });
        else handle(request);
      }
    },
  };
  return port;
}
