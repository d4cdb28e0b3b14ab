import { describe, expect, it } from 'vitest';
import { GPU_RATES, builtinCatalog, reviewPrices } from '../../../models/catalog';
import { cellInput, cellSource, namedScenarioEngine } from '../../../models/scenario';
import { activeScenarioName, createDocumentStore } from '../../../renderer/state/document-store';
import { referenceScenario } from '../../models/templates/template-helpers';

const store = () => createDocumentStore(referenceScenario());
const tco = (s: ReturnType<typeof store>) => s.getState().engine.get('out.tco');
const active = (s: ReturnType<typeof store>) => activeScenarioName(s.getState().scenario, s.getState().activeId);

describe('the document store with named scenarios', () => {
  it('makes a new scenario active, and sends cell edits to it', () => {
    const s = store();
    s.getState().addScenario('busy');
    s.getState().enterText('traffic.requests_per_day', '20000');
    expect(active(s)).toBe('busy');
    expect(s.getState().scenario.scenarios![0]!.cells).toEqual({ 'traffic.requests_per_day': 20000 });
    expect(cellInput(s.getState().scenario, 'traffic.requests_per_day')).toBe(10000);
  });

  it('shows the active scenario in the engine, and the base again when switched back', () => {
    const s = store();
    const base = tco(s);
    s.getState().addScenario('busy');
    s.getState().setCell('traffic.requests_per_day', 20000);
    expect(tco(s)).toBe(namedScenarioEngine(s.getState().scenario, 'busy').get('out.tco'));
    s.getState().setActive(undefined);
    expect(tco(s)).toBe(base);
  });

  it('puts a reference GPU rate picked in a named scenario into that scenario, leaving the base and its source', () => {
    const s = store();
    const rate = GPU_RATES.find((r) => r.row === 'a10g')!;
    const ref = 'gpus.h100_80gb.on_demand_hourly';
    const base = cellInput(s.getState().scenario, ref);
    const baseSource = cellSource(s.getState().scenario, ref);
    s.getState().addScenario('cheap');
    expect(s.getState().pickGpuRate('h100_80gb', rate)).toBeUndefined();
    expect(s.getState().scenario.scenarios![0]!.cells[ref]).toBe(rate.hourly);
    expect(cellInput(s.getState().scenario, ref)).toBe(base);
    expect(cellSource(s.getState().scenario, ref)).toEqual(baseSource);
  });

  it('refuses to apply a price review in a named scenario: the review dates and sources the base model\'s prices', async () => {
    const s = store();
    const catalog = await builtinCatalog();
    const review = reviewPrices(s.getState().scenario, catalog);
    s.getState().addScenario('cheap');
    expect(s.getState().applyPriceReview(review, new Set(review.changed.map((change) => change.ref)), catalog)).toContain('switch to the base model');
  });

  it('refuses a column formula that does not parse, and keeps the column as it was', () => {
    const s = store();
    const before = s.getState().scenario;
    expect(s.getState().applyToColumn('languages.en.share', '=(1 + 2')).toBe('languages.en.share: syntax error: a “(” is not closed: “)” is missing');
    expect(s.getState().scenario).toBe(before);
  });

  it('sends month edits to the active scenario', () => {
    const s = store();
    s.getState().addScenario('ramp');
    s.getState().enterMonths([['series.requests', 1, '1000']]);
    expect(s.getState().scenario.scenarios![0]!.months).toEqual({ 'series.requests': { 1: 1000 } });
    expect((s.getState().engine.get('series.requests') as Float64Array)[0]).toBe(1000);
  });

  it('undoes a scenario edit, then the scenario itself, falling back to the base', () => {
    const s = store();
    const base = tco(s);
    s.getState().addScenario('busy');
    s.getState().setCell('traffic.requests_per_day', 20000);
    s.getState().undo();
    expect(tco(s)).toBe(base);
    s.getState().undo();
    expect([s.getState().scenario.scenarios, active(s)]).toEqual([undefined, undefined]);
    s.getState().redo();
    s.getState().redo();
    expect(s.getState().scenario.scenarios![0]!.cells).toEqual({ 'traffic.requests_per_day': 20000 });
  });

  it('promotes the active scenario to the base, undoably', () => {
    const s = store();
    s.getState().addScenario('busy');
    s.getState().setCell('traffic.requests_per_day', 20000);
    const busy = tco(s);
    s.getState().promoteToBase();
    s.getState().setActive(undefined);
    expect(tco(s)).toBe(busy);
    s.getState().undo();
    expect(tco(s)).not.toBe(busy);
  });

  it('resets a cell of the active scenario to the base', () => {
    const s = store();
    const base = tco(s);
    s.getState().addScenario('busy');
    s.getState().setCell('traffic.requests_per_day', 20000);
    s.getState().resetToBase('traffic.requests_per_day');
    expect(tco(s)).toBe(base);
  });

  it('copies the active scenario into a new one', () => {
    const s = store();
    s.getState().addScenario('busy');
    s.getState().setCell('traffic.requests_per_day', 20000);
    s.getState().addScenario('busier');
    expect(s.getState().scenario.scenarios!.map((named) => named.cells)).toEqual([{ 'traffic.requests_per_day': 20000 }, { 'traffic.requests_per_day': 20000 }]);
  });

  it('keeps the active scenario through a rename', () => {
    const s = store();
    s.getState().addScenario('busy');
    s.getState().renameScenario('busy', 'peak');
    expect(active(s)).toBe('peak');
  });

  it('saves ranges in the document, one per input, undoably', () => {
    const s = store();
    s.getState().setRange({ ref: 'traffic.requests_per_day', dist: 'uniform', low: 1, high: 2 });
    s.getState().setRange({ ref: 'traffic.requests_per_day', dist: 'uniform', low: 1, high: 3 });
    expect(s.getState().scenario.ranges).toEqual([{ ref: 'traffic.requests_per_day', dist: 'uniform', low: 1, high: 3 }]);
    s.getState().removeRange('traffic.requests_per_day');
    expect(s.getState().scenario.ranges).toBeUndefined();
    s.getState().undo();
    expect(s.getState().scenario.ranges).toHaveLength(1);
  });

  it('switching scenarios is not a change of the document', () => {
    const s = store();
    s.getState().addScenario('busy');
    const past = s.getState().past.length;
    s.getState().setActive(undefined);
    s.getState().setActive('busy');
    expect(s.getState().past).toHaveLength(past);
  });
});
