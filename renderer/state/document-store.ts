import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { create } from 'zustand';
import type { CellInput, Engine } from '../../models/engine';
import { addRow, createScenarioEngine, deleteRow, renameRow, setCell } from '../../models/scenario';
import type { Scenario } from '../../shared/scenario-schema';
import { cellDiff } from './cell-diff';
import { record, type HistoryEntry } from './history';

enablePatches();

/**
 * The document: the scenario being edited, the engine computing it, and the
 * undo history. Every change goes through a named action; each action is one
 * history entry (a paste of a block is one entry), and undo/redo replay immer
 * patches. The engine follows by diffing the cells of the grids and rows that
 * changed, so undo needs no special engine code.
 */
export interface DocumentState {
  readonly scenario: Scenario;
  readonly engine: Engine;
  /** Bumps whenever computed values may have changed. */
  readonly version: number;
  /** Bumps when anything but a cell's content changes (rows, names, labels, a new document): what catalogs and reference lists follow. */
  readonly structure: number;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** The history entry the file on disk matches (undefined: the state as opened). */
  readonly savedAt: HistoryEntry | undefined;
  /** Replaces the document (open, new, restore); clears history. A restored document starts dirty. */
  load(scenario: Scenario, dirty?: boolean): void;
  /** Sets one cell. Returns an error message if impossible. */
  setCell(ref: string, input: CellInput): string | undefined;
  /** Sets many cells as one undoable step (a paste), after adding `addRows` to the end of a grid if given. */
  setCells(entries: ReadonlyArray<readonly [string, CellInput]>, addRows?: { readonly grid: string; readonly names: readonly string[] }): string | undefined;
  addRow(grid: string, name: string): string | undefined;
  renameRow(grid: string, from: string, to: string): string | undefined;
  deleteRow(grid: string, row: string): string | undefined;
  undo(): void;
  redo(): void;
  /** Marks the current state as the one on disk. */
  markSaved(): void;
}

type Recipe = (draft: Scenario) => string | undefined;

/** A history position no document is at: `savedAt` for a document that was never saved as it is (restored work). */
const NOT_ON_DISK: HistoryEntry = { label: 'not on disk', patches: [], inverse: [] };

/** True when a patch changes only what a cell holds (`grids/i/rows/j/value` or `grids/i/rows/j/cells/column`). */
function isCellPatch(patch: Patch): boolean {
  const { path } = patch;
  return path[0] === 'grids' && path[2] === 'rows' && ((path.length === 5 && path[4] === 'value') || (path.length === 6 && path[4] === 'cells'));
}

const isStructural = (patches: readonly Patch[]) => !patches.every(isCellPatch);

/** Creates the document store around a first scenario. */
export function createDocumentStore(initial: Scenario) {
  /** Brings the engine from the cells of `previous` to those of `next`, touching only the grids and rows that changed. */
  const syncEngine = (engine: Engine, previous: Scenario, next: Scenario) => {
    const { set, removed } = cellDiff(previous, next);
    if (set.length === 0 && removed.length === 0) return;
    engine.batch((edits) => {
      for (const ref of removed) edits.remove(ref);
      for (const [ref, input] of set) edits.set(ref, input);
    });
  };
  return create<DocumentState>()((set, get) => {
    const change = (label: string, recipe: Recipe): string | undefined => {
      let problem: string | undefined;
      const [next, patches, inverse] = produceWithPatches(get().scenario, (draft) => {
        problem = recipe(draft as Scenario);
      });
      if (problem) return problem;
      if (patches.length === 0) return undefined;
      syncEngine(get().engine, get().scenario, next);
      set((state) => ({
        scenario: next, version: state.version + 1, structure: state.structure + (isStructural(patches) ? 1 : 0),
        past: record(state.past, { label, patches, inverse }), future: [],
      }));
      return undefined;
    };
    return {
      scenario: initial,
      engine: createScenarioEngine(initial),
      version: 0,
      structure: 0,
      past: [],
      future: [],
      savedAt: undefined,
      load(scenario, dirty = false) {
        set((state) => ({
          scenario, engine: createScenarioEngine(scenario), version: state.version + 1, structure: state.structure + 1,
          past: [], future: [], savedAt: dirty ? NOT_ON_DISK : undefined,
        }));
      },
      setCell: (ref, input) => change(`set ${ref}`, (draft) => setCell(draft, ref, input)),
      setCells: (entries, addRows) => change(`paste ${entries.length} cells`, (draft) => {
        for (const name of addRows?.names ?? []) {
          const problem = addRow(draft, addRows!.grid, name);
          if (problem) return problem;
        }
        for (const [ref, input] of entries) {
          const problem = setCell(draft, ref, input);
          if (problem) return problem;
        }
        return undefined;
      }),
      addRow: (grid, name) => change(`add ${grid}.${name}`, (draft) => addRow(draft, grid, name)),
      renameRow: (grid, from, to) => change(`rename ${grid}.${from}`, (draft) => renameRow(draft, grid, from, to)),
      deleteRow: (grid, row) => change(`delete ${grid}.${row}`, (draft) => deleteRow(draft, grid, row)),
      undo() {
        const { past, future, scenario, engine } = get();
        const entry = past[past.length - 1];
        if (!entry) return;
        const previous = applyPatches(scenario, entry.inverse);
        syncEngine(engine, scenario, previous);
        set((state) => ({
          scenario: previous, version: state.version + 1, structure: state.structure + (isStructural(entry.patches) ? 1 : 0),
          past: past.slice(0, -1), future: [entry, ...future],
        }));
      },
      redo() {
        const { past, future, scenario, engine } = get();
        const entry = future[0];
        if (!entry) return;
        const next = applyPatches(scenario, entry.patches);
        syncEngine(engine, scenario, next);
        set((state) => ({
          scenario: next, version: state.version + 1, structure: state.structure + (isStructural(entry.patches) ? 1 : 0),
          past: [...past, entry], future: future.slice(1),
        }));
      },
      markSaved() {
        set((state) => ({ savedAt: state.past[state.past.length - 1] }));
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
