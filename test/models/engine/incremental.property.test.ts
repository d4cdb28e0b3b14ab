import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, sameValue, type CellInput, type MonthValues } from '../../../models/engine';

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

const rows = ['r1', 'r2', 'r3', 'r4'];
const columns = ['x', 'y', 'z'];
const row = fc.constantFrom(...rows);
const column = fc.constantFrom(...columns);
const scalar = fc.constantFrom('m.a', 'm.b', 'm.c');

/** Scalar formulas over whole columns, and over single table cells. */
const scalarFormula: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  column.map((c) => `=sum(tab.${c})`),
  fc.tuple(column, column).map(([a, b]) => `=sumproduct(tab.${a}, tab.${b}) + t`),
  fc.tuple(column, column).map(([a, b]) => `=sumif(tab.${a}, ">0", tab.${b})`),
  column.map((c) => `=count(tab.${c}) + average(tab.${c})`),
  fc.tuple(row, column).map(([r, c]) => `=tab.${r}.${c} * 2`),
  fc.tuple(scalar, column).map(([m, c]) => `=${m} + max(tab.${c})`),
);

/** What a table cell holds: inputs, blanks, this row's other cells (column formulas), scalars, even its own column. */
const cellFormula: fc.Arbitrary<CellInput> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constant(null),
  column.map((c) => `=row.${c} + 1`),
  scalar.map((m) => `=${m} * t`),
  column.map((c) => `=sum(tab.${c})`),
);

type TableEdit =
  | { kind: 'cell'; row: string; column: string; input: CellInput }
  | { kind: 'scalar'; ref: string; input: CellInput }
  | { kind: 'delete-row'; row: string }
  | { kind: 'rename-row'; row: string; to: string }
  | { kind: 'overrides'; ref: string; months: Array<[number, number]> };

const tableEdit: fc.Arbitrary<TableEdit> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), row, column, input: cellFormula }),
  fc.record({ kind: fc.constant('scalar' as const), ref: scalar, input: scalarFormula }),
  fc.record({ kind: fc.constant('delete-row' as const), row }),
  fc.record({ kind: fc.constant('rename-row' as const), row, to: row }),
  fc.record({ kind: fc.constant('overrides' as const), ref: scalar, months: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -9, max: 9 })), { maxLength: 3 }) }),
);

describe('incremental recomputation with tables', () => {
  it('matches a full recomputation after adding, deleting and renaming rows, column formulas and month overrides', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(row, column, cellFormula), { maxLength: 8 }), fc.array(fc.tuple(scalar, scalarFormula), { maxLength: 3 }), fc.array(tableEdit, { maxLength: 12 }), (initialCells, initialScalars, edits) => {
        const cells = new Map<string, CellInput>([['calendar.horizon_months', 3]]);
        for (const [r, c, input] of initialCells) cells.set(`tab.${r}.${c}`, input);
        for (const [ref, input] of initialScalars) cells.set(ref, input);
        const overrides = new Map<string, MonthValues>();
        const options = () => ({ columns: columns.map((c) => `tab.${c}`), overrides: [...overrides].filter(([ref]) => cells.has(ref)) });
        const engine = createEngine(cells, options());
        for (const step of edits) {
          engine.batch((edit) => {
            if (step.kind === 'cell') {
              edit.set(`tab.${step.row}.${step.column}`, step.input);
              cells.set(`tab.${step.row}.${step.column}`, step.input);
            } else if (step.kind === 'scalar') {
              edit.set(step.ref, step.input);
              cells.set(step.ref, step.input);
            } else if (step.kind === 'overrides') {
              if (!cells.has(step.ref)) return;
              const months = new Map(step.months);
              edit.setOverrides(step.ref, months);
              overrides.set(step.ref, months);
            } else {
              for (const c of columns) {
                const from = `tab.${step.row}.${c}`;
                if (!cells.has(from)) continue;
                const input = cells.get(from)!;
                edit.remove(from);
                cells.delete(from);
                if (step.kind === 'rename-row') {
                  edit.set(`tab.${step.to}.${c}`, input);
                  cells.set(`tab.${step.to}.${c}`, input);
                }
              }
            }
          });
          const fresh = createEngine(cells, options());
          for (const cell of cells.keys()) {
            expect(sameValue(engine.get(cell)!, fresh.get(cell)!), `${cell} after ${JSON.stringify(step)}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
