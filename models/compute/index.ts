/** Running the engine elsewhere (a Worker): edits as data, values over the wire, and the page's view of the remote engine. */
export { diffContents, applyEdits, type EngineEdit, type EngineContents } from './engine-edits';
export { toWire, fromWire, type WireValue } from './wire-value';
export type { ComputeRequest, ComputeReply } from './compute-protocol';
export { createComputeService } from './compute-service';
export { openRemoteEngine, type ComputePort, type RemoteEngine, type RemoteEvent } from './remote-engine';
