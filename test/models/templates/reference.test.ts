import { describe, expect, it } from 'vitest';
import { NONE, isFormula, toJsonValue } from '../../../models/engine';
import { failedChecks, outputValues } from '../../../models/outputs';
import { closeEnough, referenceEngine, referenceScenario } from './template-helpers';

/** The golden values of model-spec.md. */
const golden: Record<string, number> = {
  'out.input_tokens_per_call': 2783.79,
  'out.output_tokens_per_call': 357.85,
  'out.api_cost_per_call': 0.003084618063375,
  'out.cost_per_request': 0.0024676944507,
  'out.gross_margin': 0.383076387325,
  'out.tco': 939719.752476018,
  'out.tco_cloud': 1337200,
  'out.tco_onprem': 1154896.384,
  'out.payback_month': 12,
  'out.roi': 0.619967223601852,
  'out.ft_once': 450,
  'out.ft_breakeven_calls': 48525.7970685674,
  'out.ft_breakeven_month': 1,
  'out.selfhost_breakeven_requests_per_day': 164796.199363868,
};

describe('the reference template', () => {
  it.each(Object.entries(golden))('computes %s = %d as in the spec', (ref, expected) => {
    expect(closeEnough(referenceEngine().get(ref), expected)).toBe(true);
  });

  it('pays back in month 22 with rented GPUs', () => {
    const engine = referenceEngine();
    engine.set('deploy.mode', 'cloud');
    expect(engine.get('out.payback_month')).toBe(22);
  });

  it('pays back in month 16 with owned GPUs', () => {
    const engine = referenceEngine();
    engine.set('deploy.mode', 'onprem');
    expect(engine.get('out.payback_month')).toBe(16);
  });

  it('names a deployment mode it does not know', () => {
    const engine = referenceEngine();
    engine.set('deploy.mode', 'edge');
    expect(toJsonValue(engine.get('out.tco')!)).toMatchObject({ error: '#N/A' });
  });

  it('has no payback when revenue never covers cost', () => {
    const engine = referenceEngine();
    engine.set('biz.value_monthly', 0);
    engine.set('biz.revenue_per_request', 0.001);
    expect(engine.get('out.payback_month')).toBe(NONE);
  });

  it('has no gross margin when revenue per request is 0', () => {
    const engine = referenceEngine();
    engine.set('biz.revenue_per_request', 0);
    expect(engine.get('out.gross_margin')).toBe(NONE);
  });

  it('has no fine-tune breakeven when the tuned model saves nothing', () => {
    const engine = referenceEngine();
    engine.set('ft.tuned_input_per_m', 100);
    expect([engine.get('out.ft_breakeven_calls'), engine.get('out.ft_breakeven_tokens'), engine.get('out.ft_breakeven_month')]).toEqual([NONE, NONE, NONE]);
  });

  it('links the self-hosting GPU rate to the GPUs grid', () => {
    const engine = referenceEngine();
    const before = engine.get('out.tco_cloud');
    engine.set('gpus.h100_80gb.on_demand_hourly', 6);
    expect(engine.get('out.tco_cloud')).not.toBe(before);
  });

  it('has no failed checks as shipped', () => {
    expect(failedChecks(referenceEngine())).toEqual([]);
  });

  it('warns when the language shares do not sum to 1', () => {
    const engine = referenceEngine();
    engine.set('languages.en.share', 0.5);
    expect(failedChecks(engine)).toEqual(['checks.language_shares_ok']);
  });

  it('warns when the model traffic shares do not sum to 1', () => {
    const engine = referenceEngine();
    engine.set('models.gpt_4o.traffic_share', 0.5);
    expect(failedChecks(engine)).toEqual(['checks.model_shares_ok']);
  });

  it('gives every input cell a label, a unit (or a text format), a note and a source', () => {
    for (const grid of referenceScenario().grids) {
      if (grid.kind === 'table') {
        for (const row of grid.rows) expect([row.label, row.note, row.source], `${grid.name}.${row.name}`).not.toContain(undefined);
        continue;
      }
      for (const row of grid.rows) {
        const ref = `${grid.name}.${row.name}`;
        expect(row.label, ref).toBeDefined();
        if (isFormula(row.value)) continue;
        expect(row.unit ?? row.format, ref).toBeDefined();
        expect([row.note, row.source], ref).not.toContain(undefined);
      }
    }
  });

  it('gives every table column a label and a unit or a text format', () => {
    for (const grid of referenceScenario().grids) {
      if (grid.kind !== 'table') continue;
      for (const column of grid.columns) expect([column.label, column.unit ?? column.format], `${grid.name}.${column.name}`).not.toContain(undefined);
    }
  });

  it('computes every output without an error', () => {
    for (const [ref, value] of outputValues(referenceEngine())) expect(toJsonValue(value), ref).not.toHaveProperty('error');
  });
});

describe('extending the reference template', () => {
  it('takes a new language row into account once the token formulas name it', () => {
    const engine = referenceEngine();
    engine.batch((edits) => {
      for (const [column, value] of Object.entries({ share: 0.1, tokens_per_unit: 1.4, input_units: 60, output_units: 250, unit: 'word' })) {
        edits.set(`languages.fr.${column}`, value);
      }
      edits.set('languages.fr.weighted_input_tokens', '=row.share * row.input_units * row.tokens_per_unit');
      edits.set('languages.fr.weighted_output_tokens', '=row.share * row.output_units * row.tokens_per_unit');
      edits.set('languages.en.share', 0.5);
      edits.set('derived.user_tokens', `=${engine.input('derived.user_tokens')!.toString().slice(1)} + languages.fr.weighted_input_tokens`);
    });
    const expectedUser = 0.5 * 60 * 1.33 + 0.3 * 90 * 0.98 + 0.05 * 90 * 1.1 + 0.05 * 60 * 1.5 + 0.1 * 60 * 1.4;
    expect(closeEnough(engine.get('out.input_tokens_per_call'), 800 + 1500 + 400 + expectedUser)).toBe(true);
    expect(failedChecks(engine)).toEqual(['checks.language_shares_ok']);
  });

  it('takes a new model row into account once the cost formula names it', () => {
    const engine = referenceEngine();
    engine.batch((edits) => {
      for (const [column, value] of Object.entries({ input_per_m: 1, output_per_m: 2, cached_per_m: 0.5, batch_discount: 0, traffic_share: 0.2 })) {
        edits.set(`models.small.${column}`, value);
      }
      edits.set('models.small.call_cost', engine.input('models.gpt_4o.call_cost')!);
      edits.set('models.small.weighted_cost', '=row.traffic_share * row.call_cost');
      edits.set('models.gpt_4o_mini.traffic_share', 0.5);
      edits.set('derived.api_cost_per_call', `=${engine.input('derived.api_cost_per_call')!.toString().slice(1)} + models.small.weighted_cost`);
    });
    const input = 2783.79;
    const output = 357.85;
    const small = (input * 0.7 * 1 + input * 0.3 * 0.5 + output * 2) / 1e6;
    const mini = (input * 0.7 * 0.15 + input * 0.3 * 0.075 + output * 0.6) / 1e6 * 0.95;
    const big = (input * 0.7 * 2.5 + input * 0.3 * 1.25 + output * 10) / 1e6 * 0.95;
    expect(closeEnough(engine.get('out.api_cost_per_call'), 0.3 * big + 0.5 * mini + 0.2 * small)).toBe(true);
  });
});
