import { enablePatches, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addRow, deleteRow, renameRow, scenarioCells, setCell } from '../../../models/scenario';
import { cellDiff } from '../../../renderer/state/cell-diff';
import type { Scenario } from '../../../shared/scenario-schema';
import { referenceScenario } from '../../models/templates/template-helpers';

enablePatches();

/** The diff the slow way: every cell of both versions compared. */
function fullDiff(previous: Scenario, next: Scenario) {
  const before = new Map(scenarioCells(previous));
  const after = new Map(scenarioCells(next));
  return {
    set: [...after].filter(([ref, input]) => !before.has(ref) || before.get(ref) !== input).sort(),
    removed: [...before.keys()].filter((ref) => !after.has(ref)).sort(),
  };
}

const sorted = (diff: ReturnType<typeof cellDiff>) => ({ set: [...diff.set].sort(), removed: [...diff.removed].sort() });

describe('the cell diff behind the engine sync', () => {
  const start = produce(referenceScenario(), () => undefined);
  const edits: Record<string, (draft: Scenario) => void> = {
    'a scalar cell': (draft) => void setCell(draft, 'traffic.requests_per_day', 5),
    'a table cell': (draft) => void setCell(draft, 'languages.zh.share', 0.4),
    'a new table row': (draft) => void addRow(draft, 'languages', 'fr'),
    'a deleted row': (draft) => void deleteRow(draft, 'gpus', 'h100_80gb'),
    'a renamed row (formulas rewritten)': (draft) => void renameRow(draft, 'gpus', 'h100_80gb', 'h100'),
    'nothing': () => undefined,
  };
  for (const [name, edit] of Object.entries(edits)) {
    it(`matches comparing every cell, for ${name}`, () => {
      const next = produce(start, edit);
      expect(sorted(cellDiff(start, next))).toEqual(fullDiff(start, next));
      expect(sorted(cellDiff(next, start))).toEqual(fullDiff(next, start));
    });
  }

  it('does not walk grids immer left alone', () => {
    const next = produce(start, (draft) => void setCell(draft, 'traffic.requests_per_day', 5));
    expect(next.grids.filter((grid, i) => grid !== start.grids[i]).map((grid) => grid.name)).toEqual(['traffic']);
    expect(cellDiff(start, next)).toEqual({ set: [['traffic.requests_per_day', 5]], removed: [] });
  });
});
