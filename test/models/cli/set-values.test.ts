import { describe, expect, it } from 'vitest';
import { applyScenarioEdits } from '../../../models/cli/set-values';
import { referenceScenario } from '../templates/template-helpers';

const failureOf = (assignment: string) => {
  try {
    applyScenarioEdits(referenceScenario(), { addRows: [], deleteRows: [], prices: [], sets: [assignment] }, () => {});
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no failure');
};

const notesOf = (...sets: string[]) => {
  const notes: string[] = [];
  applyScenarioEdits(referenceScenario(), { addRows: [], deleteRows: [], prices: [], sets }, (text) => notes.push(text));
  return notes;
};

describe('--set', () => {
  it('says when a value replaces a formula, naming the formula', () => {
    expect(notesOf('derived.ft_per_attempt=5')).toEqual([expect.stringMatching(/^--set derived\.ft_per_attempt=5 replaces its formula =.+; what reads derived\.ft_per_attempt follows the value$/)]);
  });

  it('says nothing when a value replaces a value, or a formula a formula', () => {
    expect(notesOf('traffic.requests_per_day=20000', 'derived.ft_per_attempt==1+1')).toEqual([]);
  });

  it('suggests the reference that was meant', () => {
    expect(failureOf('traffic.requests_per_dya=5')).toBe('--set: unknown reference "traffic.requests_per_dya" (did you mean traffic.requests_per_day?)');
  });

  it('answers an unknown 130 KB reference at once, quoting only its start', () => {
    const started = performance.now();
    const message = failureOf(`traffic.${'x'.repeat(130_000)}=5`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(message).toBe(`--set: unknown reference "traffic.${'x'.repeat(72)}… (129928 more characters)"`);
  });

  it('keeps a reference with a line break on one line', () => {
    expect(failureOf('traffic\nrequests=5')).toBe('--set: unknown reference "traffic\\nrequests"');
  });

  it('quotes only the start of a huge assignment without "="', () => {
    expect(failureOf('y'.repeat(10_000)).length).toBeLessThan(150);
  });
});
