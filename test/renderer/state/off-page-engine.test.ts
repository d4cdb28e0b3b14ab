import { describe, expect, it } from 'vitest';
import { namedScenarioEngine } from '../../../models/scenario';
import { createDocumentStore } from '../../../renderer/state/document-store';
import { referenceScenario } from '../../models/templates/template-helpers';
import { inProcessPort } from '../../models/compute/in-process-port';

/** A store that computes every document off the page (threshold 1 cell), with the "worker" answering on `flush`. */
function offPageStore(failing?: Parameters<typeof inProcessPort>[0]) {
  const ports: Array<ReturnType<typeof inProcessPort>> = [];
  const store = createDocumentStore(referenceScenario(), {
    offThreadCells: 1,
    openComputePort: () => {
      const port = inProcessPort(failing);
      ports.push(port);
      return port;
    },
  });
  const flush = () => {
    for (let i = 0; i < 3; i++) for (const port of ports) port.flush();
  };
  const tco = () => store.getState().engine.get('out.tco');
  const expected = () => namedScenarioEngine(store.getState().scenario, undefined).get('out.tco');
  return { store, ports, flush, tco, expected };
}

describe('a large document computed off the page', () => {
  it('computes while the page goes on, and shows the values when the engine answers', () => {
    const { store, flush, tco, expected } = offPageStore();
    expect(store.getState().computing).toBe(true);
    flush();
    expect(store.getState().computing).toBe(false);
    expect(tco()).toBe(expected());
  });

  it('shows an edit\'s input at once and its values after the engine answers, bumping the version', () => {
    const { store, flush, tco, expected } = offPageStore();
    flush();
    const before = tco();
    store.getState().enterText('traffic.requests_per_day', '20000');
    expect(store.getState().engine.input('traffic.requests_per_day')).toBe(20000);
    expect(store.getState().computing).toBe(true);
    const version = store.getState().version;
    flush();
    expect(store.getState().version).toBeGreaterThan(version);
    expect(tco()).not.toBe(before);
    expect(tco()).toBe(expected());
  });

  it('undoes and redoes through the engine off the page', () => {
    const { store, flush, tco } = offPageStore();
    flush();
    const before = tco();
    store.getState().enterText('traffic.requests_per_day', '20000');
    flush();
    const after = tco();
    store.getState().undo();
    flush();
    expect(tco()).toBe(before);
    store.getState().redo();
    flush();
    expect(tco()).toBe(after);
  });

  it('shows the named scenario made active', () => {
    const { store, flush, tco } = offPageStore();
    flush();
    store.getState().addScenario('busy');
    store.getState().enterText('traffic.requests_per_day', '20000');
    flush();
    expect(tco()).toBe(namedScenarioEngine(store.getState().scenario, 'busy').get('out.tco'));
    store.getState().setActive(undefined);
    flush();
    expect(tco()).toBe(namedScenarioEngine(store.getState().scenario, undefined).get('out.tco'));
  });

  it('starts the engine again from the whole document when a recomputation fails, so no edit is lost', () => {
    const { store, ports, flush, tco, expected } = offPageStore((request) => request.kind === 'edit' && request.seq === 2);
    flush();
    store.getState().enterText('traffic.requests_per_day', '20000');
    flush();
    expect(ports).toHaveLength(2);
    expect(ports[0]!.closed).toBe(true);
    expect(store.getState().computeProblem).toBeUndefined();
    expect(tco()).toBe(expected());
  });

  it('answers links without bumping the version, so moving the selection redraws no chart or key figure', () => {
    const { store, flush } = offPageStore();
    flush();
    const { version, linksVersion } = store.getState();
    expect(store.getState().engine.dependentsOf('traffic.requests_per_day')).toEqual([]);
    flush();
    expect(store.getState().linksVersion).toBe(linksVersion + 1);
    expect(store.getState().version).toBe(version);
    expect(store.getState().engine.dependentsOf('traffic.requests_per_day').length).toBeGreaterThan(0);
  });

  it('stops the old engine when another document is opened', () => {
    const { store, ports } = offPageStore();
    store.getState().load(referenceScenario());
    expect(ports[0]!.closed).toBe(true);
    expect(ports).toHaveLength(2);
  });

  it('keeps small documents on the page when no worker is at hand', () => {
    const store = createDocumentStore(referenceScenario());
    expect(store.getState().computing).toBe(false);
    expect(store.getState().engine.get('out.tco')).toBe(namedScenarioEngine(referenceScenario(), undefined).get('out.tco'));
  });
});
