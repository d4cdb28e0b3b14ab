import type { MonthValues } from './month-overrides';
import type { CellInput, Value } from './values';

/*
 * What the engine promises its callers: the facade's interface and its
 * options (the form of a reference is in cell-ref.ts). The workbook that
 * keeps the promise is in engine.ts.
 */

/** Edits applied together, recomputed once. */
export interface EngineEdits {
  /** Creates the cell or replaces its input. */
  set(ref: string, input: CellInput): void;
  /** Deletes the cell; formulas that read it become #REF! (aggregates over its column just lose a row). */
  remove(ref: string): void;
  /**
   * Replaces the cell's month overrides (month number 1..horizon → value):
   * those months of its series take the given values, whatever its formula
   * computes. An empty map or undefined removes them.
   */
  setOverrides(ref: string, overrides: MonthValues | undefined): void;
}

/** A workbook of cells that recompute when their inputs change. */
export interface Engine {
  /** True if a cell with this reference exists. */
  has(ref: string): boolean;
  /** The current value of a cell, or undefined if there is no such cell. */
  get(ref: string): Value | undefined;
  /** What was typed into a cell. */
  input(ref: string): CellInput | undefined;
  /** Every reference, in the order cells were created. */
  refs(): string[];
  /** Sets one cell; returns the references whose values changed. */
  set(ref: string, input: CellInput): readonly string[];
  /** Deletes one cell; returns the references whose values changed. */
  remove(ref: string): readonly string[];
  /** Applies several edits with one recomputation; returns the references whose values changed. */
  batch(edit: (edits: EngineEdits) => void): readonly string[];
  /** Evaluates every cell from scratch. */
  recalculate(): void;
  /** References the cell's formula reads. */
  dependenciesOf(ref: string): string[];
  /** References whose formulas read the cell. */
  dependentsOf(ref: string): string[];
}

/**
 * What a reader of an engine may ask: values, inputs and links, never edits.
 * The page reads through this, so the engine behind it may run in a Worker.
 */
export type EngineView = Pick<Engine, 'has' | 'get' | 'input' | 'refs' | 'dependenciesOf' | 'dependentsOf'>;

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** The cell holding the number of months in the horizon; default `calendar.horizon_months`. */
  readonly horizonRef?: string;
  /**
   * Table columns (`grid.column`) that formulas may aggregate even while they
   * have no rows. A column with cells exists without being declared.
   */
  readonly columns?: Iterable<string>;
  /** Month overrides of cells, as with {@link EngineEdits.setOverrides}. */
  readonly overrides?: Iterable<readonly [ref: string, overrides: MonthValues]>;
}

/** Longest horizon the engine accepts, in months (100 years). */
export const MAX_HORIZON = 1200;
