import { checkFinite } from './broadcast';
import { Column } from './column';
import { ColumnIndex } from './column-index';
import { memberNames, recomputeCone } from './cone';
import { MONTH_REF, compileFormula, type Env, type Evaluate, type StepEvaluate } from './compile';
import { cyclePath } from './cycle-path';
import { DependencyGraph } from './dependency-graph';
import { resolverFor, type NameLookups } from './formula-names';
import { checkRef, columnOfRef, columnRef, gridOfRef, isInGrid, parseRef } from './cell-ref';
import type { Engine, EngineEdits, EngineOptions } from './engine-api';
import { applyOverrides, monthIndex, type MonthValues } from './month-overrides';
import { evaluateRecurrence, evaluateSteps } from './recurrence';
import { BLANK, CellError, isFormula, isSeries, type CellInput, type Value } from './values';

/**
 * The formula engine's facade: cells addressed by reference, formulas compiled
 * once, a full evaluation on creation and, after each edit, recomputation of
 * the downstream cone only — stopping early where a value did not change.
 */

/** Creates an engine holding the given cells, fully evaluated. */
export function createEngine(cells: Iterable<readonly [ref: string, input: CellInput]>, options: EngineOptions = {}): Engine {
  return new Workbook(cells, options);
}

class Workbook implements Engine {
  private readonly slots = new Map<string, number>();
  private readonly refsBySlot: Array<string | undefined> = [];
  private readonly inputs: Array<CellInput | undefined> = [];
  private readonly formulas: Array<Evaluate | undefined> = [];
  /** Month-by-month closures of cells that read their own earlier months (undefined: the slow path). */
  private readonly steps: Array<StepEvaluate | undefined> = [];
  private readonly recurrent: boolean[] = [];
  /** What each formula reads, before the month index is added for recurrences and overrides. */
  private readonly formulaReads: Array<readonly number[]> = [];
  private readonly overrides: Array<MonthValues | undefined> = [];
  private readonly waiting = new Map<string, Set<number>>();
  private readonly gridSizes = new Map<string, number>();
  private readonly graph = new DependencyGraph();
  private readonly columns = new ColumnIndex();
  private readonly columnSlots = new Map<string, number>();
  /** Per slot: is it a column vertex? (An array read in the hot loops, rather than a map lookup.) */
  private readonly isColumn: boolean[] = [];
  /** Grids that came or went in this batch: formulas naming missing cells there say #REF! or #NAME? accordingly. */
  private readonly gridsChanged = new Set<string>();
  /** Columns whose cells changed since their vertex last linked them. */
  private readonly columnsToLink = new Set<number>();
  /** Bumped for each column vertex evaluated: its value in the value array, so its readers always see a change. */
  private columnStamp = 0;
  private readonly cycleErrors = new WeakMap<readonly number[], CellError>();
  private readonly env: Env & { horizon: number | CellError };
  private readonly horizonRef: string;

  constructor(cells: Iterable<readonly [string, CellInput]>, options: EngineOptions) {
    this.horizonRef = options.horizonRef ?? 'calendar.horizon_months';
    this.env = { values: [], columns: [], run: 0, horizon: new CellError('#REF!', `there is no horizon cell ${this.horizonRef}`) };
    this.allocate(MONTH_REF);
    for (const column of options.columns ?? []) {
      checkRef(column);
      this.ensureColumn(column);
    }
    const pending: number[] = [];
    for (const [ref, input] of cells) {
      checkRef(ref);
      const slot = this.slots.get(ref) ?? this.allocate(ref);
      this.inputs[slot] = input;
      pending.push(slot);
    }
    for (const [ref, months] of options.overrides ?? []) {
      const slot = this.slots.get(ref);
      if (slot !== undefined && months.size > 0) this.overrides[slot] = months;
    }
    this.compileMonthIndex();
    for (const slot of pending) this.compile(slot);
    for (const column of this.columnsToLink) this.compile(column);
    this.columnsToLink.clear();
    this.gridsChanged.clear();
    this.recalculate();
  }

  has(ref: string): boolean {
    return ref !== MONTH_REF && this.slots.has(ref);
  }

  get(ref: string): Value | undefined {
    const slot = this.slots.get(ref);
    return slot === undefined || ref === MONTH_REF ? undefined : this.env.values[slot];
  }

  input(ref: string): CellInput | undefined {
    const slot = this.slots.get(ref);
    return slot === undefined ? undefined : this.inputs[slot];
  }

  refs(): string[] {
    return this.namesOf(this.refsBySlot.map((_, slot) => slot)).filter((ref) => ref !== MONTH_REF);
  }

  set(ref: string, input: CellInput): readonly string[] {
    return this.batch((edits) => edits.set(ref, input));
  }

  remove(ref: string): readonly string[] {
    return this.batch((edits) => edits.remove(ref));
  }

  batch(edit: (edits: EngineEdits) => void): readonly string[] {
    const cyclesBefore = this.graph.cycles();
    const roots = new Set<number>();
    edit({
      set: (ref, input) => {
        checkRef(ref);
        if (this.columnSlots.has(ref)) throw new RangeError(`${ref} is a whole column of a table; set one of its cells, like ${ref.replace('.', '.<row>.')}`);
        const existing = this.slots.get(ref);
        const slot = existing ?? this.allocate(ref);
        this.inputs[slot] = input;
        this.compile(slot);
        if (existing === undefined) for (const waiter of this.takeWaiting(ref)) this.recompile(waiter, roots);
        if (ref === this.horizonRef) this.compileMonthIndex();
        roots.add(slot);
      },
      remove: (ref) => {
        const slot = this.slots.get(ref);
        if (slot === undefined || ref === MONTH_REF) return;
        const readers = [...this.graph.readersOf(slot)];
        this.release(slot, ref);
        for (const reader of readers) this.recompile(reader, roots);
        if (ref === this.horizonRef) this.recompile(0, roots);
      },
      setOverrides: (ref, months) => {
        const slot = this.slots.get(ref);
        if (slot === undefined) throw new RangeError(`there is no cell ${ref} to override months of`);
        this.overrides[slot] = months && months.size > 0 ? months : undefined;
        this.linkReads(slot);
        roots.add(slot);
      },
    });
    for (const column of this.columnsToLink) this.recompile(column, roots);
    this.columnsToLink.clear();
    for (const grid of this.gridsChanged) {
      for (const [name, waiters] of this.waiting) if (name === grid || isInGrid(name, grid)) for (const waiter of waiters) this.recompile(waiter, roots);
    }
    this.gridsChanged.clear();
    return this.recompute([...roots], cyclesBefore);
  }

  recalculate(): void {
    const cycles = this.graph.cycles();
    for (const slot of this.graph.order()) this.env.values[slot] = this.evaluate(slot, cycles);
  }

  dependenciesOf(ref: string): string[] {
    const reads = this.graph.readsOf(this.slots.get(ref) ?? -1);
    return this.namesOf(reads.flatMap((slot) => (this.isColumn[slot] ? this.columns.cellsOf(slot) : [slot])));
  }

  dependentsOf(ref: string): string[] {
    const readers = this.graph.readersOf(this.slots.get(ref) ?? -1);
    return this.namesOf(readers.flatMap((slot) => (this.isColumn[slot] ? this.graph.readersOf(slot) : [slot])));
  }

  /** The references of slots, leaving out column vertices. */
  private namesOf(slots: readonly number[]): string[] {
    const names: string[] = [];
    for (const slot of slots) {
      const ref = this.refsBySlot[slot];
      if (ref !== undefined && !this.isColumn[slot]) names.push(ref);
    }
    return names;
  }

  /** The reference of a slot whose change an edit reports: a cell, not the month index or a column vertex. */
  private readonly changeName = (slot: number): string | undefined => (slot === 0 || this.isColumn[slot] ? undefined : this.refsBySlot[slot]);

  private allocate(ref: string): number {
    const slot = this.newSlot(ref);
    this.slots.set(ref, slot);
    const parts = parseRef(ref);
    const columnSlot = parts?.column === undefined ? undefined : this.ensureColumn(columnRef(parts.grid, parts.column));
    if (columnSlot !== undefined) {
      this.columns.join(columnSlot, slot, parts!.row);
      this.columnsToLink.add(columnSlot);
    }
    return slot;
  }

  private newSlot(ref: string): number {
    const slot = this.refsBySlot.length;
    this.refsBySlot.push(ref);
    this.inputs.push(undefined);
    this.formulas.push(undefined);
    this.steps.push(undefined);
    this.recurrent.push(false);
    this.formulaReads.push([]);
    this.overrides.push(undefined);
    this.isColumn.push(false);
    this.env.values.push(0);
    this.env.columns.push(undefined);
    this.graph.ensure(slot);
    const grid = gridOfRef(ref);
    const size = this.gridSizes.get(grid) ?? 0;
    if (size === 0) this.gridsChanged.add(grid);
    this.gridSizes.set(grid, size + 1);
    return slot;
  }

  /** The vertex of a table column, created on first use; undefined if a scalar cell has that reference. */
  private ensureColumn(column: string): number | undefined {
    const existing = this.columnSlots.get(column);
    if (existing !== undefined || this.slots.has(column)) return existing;
    const slot = this.newSlot(column);
    this.columns.add(slot);
    this.isColumn[slot] = true;
    this.columnSlots.set(column, slot);
    this.columnsToLink.add(slot);
    for (const waiter of this.takeWaiting(column)) this.columnsToLink.add(waiter);
    return slot;
  }

  private release(slot: number, ref: string): void {
    const column = columnOfRef(ref);
    const columnSlot = column === undefined ? undefined : this.columnSlots.get(column);
    if (columnSlot !== undefined) {
      this.columns.leave(columnSlot, slot);
      this.columnsToLink.add(columnSlot);
    }
    this.slots.delete(ref);
    this.refsBySlot[slot] = undefined;
    this.inputs[slot] = undefined;
    this.formulas[slot] = undefined;
    this.steps[slot] = undefined;
    this.recurrent[slot] = false;
    this.formulaReads[slot] = [];
    this.overrides[slot] = undefined;
    this.env.values[slot] = new CellError('#REF!', `${ref} was deleted`);
    this.graph.setReads(slot, []);
    const grid = gridOfRef(ref);
    const size = (this.gridSizes.get(grid) ?? 1) - 1;
    if (size === 0) {
      this.gridSizes.delete(grid);
      this.gridsChanged.add(grid);
    } else {
      this.gridSizes.set(grid, size);
    }
  }

  private takeWaiting(ref: string): number[] {
    const waiters = this.waiting.get(ref);
    this.waiting.delete(ref);
    return waiters ? [...waiters] : [];
  }

  private recompile(slot: number, roots: Set<number>): void {
    if (this.refsBySlot[slot] === undefined) return;
    if (slot === 0) this.compileMonthIndex();
    else this.compile(slot);
    roots.add(slot);
  }

  /** The month index `t` = 1..H, which reads the horizon cell. */
  private compileMonthIndex(): void {
    const horizonSlot = this.slots.get(this.horizonRef);
    if (horizonSlot === undefined) {
      this.wait(this.horizonRef, 0);
      this.formulas[0] = () => new CellError('#REF!', `there is no horizon cell ${this.horizonRef}`);
      this.graph.setReads(0, []);
      return;
    }
    this.formulas[0] = (env) => monthIndex(env.values[horizonSlot]!, this.horizonRef);
    this.graph.setReads(0, [horizonSlot]);
  }

  private compile(slot: number): void {
    if (this.isColumn[slot]) {
      // A copy: the column index grows its own array in place, and the graph keeps what it is given.
      this.graph.setReads(slot, [...this.columns.cellsOf(slot)]);
      return;
    }
    const ref = this.refsBySlot[slot]!;
    const input = this.inputs[slot]!;
    if (!isFormula(input)) {
      this.formulas[slot] = undefined;
      this.steps[slot] = undefined;
      this.recurrent[slot] = false;
      this.formulaReads[slot] = [];
      this.linkReads(slot);
      return;
    }
    const compiled = compileFormula(input.slice(1), resolverFor(ref, this.lookups));
    this.formulas[slot] = compiled.evaluate;
    this.steps[slot] = compiled.step;
    for (const name of compiled.missing) this.wait(name, slot);
    this.recurrent[slot] = compiled.dependencies.includes(slot);
    this.formulaReads[slot] = compiled.dependencies;
    this.linkReads(slot);
  }

  /** What a cell reads in the graph: its formula's references, and the month index when it recurs or has overrides. */
  private linkReads(slot: number): void {
    const reads = this.formulaReads[slot]!;
    const needsMonths = (this.recurrent[slot] || this.overrides[slot] !== undefined) && !reads.includes(0);
    this.graph.setReads(slot, needsMonths ? [...reads, 0] : reads);
  }

  private wait(name: string, slot: number): void {
    const waiters = this.waiting.get(name) ?? new Set<number>();
    waiters.add(slot);
    this.waiting.set(name, waiters);
  }

  /** Name lookups shared by every formula's resolver: made once, not three closures per formula. */
  private readonly lookups: NameLookups = {
    slotOf: (name) => this.slots.get(name),
    columnSlotOf: (name) => this.columnSlots.get(name),
    hasGrid: (name) => this.gridSizes.has(name),
  };

  /** A cell's value; `cycles` is the graph's, fetched once per pass rather than once per cell. */
  private evaluate(slot: number, cycles: ReadonlyMap<number, readonly number[]>): Value {
    const formula = this.formulas[slot];
    if (slot === 0) {
      const months = formula!(this.env);
      this.env.horizon = isSeries(months) ? months.length : (months as CellError);
      return months;
    }
    if (this.isColumn[slot]) return this.evaluateColumn(slot);
    const overrides = this.overrides[slot];
    if (!formula) {
      const input = this.inputs[slot]!;
      const value = input === null ? BLANK : input;
      return overrides ? applyOverrides(value, overrides, this.env.horizon, this.refsBySlot[slot]!) : value;
    }
    const cycle = cycles.size > 0 ? cycles.get(slot) : undefined;
    if (cycle) return this.cycleError(cycle);
    try {
      if (this.recurrent[slot]) {
        const step = this.steps[slot];
        return step ? evaluateSteps(step, slot, this.env, overrides) : evaluateRecurrence(formula, slot, this.env, overrides, this.refsBySlot[slot]);
      }
      const value = checkFinite(formula(this.env));
      return overrides ? applyOverrides(value, overrides, this.env.horizon, this.refsBySlot[slot]!) : value;
    } catch (error) {
      if (error instanceof RangeError) return new CellError('#VALUE!', 'the formula is too complex to compute');
      throw error;
    }
  }

  /** A column vertex: gathers its cells into a Column for aggregates to read. */
  private evaluateColumn(slot: number): Value {
    const cells = this.columns.cellsOf(slot);
    const values = new Array<Value>(cells.length);
    // On a cycle, the members' values may not be computed yet: they are the cycle's error, whatever the order.
    const cycle = this.graph.cycles().get(slot);
    const cycleError = cycle && this.cycleError(cycle);
    for (let i = 0; i < cells.length; i++) values[i] = cycleError && cycle.includes(cells[i]!) ? cycleError : this.env.values[cells[i]!]!;
    this.env.columns[slot] = new Column(this.refsBySlot[slot]!, this.columns.rowsOf(slot), values);
    return ++this.columnStamp;
  }

  /** The error of a cycle's members, naming the cycle as a path of references (see {@link cyclePath}); made once per cycle. */
  private cycleError(members: readonly number[]): CellError {
    let error = this.cycleErrors.get(members);
    if (!error) {
      const path = cyclePath(members, (slot) => this.graph.readsOf(slot), (slot) => this.refsBySlot[slot] ?? '');
      error = new CellError('#CYCLE!', `circular reference: ${path.join(' → ')}`);
      this.cycleErrors.set(members, error);
    }
    return error;
  }

  /** Re-evaluates the cone of the roots; other cells only if something they read changed. */
  private recompute(roots: number[], cyclesBefore: ReadonlyMap<number, readonly number[]>): readonly string[] {
    const cycles = this.graph.cycles();
    const cone = this.graph.cone(roots);
    const mustEvaluate = new Uint8Array(this.env.values.length);
    for (const root of roots) mustEvaluate[root] = 1;
    // Members of a cycle, before or after the edit, have no order among themselves: always re-evaluate them.
    for (const map of [cycles, cyclesBefore]) for (const member of map.keys()) mustEvaluate[member] = 1;
    const { changed, count } = recomputeCone(cone, this.env.values, mustEvaluate, (slot) => this.evaluate(slot, cycles));
    if (count === cone.slots.length) return memberNames(cone, this.changeName);
    const changedRefs: string[] = [];
    for (let i = 0; i < cone.slots.length; i++) {
      const ref = changed[i] === 1 ? this.changeName(cone.slots[i]!) : undefined;
      if (ref !== undefined) changedRefs.push(ref);
    }
    return changedRefs;
  }
}
