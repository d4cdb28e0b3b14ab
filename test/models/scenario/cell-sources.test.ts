import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ageInDays, cellCatalog, cellSource, isIsoDate, isStale, loadScenario, serializeScenarioFile, setCell, setCellSource, setStaleAfterDays, staleAfterDays, toScenarioFile,
} from '../../../models/scenario';
import { referenceScenario } from '../templates/template-helpers';

const envelope = (scenario: unknown) => JSON.stringify({ app: 'tokencast', version: 2, savedAt: '2026-11-23T10:00:00.000Z', generator: 'test', scenario });
const table = (row: Record<string, unknown>) => ({
  name: 'test',
  grids: [{ id: 'g', name: 'models', kind: 'table', columns: [{ id: 'c1', name: 'input_per_m' }, { id: 'c2', name: 'share' }], rows: [{ id: 'r', name: 'a', cells: {}, ...row }] }],
});
const errorsOf = (text: string) => {
  const result = loadScenario(text);
  return result.ok ? [] : result.errors;
};

describe('sources and dates of cells', () => {
  it('gives the template prices their catalog entry, source and date, cell by cell', () => {
    expect(cellSource(referenceScenario(), 'models.claude_sonnet_4.output_per_m')).toEqual({ source: 'LiteLLM model price table', asOf: '2026-07-24', catalog: 'claude-sonnet-4-20250514' });
  });

  it('gives a table cell without a source of its own the row source', () => {
    expect(cellSource(referenceScenario(), 'models.gpt_4o.traffic_share')?.source).toMatch(/^Traffic share: assumption/);
  });

  it('keeps the source of a scalar cell on its row', () => {
    const scenario = referenceScenario();
    expect(setCellSource(scenario, 'traffic.requests_per_day', { source: 'Analytics export', asOf: '2026-10-01' })).toBeUndefined();
    expect(cellSource(scenario, 'traffic.requests_per_day')).toEqual({ source: 'Analytics export', asOf: '2026-10-01' });
    expect(cellCatalog(scenario).get('traffic.requests_per_day')).toMatchObject({ source: 'Analytics export', asOf: '2026-10-01' });
  });

  it('returns a table cell to its row source when its own is cleared', () => {
    const scenario = referenceScenario();
    setCellSource(scenario, 'models.gpt_4o.input_per_m', undefined);
    expect(cellSource(scenario, 'models.gpt_4o.input_per_m')?.catalog).toBeUndefined();
    expect(cellSource(scenario, 'models.gpt_4o.output_per_m')?.catalog).toBe('gpt-4o');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(setCellSource(referenceScenario(), 'traffic.requests_per_day', { asOf: '2026-02-30' })).toBe('"2026-02-30" is not a date (YYYY-MM-DD)');
    expect(isIsoDate('2026-07-24')).toBe(true);
    expect(isIsoDate('24.07.2026')).toBe(false);
  });

  it('forgets the catalog when a price from it is changed by hand, and keeps it when the same value is typed again', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'models.gpt_4o.input_per_m', 2.5);
    expect(cellSource(scenario, 'models.gpt_4o.input_per_m')?.catalog).toBe('gpt-4o');
    setCell(scenario, 'models.gpt_4o.input_per_m', 2);
    expect(cellSource(scenario, 'models.gpt_4o.input_per_m')).toEqual({ source: expect.stringMatching(/^Traffic share/) });
  });

  it('marks a value stale once it is older than the chosen age', () => {
    const today = new Date('2026-11-23T15:00:00Z');
    expect(ageInDays('2026-07-24', today)).toBe(122);
    expect(isStale('2026-07-24', today, 180)).toBe(false);
    expect(isStale('2026-07-24', today, 90)).toBe(true);
    expect(isStale(undefined, today, 1)).toBe(false);
  });

  it('keeps the stale age in the scenario, leaving the default out of the file', () => {
    const scenario = referenceScenario();
    expect(staleAfterDays(scenario)).toBe(180);
    expect(setStaleAfterDays(scenario, 90)).toBeUndefined();
    expect(staleAfterDays(scenario)).toBe(90);
    expect(setStaleAfterDays(scenario, 0)).toMatch(/from 1 to 36,500/);
    setStaleAfterDays(scenario, 180);
    expect('staleAfterDays' in scenario).toBe(false);
  });
});

describe('sources in the file', () => {
  it('saves and reloads sources, dates and the stale age unchanged, in one key order', () => {
    const scenario = referenceScenario();
    setCellSource(scenario, 'traffic.requests_per_day', { source: 'Analytics', asOf: '2026-10-01' });
    setStaleAfterDays(scenario, 90);
    const text = serializeScenarioFile(toScenarioFile(scenario, new Date('2026-11-23T00:00:00Z')));
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.file.scenario).toEqual(scenario);
    expect(serializeScenarioFile(loaded.file)).toBe(text);
    expect(text.indexOf('"staleAfterDays": 90')).toBeLessThan(text.indexOf('"grids"'));
  });

  it('names the place of a date that is not one', () => {
    expect(errorsOf(envelope(table({ sources: { input_per_m: { asOf: 'July 2026' } } })))).toEqual(['scenario.grids[0].rows[0].sources.input_per_m.asOf: expected a date (YYYY-MM-DD)']);
  });

  it('refuses a source for a column the table does not have', () => {
    expect(errorsOf(envelope(table({ sources: { price: { source: 'x' } } })))).toEqual(['scenario.grids[0].rows[0].sources.price: grid "models" has no column "price"']);
  });

  it('refuses an unknown field in a cell source', () => {
    expect(errorsOf(envelope(table({ sources: { share: { source: 'x', when: 'now' } } })))).toEqual(['scenario.grids[0].rows[0].sources.share: unknown field "when"']);
  });

  it('still loads a format 1 file, which has no sources of cells', () => {
    const loaded = loadScenario(readFileSync(new URL('../../fixtures/reference-v1.tokencast', import.meta.url), 'utf8'));
    expect(loaded.ok).toBe(true);
  });
});
