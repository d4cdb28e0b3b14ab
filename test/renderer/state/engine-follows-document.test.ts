import { describe, expect, it } from 'vitest';
import { namedScenarioEngine } from '../../../models/scenario';
import { activeScenarioName, createDocumentStore } from '../../../renderer/state/document-store';
import { referenceScenario } from '../../models/templates/template-helpers';

/** Every value of the store's engine against an engine made afresh from the document. */
function expectFresh(store: ReturnType<typeof createDocumentStore>): void {
  const { scenario, activeId, engine } = store.getState();
  const fresh = namedScenarioEngine(scenario, activeScenarioName(scenario, activeId));
  expect(engine.refs().sort()).toEqual(fresh.refs().sort());
  for (const ref of fresh.refs()) expect([ref, engine.input(ref), engine.get(ref)]).toEqual([ref, fresh.input(ref), fresh.get(ref)]);
}

describe('the engine follows the document through every kind of cell change', () => {
  it('after typed cells, a paste, a column formula override cleared, undo and redo', () => {
    const store = createDocumentStore(referenceScenario());
    const state = () => store.getState();
    expect(state().enterText('traffic.requests_per_day', '20000')).toBeUndefined();
    expectFresh(store);
    expect(state().enterTexts([['languages.en.share', '50%'], ['languages.zh.share', '30%']])).toBeUndefined();
    expectFresh(store);
    expect(state().enterText('languages.en.weighted_input_tokens', '7')).toBeUndefined();
    expectFresh(store);
    expect(state().clearColumnOverride('languages.en.weighted_input_tokens')).toBeUndefined();
    expectFresh(store);
    for (let i = 0; i < 4; i++) {
      state().undo();
      expectFresh(store);
    }
    for (let i = 0; i < 4; i++) {
      state().redo();
      expectFresh(store);
    }
  });

  it('after switching to a named scenario and editing there, and back to the base', () => {
    const store = createDocumentStore(referenceScenario());
    const state = () => store.getState();
    state().addScenario('busy');
    expect(state().enterText('traffic.requests_per_day', '30000')).toBeUndefined();
    expectFresh(store);
    state().setActive(undefined);
    expectFresh(store);
    expect(state().enterText('traffic.requests_per_day', '15000')).toBeUndefined();
    expectFresh(store);
    state().undo();
    expectFresh(store);
  });
});
