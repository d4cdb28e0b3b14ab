import type { Lang } from '../../shared/lang';
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { create } from 'zustand';
import { cellRef, formulaProblem, parseRef, type CellInput, type EngineView } from '../../models/engine';
import { applyEdits, diffContents, openRemoteEngine, type ComputePort, type EngineContents, type EngineEdit } from '../../models/compute';
import { parseCellInput } from '../../models/format/parse-input';
import {
  addRow, clearColumnOverride, columnFormulaUse, deleteRow, inputKindOf, effectiveCells, effectiveOverrides, namedScenarioEngine, readTypedInput, renameRow, tableCellInput,
  setCellIn, setCellSource, setColumnFormula, setMonthIn, setStaleAfterDays,
} from '../../models/scenario';
import { addModelRow, applyPriceReview, fillGpuRate, fillModelPrices, type GpuRate, type PriceEntry, type PriceReview } from '../../models/catalog';
import type { TextCounts, TokenCount } from '../../models/tokens/measure';
import { writeMeasuredRatio } from '../../models/tokens/measured-ratio';
import type { PriceCatalog } from '../../shared/price-catalog-schema';
import type { CellSource, MonthOverrides, Scenario } from '../../shared/scenario-schema';
import { record, type HistoryEntry } from './history';
import { scenarioActions, type ScenarioActions } from './scenario-actions';

enablePatches();

/**
 * The document: the scenario being edited, the engine computing it, and the
 * undo history. Every change goes through a named action; each action is one
 * history entry (a paste of a block is one entry), and undo/redo replay immer
 * patches. The engine follows by diffing the cells, so undo needs no special
 * engine code.
 */
export interface DocumentState extends ScenarioActions {
  readonly scenario: Scenario;
  /** The id of the named scenario the engine shows and cell edits go to; undefined: the base. */
  readonly activeId: string | undefined;
  /** The values, inputs and links of the document; the engine behind it may run off the page's thread. */
  readonly engine: EngineView;
  /** True while an engine off the page's thread works on edits the values do not show yet. */
  readonly computing: boolean;
  /** Why the last recomputation off the page failed (the document is kept; undefined: it did not). */
  readonly computeProblem: string | undefined;
  /** Bumps when an engine off the page answers what a cell reads and what reads it (values unchanged). */
  readonly linksVersion: number;
  /** Bumps whenever computed values may have changed. */
  readonly version: number;
  /** Bumps when rows, names, labels or formats may have changed (not for a cell's value): what depends only on structure recomputes on it. */
  readonly structure: number;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** The history entry the file on disk matches (undefined: the state as opened). */
  readonly savedAt: HistoryEntry | undefined;
  /** Bumps when the document is opened, made new, restored or saved: the key figures show their change since then. */
  readonly baseline: number;
  /** Replaces the document (open, new, restore); clears history. A restored document starts dirty. */
  load(scenario: Scenario, dirty?: boolean): void;
  /** Sets one cell. Returns an error message if impossible. */
  setCell(ref: string, input: CellInput): string | undefined;
  /** Sets many cells as one undoable step (a paste). */
  setCells(entries: ReadonlyArray<readonly [string, CellInput]>, addRows?: { readonly grid: string; readonly names: readonly string[] }): string | undefined;
  /** Reads typed text by the one input grammar and sets the cell; returns why not, in `lang` (the caller keeps the text). */
  enterText(ref: string, text: string, lang?: Lang): string | undefined;
  /** Typed texts into many cells as one undoable step (a paste); if any cell refuses its text, nothing changes. */
  enterTexts(entries: ReadonlyArray<readonly [string, string]>, lang?: Lang): string | undefined;
  /**
   * Typed texts into months of series rows as one undoable step: a number
   * overrides that month, empty text returns it to the row's formula. If one
   * text is not a number, nothing changes (and the reason is in `lang`).
   */
  enterMonths(entries: ReadonlyArray<readonly [ref: string, month: number, text: string]>, lang?: Lang): string | undefined;
  /**
   * Makes a formula the column formula of a table cell's column (every row
   * that does not override it follows), this cell included; a formula that
   * does not parse is refused, with the reason in `lang`.
   */
  applyToColumn(ref: string, formula: string, lang?: Lang): string | undefined;
  /** Returns a table cell to its column's formula. */
  clearColumnOverride(ref: string): string | undefined;
  /** Sets where a cell's value comes from (undefined: back to its row's source). */
  setSource(ref: string, source: CellSource | undefined): string | undefined;
  /** Sets the age in days after which dated values are stale. */
  setStaleAge(days: number): string | undefined;
  /** Fills a Models row with a catalog entry's prices, in the active scenario like any edit (no row: a new row of the base for it); `done` hears the row's name. */
  pickModel(row: string | undefined, entry: PriceEntry, catalog: PriceCatalog, done?: (row: string) => void): string | undefined;
  /** Fills a GPUs row (no row: a new one) with a reference rate and its source; `done` hears the row's name. */
  pickGpuRate(row: string | undefined, rate: GpuRate, done?: (row: string) => void): string | undefined;
  /** Applies the ticked prices of a newer catalog's review, dating the unchanged ones anew — one step. */
  applyPriceReview(review: PriceReview, chosen: ReadonlySet<string>, catalog: PriceCatalog): string | undefined;
  /** Writes a measured ratio into a Languages row's tokens per unit, with its source. */
  writeMeasuredRatio(row: string, count: TokenCount, counts: TextCounts, today: string): string | undefined;
  addRow(grid: string, name: string): string | undefined;
  renameRow(grid: string, from: string, to: string): string | undefined;
  deleteRow(grid: string, row: string): string | undefined;
  undo(): void;
  redo(): void;
  /** Marks the current state as the one on disk. */
  markSaved(): void;
}

/** An edit of the document; `active` is the name of the active scenario, where cell edits go. */
type Recipe = (draft: Scenario, active: string | undefined) => string | undefined;

/** The name of the scenario with this id, if the document has it. */
export function activeScenarioName(scenario: Scenario, activeId: string | undefined): string | undefined {
  return activeId === undefined ? undefined : scenario.scenarios?.find((named) => named.id === activeId)?.name;
}

/** The id, if the document still has that scenario (an undo may have removed it). */
const stillThere = (scenario: Scenario, id: string | undefined) => (scenario.scenarios?.some((named) => named.id === id) ? id : undefined);

/** A history position no document is at: `savedAt` for a document that was never saved as it is (restored work). */
const NOT_ON_DISK: HistoryEntry = { label: 'not on disk', patches: [], inverse: [] };

/** True when a patch changes only what a cell holds (`grids/i/rows/j/value` or `grids/i/rows/j/cells/column`). */
function isCellPatch(patch: Patch): boolean {
  const { path } = patch;
  return path[0] === 'grids' && path[2] === 'rows' && ((path.length === 5 && path[4] === 'value') || (path.length === 6 && path[4] === 'cells'));
}

const isStructural = (patches: readonly Patch[]) => !patches.every(isCellPatch);

/**
 * The engine edits of cell patches applied to the base: each patched cell's
 * reference and what it now holds (a table cell whose own input was removed
 * follows its column's formula again). Reading only the patched cells keeps
 * an edit of a 100k-cell document from listing and comparing every cell.
 */
function cellPatchEdits(scenario: Scenario, patches: readonly Patch[]): EngineEdit[] {
  return patches.map(({ path }) => {
    const grid = scenario.grids[path[1] as number]!;
    if (grid.kind === 'scalar') {
      const scalarRow = grid.rows[path[3] as number]!;
      return { op: 'set', ref: cellRef(grid.name, scalarRow.name), input: scalarRow.value };
    }
    const tableRow = grid.rows[path[3] as number]!;
    const column = String(path[5]);
    return { op: 'set', ref: cellRef(grid.name, tableRow.name, column), input: tableCellInput(grid, tableRow, column) };
  });
}

/** How the document store runs its engine. */
export interface DocumentStoreOptions {
  /** Opens a channel to an engine off the page's thread (a Worker); without one, every document computes on the page. */
  readonly openComputePort?: () => ComputePort;
  /**
   * Documents with at least this many cells compute off the page, so a long
   * recomputation never blocks typing; smaller ones compute on the page,
   * where an edit repaints in the same frame. Default {@link OFF_THREAD_CELLS}.
   */
  readonly offThreadCells?: number;
}

/** From this many cells on, a document computes off the page's thread (the template has about 200). */
export const OFF_THREAD_CELLS = 10_000;

/** The engine the store drives: read through `view`, moved by edits. */
interface EngineDriver {
  readonly view: EngineView;
  readonly pending: boolean;
  update(contents: EngineContents, edits: readonly EngineEdit[]): void;
  close(): void;
}

/** What the engine holds for the document as the active scenario sees it. */
const contentsOf = (scenario: Scenario, active: string | undefined) => ({
  cells: new Map(effectiveCells(scenario, active)),
  overrides: new Map(effectiveOverrides(scenario, active)),
});

/** Creates the document store around a first scenario. */
export function createDocumentStore(initial: Scenario, options: DocumentStoreOptions = {}) {
  /** The cells and month overrides the engine holds, to diff against after each change. */
  let contents: { cells: Map<string, CellInput>; overrides: Map<string, MonthOverrides> } = { cells: new Map(), overrides: new Map() };
  let driver: EngineDriver | undefined;
  /** The active scenario's id the engine shows. */
  let shownId: string | undefined;
  /** Brings the engine to the document; `applied`: the patches that made it, when known. */
  const syncEngine = (scenario: Scenario, activeId: string | undefined, applied?: readonly Patch[]) => {
    if (applied && shownId === undefined && activeId === undefined && applied.every(isCellPatch)) {
      const edits = cellPatchEdits(scenario, applied);
      // In place: the remote engine reads inputs from this same map, and wants the new ones.
      for (const edit of edits) if (edit.op === 'set') contents.cells.set(edit.ref, edit.input);
      driver?.update(contents, edits);
      return;
    }
    const next = contentsOf(scenario, activeScenarioName(scenario, activeId));
    const edits = diffContents(contents, next);
    contents = next;
    shownId = activeId;
    driver?.update(next, edits);
  };
  return create<DocumentState>()((set, get) => {
    /** Set after a failed recomputation made the store reopen the engine; a second failure in a row is only reported. */
    let reopened = false;
    /**
     * A new engine for the document (as the named scenario `active` sees it):
     * on the page, or off it when the document is large and a Worker is at hand.
     */
    const freshEngine = (scenario: Scenario, active: string | undefined): EngineView => {
      driver?.close();
      contents = contentsOf(scenario, active);
      shownId = active === undefined ? undefined : scenario.scenarios?.find((named) => named.name === active)?.id;
      if (options.openComputePort && contents.cells.size >= (options.offThreadCells ?? OFF_THREAD_CELLS)) {
        const remote = openRemoteEngine(options.openComputePort(), { scenario, active, contents }, (event) => {
          if (driver?.view !== remote) return;
          if (event.kind === 'failed' && !reopened) {
            // The engine may have missed an edit: start it again from the whole document, once.
            reopened = true;
            const { scenario: now, activeId } = get();
            const engine = freshEngine(now, activeScenarioName(now, activeId));
            set((state) => ({ engine, version: state.version + 1, computing: true, computeProblem: event.message }));
            return;
          }
          if (event.kind === 'links') {
            set((state) => ({ linksVersion: state.linksVersion + 1 }));
            return;
          }
          if (event.kind === 'values') reopened = false;
          set((state) => ({ version: state.version + 1, computing: remote.pending, computeProblem: event.kind === 'failed' ? event.message : event.kind === 'values' ? undefined : state.computeProblem }));
        });
        driver = { view: remote, get pending() { return remote.pending; }, update: (next, edits) => remote.update(next, edits), close: () => remote.close() };
        return remote;
      }
      const engine = namedScenarioEngine(scenario, active);
      driver = { view: engine, pending: false, update: (_next, edits) => void applyEdits(engine, edits), close: () => undefined };
      return engine;
    };
    /** Applies a recipe as one history entry; `activate` names the scenario to make active after it (by id). */
    const change = (label: string, recipe: Recipe, activate?: (next: Scenario) => string | undefined): string | undefined => {
      let problem: string | undefined;
      const { scenario, activeId } = get();
      const [next, patches, inverse] = produceWithPatches(scenario, (draft) => {
        problem = recipe(draft as Scenario, activeScenarioName(scenario, activeId));
      });
      if (problem) return problem;
      if (patches.length === 0) return undefined;
      const nextActive = stillThere(next, activate ? activate(next) : activeId);
      syncEngine(next, nextActive, patches);
      set((state) => ({ computing: driver?.pending ?? false, scenario: next, activeId: nextActive, version: state.version + 1, structure: state.structure + (isStructural(patches) ? 1 : 0), past: record(state.past, { label, patches, inverse }), future: [] }));
      return undefined;
    };
    const activate = (name: string | undefined) => {
      const { scenario } = get();
      const activeId = name === undefined ? undefined : scenario.scenarios?.find((named) => named.name === name)?.id;
      syncEngine(scenario, activeId);
      set((state) => ({ computing: driver?.pending ?? false, activeId, version: state.version + 1, structure: state.structure + 1 }));
    };
    return {
      ...scenarioActions(change, activate),
      scenario: initial,
      activeId: undefined,
      engine: freshEngine(initial, undefined),
      computing: driver?.pending ?? false,
      computeProblem: undefined,
      linksVersion: 0,
      version: 0,
      structure: 0,
      past: [],
      future: [],
      savedAt: undefined,
      baseline: 0,
      load(scenario, dirty = false) {
        const engine = freshEngine(scenario, undefined);
        set((state) => ({ scenario, activeId: undefined, engine, computing: driver?.pending ?? false, computeProblem: undefined, version: state.version + 1, structure: state.structure + 1, past: [], future: [], savedAt: dirty ? NOT_ON_DISK : undefined, baseline: state.baseline + 1 }));
      },
      setCell: (ref, input) => change(`set ${ref}`, (draft, active) => setCellIn(draft, active, ref, input)),
      setCells: (entries, addRows) => change(`paste ${entries.length} cells`, (draft, active) => {
        for (const name of addRows?.names ?? []) {
          const problem = addRow(draft, addRows!.grid, name);
          if (problem) return problem;
        }
        for (const [ref, input] of entries) {
          const problem = setCellIn(draft, active, ref, input);
          if (problem) return problem;
        }
        return undefined;
      }),
      enterText: (ref, text, lang) => change(`set ${ref}`, (draft, active) => {
        const parsed = readTypedInput(draft, ref, text, lang);
        return parsed.ok ? setCellIn(draft, active, ref, parsed.input) : parsed.error;
      }),
      enterTexts: (entries, lang) => change(`paste ${entries.length} cells`, (draft, active) => {
        for (const [ref, text] of entries) {
          const parsed = readTypedInput(draft, ref, text, lang);
          const problem = parsed.ok ? setCellIn(draft, active, ref, parsed.input) : parsed.error;
          if (problem) return problem;
        }
        return undefined;
      }),
      enterMonths: (entries, lang) => change(`set ${entries.length} months`, (draft, active) => {
        for (const [ref, month, text] of entries) {
          const kind = inputKindOf(draft, ref);
          const parsed = parseCellInput(text, `${ref}@${month}`, { kind: 'number', percent: kind.kind === 'number' && kind.percent === true }, lang);
          if (!parsed.ok) return parsed.error;
          const value = parsed.input;
          if (value !== null && typeof value !== 'number') return `${ref}@${month}: a month takes a number, not a formula`;
          const problem = setMonthIn(draft, active, ref, month, value ?? undefined);
          if (problem) return problem;
        }
        return undefined;
      }),
      applyToColumn: (ref, formula, lang) => change(`column formula of ${ref}`, (draft) => {
        const parts = parseRef(ref);
        if (!formula.trim().startsWith('=')) return `a column formula starts with "=", got "${formula}"`;
        const syntax = formulaProblem(formula.trim().slice(1), lang);
        if (syntax) return `${ref}${lang === 'zh' ? '：' : ': '}${syntax}`;
        const problem = setColumnFormula(draft, parts?.grid ?? '', parts?.column ?? '', formula.trim());
        if (problem) return problem;
        return columnFormulaUse(draft, ref) === 'overrides' ? clearColumnOverride(draft, ref) : undefined;
      }),
      clearColumnOverride: (ref) => change(`use column formula ${ref}`, (draft) => clearColumnOverride(draft, ref)),
      setSource: (ref, source) => change(`source of ${ref}`, (draft) => setCellSource(draft, ref, source)),
      setStaleAge: (days) => change('stale age', (draft) => setStaleAfterDays(draft, days)),
      pickModel: (row, entry, catalog, done) => change(`price ${row ?? 'a new row'} from ${entry.id}`, (draft, active) => {
        if (row !== undefined) return fillModelPrices(draft, row, entry, catalog, active) ?? void done?.(row);
        const added = addModelRow(draft, entry, catalog);
        return 'error' in added ? added.error : void done?.(added.row);
      }),
      pickGpuRate: (row, rate, done) => change(`${rate.name} rate into ${row ?? 'a new row'}`, (draft, active) => {
        const filled = fillGpuRate(draft, row, rate, active);
        return 'error' in filled ? filled.error : void done?.(filled.row);
      }),
      applyPriceReview: (review, chosen, catalog) => change(`prices of ${catalog.date}`, (draft, active) =>
        (active === undefined ? applyPriceReview(draft, review, chosen, catalog) : 'a price review updates the base model\'s prices and their sources; switch to the base model to apply it')),
      writeMeasuredRatio: (row, count, counts, today) => change(`measured ratio of ${row}`, (draft, active) => writeMeasuredRatio(draft, row, count, counts, today, active)),
      addRow: (grid, name) => change(`add ${cellRef(grid, name)}`, (draft) => addRow(draft, grid, name)),
      renameRow: (grid, from, to) => change(`rename ${cellRef(grid, from)}`, (draft) => renameRow(draft, grid, from, to)),
      deleteRow: (grid, row) => change(`delete ${cellRef(grid, row)}`, (draft) => deleteRow(draft, grid, row)),
      undo() {
        const { past, future, scenario, activeId } = get();
        const entry = past[past.length - 1];
        if (!entry) return;
        const previous = applyPatches(scenario, entry.inverse);
        const active = stillThere(previous, activeId);
        syncEngine(previous, active, entry.inverse);
        set((state) => ({ computing: driver?.pending ?? false, scenario: previous, activeId: active, version: state.version + 1, structure: state.structure + (isStructural(entry.patches) ? 1 : 0), past: past.slice(0, -1), future: [entry, ...future] }));
      },
      redo() {
        const { past, future, scenario, activeId } = get();
        const entry = future[0];
        if (!entry) return;
        const next = applyPatches(scenario, entry.patches);
        const active = stillThere(next, activeId);
        syncEngine(next, active, entry.patches);
        set((state) => ({ computing: driver?.pending ?? false, scenario: next, activeId: active, version: state.version + 1, structure: state.structure + (isStructural(entry.patches) ? 1 : 0), past: [...past, entry], future: future.slice(1) }));
      },
      markSaved() {
        set((state) => ({ savedAt: state.past[state.past.length - 1], baseline: state.baseline + 1 }));
      },
    };
  });
}

/** The document store's hook type. */
export type DocumentStore = ReturnType<typeof createDocumentStore>;

/** True when the document differs from the file on disk. */
export function isDirty(state: Pick<DocumentState, 'past' | 'savedAt'>): boolean {
  return state.past[state.past.length - 1] !== state.savedAt;
}
