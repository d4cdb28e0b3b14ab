import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, type HistoryEntry } from '../../../renderer/state/history';

const entry = (label: string): HistoryEntry => ({ label, patches: [], inverse: [] });

describe('undo history', () => {
  it('adds a gesture after the earlier ones', () => {
    expect(record([entry('a')], entry('b')).map((e) => e.label)).toEqual(['a', 'b']);
  });

  it('leaves the history it was given unchanged', () => {
    const past = [entry('a')];
    record(past, entry('b'));
    expect(past).toHaveLength(1);
  });

  it(`forgets the oldest gestures past ${HISTORY_LIMIT}`, () => {
    let past: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) past = record(past, entry(String(i)));
    expect(past).toHaveLength(HISTORY_LIMIT);
    expect(past[0]!.label).toBe('3');
  });
});
