import {
  addNamedScenario, deleteNamedScenario, promoteToBase, renameNamedScenario, resetCellToBase,
} from '../../models/scenario';
import type { InputRange, Scenario } from '../../shared/scenario-schema';

/** A document change: a label for the history, and an edit of a draft that may refuse with a message. */
type Change = (label: string, recipe: (draft: Scenario, active: string | undefined) => string | undefined, activate?: (next: Scenario) => string | undefined) => string | undefined;

/** The document store's actions on named scenarios and Monte Carlo ranges; each change is one undoable step. */
export interface ScenarioActions {
  /** Makes a scenario active (undefined: the base): the engine shows it, and cell edits go to it. Not a change of the document. */
  setActive(name: string | undefined): void;
  /** Adds a scenario (a copy of the active one's overrides, or empty from the base) and makes it active. */
  addScenario(name: string): string | undefined;
  renameScenario(from: string, to: string): string | undefined;
  deleteScenario(name: string): string | undefined;
  /** Makes the active scenario's overrides (all, or one cell's) the base's own. */
  promoteToBase(ref?: string): string | undefined;
  /** Drops the active scenario's override of a cell: it follows the base again. */
  resetToBase(ref: string): string | undefined;
  /** Gives an input a Monte Carlo range, replacing the one it had. */
  setRange(range: InputRange): string | undefined;
  removeRange(ref: string): string | undefined;
}

/** The scenario actions over the store's `change` and its switch of the active scenario. */
export function scenarioActions(change: Change, activate: (name: string | undefined) => void): ScenarioActions {
  const idOf = (scenario: Scenario, name: string) => scenario.scenarios?.find((named) => named.name === name.trim())?.id;
  return {
    setActive: activate,
    addScenario: (name) => change(`add scenario ${name}`, (draft, active) => {
      const from = active === undefined ? undefined : draft.scenarios?.find((named) => named.name === active);
      return addNamedScenario(draft, name, from ? { cells: from.cells, months: from.months ?? {} } : undefined);
    }, (next) => idOf(next, name)),
    renameScenario: (from, to) => change(`rename scenario ${from}`, (draft) => renameNamedScenario(draft, from, to)),
    deleteScenario: (name) => change(`delete scenario ${name}`, (draft) => deleteNamedScenario(draft, name)),
    promoteToBase: (ref) => change(ref ? `promote ${ref} to base` : 'promote scenario to base', (draft, active) => (active === undefined ? 'the base is active: there is nothing to promote' : promoteToBase(draft, active, ref))),
    resetToBase: (ref) => change(`reset ${ref} to base`, (draft, active) => (active === undefined ? 'the base is active: there is nothing to reset' : resetCellToBase(draft, active, ref))),
    setRange: (range) => change(`range of ${range.ref}`, (draft) => {
      const ranges = (draft.ranges ??= []);
      const at = ranges.findIndex((r) => r.ref === range.ref);
      if (at < 0) ranges.push(range);
      else ranges[at] = range;
      return undefined;
    }),
    removeRange: (ref) => change(`remove range of ${ref}`, (draft) => {
      const at = draft.ranges?.findIndex((r) => r.ref === ref) ?? -1;
      if (at < 0) return `${ref} has no range`;
      draft.ranges!.splice(at, 1);
      if (draft.ranges!.length === 0) delete draft.ranges;
      return undefined;
    }),
  };
}
