import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, sameValue, type CellInput } from '../../../models/engine';

const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const ref = fc.constantFrom(...names.map((n) => `m.${n}`));

/** Formulas over the other cells: arithmetic, series helpers, conditions, and the odd mistake. */
const formula: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.tuple(ref, ref).map(([x, y]) => `=${x} + ${y}`),
  fc.tuple(ref, fc.integer({ min: 1, max: 3 })).map(([x, k]) => `=${x} * ${k} - t`),
  fc.tuple(ref, ref).map(([x, y]) => `=${x} / ${y}`),
  ref.map((x) => `=cumsum(${x})`),
  ref.map((x) => `=lag(${x}, 1, 2)`),
  fc.tuple(ref, ref).map(([x, y]) => `=if(${x} > 0, ${y}, 1)`),
  ref.map((x) => `=first_month(${x} > 3)`),
  fc.tuple(ref, ref).map(([x, y]) => `=lag(${x}) * 0.5 + if(${y} > 1, ${y}, 1)`),
  ref.map((x) => `=cumsum(lag(${x}, 1, 1)) - t`),
  fc.constant('=m.a +'),
  fc.constant('=nope(1)'),
  fc.constant('"text"'),
);

const edit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), ref, input: formula }),
  fc.record({ kind: fc.constant('remove' as const), ref, input: fc.constant(0 as CellInput) }),
  fc.record({ kind: fc.constant('horizon' as const), ref, input: fc.integer({ min: 1, max: 4 }) }),
);

describe('incremental recomputation', () => {
  it('gives the same values as a full recomputation after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ref, formula), { maxLength: 8 }), fc.array(edit, { maxLength: 12 }), (initial, edits) => {
        const cells = new Map<string, CellInput>([['calendar.horizon_months', 3], ...initial]);
        const engine = createEngine(cells);
        for (const step of edits) {
          if (step.kind === 'set') {
            engine.set(step.ref, step.input);
            cells.set(step.ref, step.input);
          } else if (step.kind === 'remove') {
            engine.remove(step.ref);
            cells.delete(step.ref);
          } else {
            engine.set('calendar.horizon_months', step.input);
            cells.set('calendar.horizon_months', step.input);
          }
          const fresh = createEngine(cells);
          for (const cell of cells.keys()) {
            expect(sameValue(engine.get(cell)!, fresh.get(cell)!), `${cell} after ${JSON.stringify(step)}`).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
