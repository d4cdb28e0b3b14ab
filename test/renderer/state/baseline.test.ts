import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../renderer/state/document-store';
import { referenceScenario } from '../../models/templates/template-helpers';

describe('the document\'s baseline (what the key figures compare with)', () => {
  it('moves on open and save, not on edits or undo', () => {
    const store = createDocumentStore(referenceScenario());
    const start = store.getState().baseline;
    store.getState().enterText('traffic.requests_per_day', '20000');
    store.getState().undo();
    expect(store.getState().baseline).toBe(start);
    store.getState().markSaved();
    expect(store.getState().baseline).toBe(start + 1);
    store.getState().load(referenceScenario());
    expect(store.getState().baseline).toBe(start + 2);
  });
});
