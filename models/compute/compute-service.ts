import type { Engine } from '../engine';
import { namedScenarioEngine } from '../scenario';
import type { ComputeReply, ComputeRequest } from './compute-protocol';
import { applyEdits } from './engine-edits';
import { toWire } from './wire-value';

/**
 * The engine's side of the compute protocol, without the Worker: it holds
 * one engine and answers each request through `reply`. The Worker file only
 * wires its messages here, so this runs (and is tested) in Node as well.
 * Series are copied, not transferred: the engine keeps (and shares) them.
 */
export function createComputeService(reply: (message: ComputeReply) => void, clock: () => number = () => Date.now()): (request: ComputeRequest) => void {
  let engine: Engine | undefined;
  const answerValues = (seq: number, refs: readonly string[], started: number, current: Engine) => {
    const values = refs.map((ref) => toWire(current.get(ref)!));
    reply({ kind: 'values', seq, refs, values, ms: clock() - started });
  };
  return (request) => {
    const started = clock();
    try {
      if (request.kind === 'load') {
        engine = namedScenarioEngine(request.scenario, request.active);
        answerValues(request.seq, engine.refs(), started, engine);
      } else if (request.kind === 'edit') {
        if (!engine) throw new Error('the engine has no document yet');
        const changed = applyEdits(engine, request.edits).filter((ref) => engine!.has(ref));
        answerValues(request.seq, changed, started, engine);
      } else {
        const reads = engine?.dependenciesOf(request.ref) ?? [];
        const readBy = engine?.dependentsOf(request.ref) ?? [];
        reply({ kind: 'links', seq: request.seq, ref: request.ref, reads, readBy });
      }
    } catch (error) {
      reply({ kind: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
