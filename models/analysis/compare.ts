import { BASE_SCENARIO, type Scenario } from '../../shared/scenario-schema';
import { isSeries, type Value } from '../engine';
import { outputValues } from '../outputs';
import { monthValues, namedScenarioEngine, scenarioCells, scenarioOverrides } from '../scenario';

/** One scenario's key figures and the series the comparison charts draw. */
export interface ScenarioFigures {
  /** The scenario's name; the base is `base`. */
  readonly name: string;
  /** Every output (`out.*`) with its value, in document order. */
  readonly outputs: ReadonlyArray<readonly [ref: string, value: Value]>;
  /** Cumulative net by month (`series.cum_net`), empty when the model has none. */
  readonly cumNet: readonly number[];
  /** Total cost by month (`series.total_cost`), empty when the model has none. */
  readonly totalCost: readonly number[];
}

/**
 * Every scenario's key figures, the base first, then the named scenarios in
 * file order. One engine computes them all: each scenario's overrides are
 * set in one batch, read, and put back.
 */
export function compareScenarios(scenario: Scenario): ScenarioFigures[] {
  const engine = namedScenarioEngine(scenario, undefined);
  const baseCells = new Map(scenarioCells(scenario));
  const baseMonths = new Map(scenarioOverrides(scenario));
  const series = (ref: string) => {
    const value = engine.get(ref);
    return value !== undefined && isSeries(value) ? Array.from(value) : [];
  };
  const figures = (name: string): ScenarioFigures => ({ name, outputs: outputValues(engine), cumNet: series('series.cum_net'), totalCost: series('series.total_cost') });
  const all = [figures(BASE_SCENARIO)];
  for (const named of scenario.scenarios ?? []) {
    const months = Object.entries(named.months ?? {});
    engine.batch((edits) => {
      for (const [ref, input] of Object.entries(named.cells)) edits.set(ref, input);
      for (const [ref, own] of months) edits.setOverrides(ref, monthValues({ ...baseMonths.get(ref), ...own }));
    });
    all.push(figures(named.name));
    engine.batch((edits) => {
      for (const ref of Object.keys(named.cells)) edits.set(ref, baseCells.get(ref)!);
      for (const [ref] of months) edits.setOverrides(ref, baseMonths.has(ref) ? monthValues(baseMonths.get(ref)!) : undefined);
    });
  }
  return all;
}

/** How a scenario's value differs from the base's: the difference, and it as a share of the base (null when the base is 0). */
export function differenceFromBase(value: Value, base: Value): { readonly delta: number; readonly ratio: number | null } | undefined {
  if (typeof value !== 'number' || typeof base !== 'number') return undefined;
  const delta = value - base;
  return { delta, ratio: base === 0 ? null : delta / Math.abs(base) };
}
