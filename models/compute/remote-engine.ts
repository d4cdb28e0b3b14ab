import type { CellInput, EngineView, Value } from '../engine';
import type { ComputeReply, ComputeRequest } from './compute-protocol';
import type { EngineContents, EngineEdit } from './engine-edits';
import type { Scenario } from '../../shared/scenario-schema';
import { fromWire } from './wire-value';

/** The page's end of a channel to an engine elsewhere (a Worker in the app, the service itself in tests). */
export interface ComputePort {
  post(request: ComputeRequest): void;
  listen(handler: (reply: ComputeReply) => void): void;
  close(): void;
}

/** What the remote engine tells its owner: new values or links arrived, or a request failed. */
export type RemoteEvent = { readonly kind: 'values'; readonly ms: number } | { readonly kind: 'links' } | { readonly kind: 'failed'; readonly message: string };

/** An engine running elsewhere, read on the page as a local one. */
export interface RemoteEngine extends EngineView {
  /** True while the engine has edits its values do not show yet. */
  readonly pending: boolean;
  /** Moves the engine to new contents: inputs read the new ones at once, values follow when the engine answers. */
  update(contents: EngineContents, edits: readonly EngineEdit[]): void;
  /** Stops the engine (a new document replaces it). */
  close(): void;
}

/**
 * Opens a document on an engine behind `port`. Inputs and references are
 * read from the contents the page holds, so the formula bar and the Name
 * Box never wait; values are the engine's last answer. While the engine is
 * busy, further edits wait and go over as one batch when it answers: ten
 * quick edits cost at most two recomputations, not ten queued ones.
 */
export function openRemoteEngine(port: ComputePort, document: { scenario: Scenario; active: string | undefined; contents: EngineContents }, onEvent: (event: RemoteEvent) => void): RemoteEngine {
  let contents = document.contents;
  const values = new Map<string, Value>();
  const links = new Map<string, { reads: readonly string[]; readBy: readonly string[] }>();
  const asked = new Set<string>();
  let seq = 0;
  /** The load or edit the engine is working on (undefined: none). */
  let job: number | undefined;
  let waiting: EngineEdit[] = [];
  const send = (edits: readonly EngineEdit[]) => {
    job = ++seq;
    port.post({ kind: 'edit', seq: job, edits });
  };
  port.listen((reply) => {
    if (reply.kind === 'links') {
      links.set(reply.ref, reply);
      onEvent({ kind: 'links' });
      return;
    }
    if (reply.seq !== job) {
      if (reply.kind === 'failed') onEvent({ kind: 'failed', message: reply.message });
      return;
    }
    if (reply.kind === 'values') {
      reply.refs.forEach((ref, i) => values.set(ref, fromWire(reply.values[i]!)));
      // The graph may have changed with the edit: ask again when the highlight needs links.
      links.clear();
      asked.clear();
    }
    job = undefined;
    if (waiting.length > 0) {
      send(waiting);
      waiting = [];
    }
    onEvent(reply.kind === 'values' ? { kind: 'values', ms: reply.ms } : { kind: 'failed', message: reply.message });
  });
  job = ++seq;
  port.post({ kind: 'load', seq: job, scenario: document.scenario, active: document.active });
  const linksOf = (ref: string) => {
    const known = links.get(ref);
    if (!known && !asked.has(ref)) {
      asked.add(ref);
      port.post({ kind: 'links', seq: ++seq, ref });
    }
    return known;
  };
  return {
    get pending() {
      return job !== undefined;
    },
    has: (ref) => contents.cells.has(ref),
    get: (ref): Value | undefined => (contents.cells.has(ref) ? values.get(ref) : undefined),
    input: (ref): CellInput | undefined => contents.cells.get(ref),
    refs: () => [...contents.cells.keys()],
    dependenciesOf: (ref) => [...(linksOf(ref)?.reads ?? [])],
    dependentsOf: (ref) => [...(linksOf(ref)?.readBy ?? [])],
    update(next, edits) {
      contents = next;
      if (edits.length === 0) return;
      if (job !== undefined) waiting.push(...edits);
      else send(edits);
    },
    close: () => port.close(),
  };
}
