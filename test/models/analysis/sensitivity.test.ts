import { describe, expect, it } from 'vitest';
import { AnalysisError, integerRefs, numericInputs, sensitivity } from '../../../models/analysis';
import { createScenarioEngine, setCell } from '../../../models/scenario';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

/** out.tco of the template with some cells set, from a fresh engine. */
function tcoWith(cells: Record<string, number>): number {
  const scenario = referenceScenario();
  for (const [ref, value] of Object.entries(cells)) setCell(scenario, ref, value);
  return createScenarioEngine(scenario).get('out.tco') as number;
}

describe('sensitivity (tornado)', () => {
  it('moves an input 20 % down and up by default and reports the output at each end', () => {
    const result = sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'biz.personnel_monthly' }] });
    expect(result.rows[0]).toEqual({
      input: 'biz.personnel_monthly', low_input: 10000, high_input: 15000,
      low: tcoWith({ 'biz.personnel_monthly': 10000 }), high: tcoWith({ 'biz.personnel_monthly': 15000 }), swing: 180000,
    });
  });

  it('reports the output as it is now as the base', () => {
    expect(sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'biz.personnel_monthly' }] }).base).toBe(tcoWith({}));
  });

  it('takes another percentage', () => {
    const [row] = sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'biz.personnel_monthly' }], pct: 10 }).rows;
    expect([row!.low_input, row!.high_input]).toEqual([11250, 13750]);
  });

  it("moves an input to its own low and high when given", () => {
    const [row] = sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'traffic.requests_per_day', low: 5000, high: 50000 }] }).rows;
    expect([row!.low, row!.high]).toEqual([tcoWith({ 'traffic.requests_per_day': 5000 }), tcoWith({ 'traffic.requests_per_day': 50000 })]);
  });

  it('ranks the inputs by swing, widest first', () => {
    const { rows } = sensitivity(referenceEngine(), { output: 'out.tco' });
    const swings = rows.map((row) => row.swing ?? -1);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('moves every numeric input when none is named', () => {
    const engine = referenceEngine();
    expect(sensitivity(engine, { output: 'out.tco' }).rows.map((row) => row.input).sort()).toEqual(numericInputs(engine).sort());
  });

  it('keeps whole-number inputs whole (the horizon stays a number of months)', () => {
    const [row] = sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'calendar.horizon_months' }], integers: integerRefs(referenceScenario()) }).rows;
    expect([row!.low_input, row!.high_input]).toEqual([29, 43]);
    expect(row!.swing).toBeGreaterThan(0);
  });

  it('takes a formula over outputs as the output', () => {
    const result = sensitivity(referenceEngine(), { output: '=out.tco_cloud - out.tco_api', inputs: [{ ref: 'selfhost.ops_monthly' }] });
    expect(result.rows[0]!.swing).toBeCloseTo(2 * 1000 * 36, 6);
  });

  it('gives null at an end where the output is none, and ranks that input last', () => {
    const { rows } = sensitivity(referenceEngine(), {
      output: 'out.payback_month',
      inputs: [{ ref: 'biz.value_monthly', low: 0, high: 50000 }, { ref: 'biz.engineering_once' }],
    });
    expect(rows.map((row) => [row.input, row.low === null, row.swing === null])).toEqual([['biz.engineering_once', false, false], ['biz.value_monthly', true, true]]);
  });

  it('puts every input back and leaves no trace of a formula output', () => {
    const engine = referenceEngine();
    const refs = engine.refs();
    sensitivity(engine, { output: '=out.tco * 2' });
    expect([engine.refs(), engine.get('out.tco')]).toEqual([refs, tcoWith({})]);
  });

  it('refuses an output that is a monthly series', () => {
    expect(() => sensitivity(referenceEngine(), { output: 'series.net' })).toThrow(/the output series.net must be a number, but it is a series of 36 months — choose one number/);
  });

  it('refuses an unknown output and an input that is not a number', () => {
    expect(() => sensitivity(referenceEngine(), { output: 'out.tcoo' })).toThrow(new AnalysisError('there is no cell "out.tcoo" to use as the output'));
    expect(() => sensitivity(referenceEngine(), { output: 'out.tco', inputs: [{ ref: 'deploy.mode' }] })).toThrow('deploy.mode is text "api", not a number, so it cannot be varied');
  });

  it('refuses a percentage of 100 or more', () => {
    expect(() => sensitivity(referenceEngine(), { output: 'out.tco', pct: 100 })).toThrow('the percentage must be above 0 and below 100, got 100');
  });
});
