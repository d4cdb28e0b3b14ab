import { describe, expect, it } from 'vitest';
import { diffContents, openRemoteEngine, type EngineContents, type RemoteEvent } from '../../../models/compute';
import { effectiveCells, effectiveOverrides, namedScenarioEngine, setCellIn } from '../../../models/scenario';
import type { Scenario } from '../../../shared/scenario-schema';
import { referenceScenario } from '../templates/template-helpers';
import { inProcessPort } from './in-process-port';

const contentsOf = (scenario: Scenario): EngineContents => ({ cells: new Map(effectiveCells(scenario, undefined)), overrides: new Map(effectiveOverrides(scenario, undefined)) });

/** The template open on a remote engine behind an in-process port, and what it reported. */
function open(failing?: Parameters<typeof inProcessPort>[0]) {
  const scenario = referenceScenario();
  const port = inProcessPort(failing);
  const events: RemoteEvent[] = [];
  const contents = contentsOf(scenario);
  const remote = openRemoteEngine(port, { scenario, active: undefined, contents }, (event) => events.push(event));
  /** Edits a cell in the document and sends what changed. */
  const edit = (ref: string, input: number) => {
    const before = contentsOf(scenario);
    setCellIn(scenario, undefined, ref, input);
    const after = contentsOf(scenario);
    remote.update(after, diffContents(before, after));
  };
  return { scenario, port, events, remote, edit };
}

describe('an engine running elsewhere, read on the page', () => {
  it('has no values until the engine answers the load, then the same values as an engine on the page', () => {
    const { scenario, port, remote } = open();
    expect(remote.pending).toBe(true);
    expect(remote.get('out.tco')).toBeUndefined();
    port.flush();
    expect(remote.pending).toBe(false);
    expect(remote.get('out.tco')).toBe(namedScenarioEngine(scenario, undefined).get('out.tco'));
  });

  it('reads a new input at once, and its values when the engine has answered', () => {
    const { scenario, port, remote, edit } = open();
    port.flush();
    const before = remote.get('out.tco');
    edit('traffic.requests_per_day', 20000);
    expect(remote.input('traffic.requests_per_day')).toBe(20000);
    expect(remote.get('out.tco')).toBe(before);
    port.flush();
    expect(remote.get('out.tco')).toBe(namedScenarioEngine(scenario, undefined).get('out.tco'));
    expect(remote.get('out.tco')).not.toBe(before);
  });

  it('sends edits made while the engine is busy as one batch when it answers', () => {
    const { scenario, port, remote, edit } = open();
    for (const requests of [11000, 12000, 13000]) edit('traffic.requests_per_day', requests);
    port.flush();
    expect(port.sent.map((request) => request.kind)).toEqual(['load', 'edit']);
    expect(remote.get('out.tco')).toBe(namedScenarioEngine(scenario, undefined).get('out.tco'));
  });

  it('reports a failed recomputation, and sends the next edit all the same', () => {
    const { scenario, port, remote, events, edit } = open((request) => request.kind === 'edit' && request.seq === 2);
    port.flush();
    edit('traffic.requests_per_day', 20000);
    port.flush();
    expect(events.at(-1)).toEqual({ kind: 'failed', message: 'out of memory' });
    expect(remote.pending).toBe(false);
    edit('traffic.requests_per_day', 30000);
    port.flush();
    expect(remote.get('out.tco')).toBe(namedScenarioEngine(scenario, undefined).get('out.tco'));
  });

  it('answers links from the engine once asked, for the precedent and dependent highlight', () => {
    const { scenario, port, remote } = open();
    port.flush();
    expect(remote.dependentsOf('traffic.requests_per_day')).toEqual([]);
    port.flush();
    expect(remote.dependentsOf('traffic.requests_per_day')).toEqual(namedScenarioEngine(scenario, undefined).dependentsOf('traffic.requests_per_day'));
    expect(remote.dependenciesOf('out.tco')).toEqual([]);
    port.flush();
    expect(remote.dependenciesOf('out.tco')).toEqual(namedScenarioEngine(scenario, undefined).dependenciesOf('out.tco'));
  });

  it('lists the document\'s references and knows which exist, without asking the engine', () => {
    const { scenario, remote } = open();
    expect(remote.refs()).toEqual([...contentsOf(scenario).cells.keys()]);
    expect(remote.has('traffic.requests_per_day')).toBe(true);
    expect(remote.has('traffic.nothing')).toBe(false);
  });
});
