import { describe, expect, it } from 'vitest';
import { compareScenarios, differenceFromBase } from '../../../models/analysis';
import { addNamedScenario, namedScenarioEngine } from '../../../models/scenario';
import { referenceScenario } from '../templates/template-helpers';

function threeScenarios() {
  const scenario = referenceScenario();
  addNamedScenario(scenario, 'conservative', { cells: { 'traffic.monthly_growth': 0.01 }, months: {} });
  addNamedScenario(scenario, 'aggressive', { cells: { 'traffic.requests_per_day': 40000 }, months: { 'series.requests': { 1: 1000 } } });
  return scenario;
}

describe('comparing scenarios', () => {
  it('lists the base first, then the scenarios in file order', () => {
    expect(compareScenarios(threeScenarios()).map((figures) => figures.name)).toEqual(['base', 'conservative', 'aggressive']);
  });

  it("gives each scenario's outputs as its own engine computes them", () => {
    const scenario = threeScenarios();
    for (const figures of compareScenarios(scenario)) {
      const engine = namedScenarioEngine(scenario, figures.name === 'base' ? undefined : figures.name);
      expect(figures.outputs).toEqual(engine.refs().filter((ref) => ref.startsWith('out.')).map((ref) => [ref, engine.get(ref)]));
    }
  });

  it('gives each scenario its cumulative net and monthly total cost', () => {
    const [base, , aggressive] = compareScenarios(threeScenarios());
    expect(base!.cumNet).toHaveLength(36);
    expect(aggressive!.totalCost[0]).not.toBe(base!.totalCost[0]);
  });

  it('puts the base back between scenarios (a month override does not leak into the next)', () => {
    const scenario = threeScenarios();
    scenario.scenarios!.reverse();
    const [, aggressive, conservative] = compareScenarios(scenario);
    expect(aggressive!.name).toBe('aggressive');
    expect(conservative!.outputs).toEqual(compareScenarios(threeScenarios())[1]!.outputs);
  });

  it('says how far a value is from the base, and by what share', () => {
    expect(differenceFromBase(150, 100)).toEqual({ delta: 50, ratio: 0.5 });
    expect(differenceFromBase(-5, 0)).toEqual({ delta: -5, ratio: null });
    expect(differenceFromBase(5, 'x')).toBeUndefined();
  });
});
