import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NONE, isError, isFormula, toJsonValue, type CellInput } from '../../../models/engine';
import { failedChecks, outputValues, warnings } from '../../../models/outputs';
import { addRow, cellCatalog, createScenarioEngine, deleteRow, inputMisfits, loadScenario, scenarioCells, setCell } from '../../../models/scenario';
import type { Scenario } from '../../../shared/scenario-schema';
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
  'out.ft_max_retry_multiplier': 1017.79098980382,
};

describe('the reference template', () => {
  it('still opens as written by format 1, and computes the golden values it had', () => {
    const loaded = loadScenario(readFileSync(new URL('../../fixtures/reference-v1.tokencast', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const engine = createScenarioEngine(loaded.file.scenario);
    for (const [ref, expected] of Object.entries(golden)) {
      if (ref !== 'out.ft_max_retry_multiplier') expect(closeEnough(engine.get(ref), expected), ref).toBe(true);
    }
  });

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

  it('warns when traffic is impossible: negative requests, growth at −100 % or below, peak under average', () => {
    for (const [ref, value] of [['traffic.requests_per_day', -500], ['traffic.monthly_growth', -1], ['traffic.peak_to_average', 0.5]] as const) {
      const engine = referenceEngine();
      engine.set(ref, value);
      expect(failedChecks(engine), ref).toEqual(['checks.traffic_ok']);
    }
  });

  it('warns when a cache hit rate or batch share lies outside 0–100 %', () => {
    for (const [ref, value] of [['traffic.cache_hit_rate', 1.5], ['traffic.batch_share', -0.1]] as const) {
      const engine = referenceEngine();
      engine.set(ref, value);
      expect(failedChecks(engine), ref).toEqual(['checks.traffic_shares_ok']);
    }
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

describe('the reference template as its tables grow', () => {
  /** The template after document edits, computed. */
  function edited(edit: (scenario: Scenario) => void) {
    const scenario = referenceScenario();
    edit(scenario);
    return createScenarioEngine(scenario);
  }
  const fill = (scenario: Scenario, row: string, cells: Record<string, CellInput>) => {
    for (const [ref, value] of Object.entries(cells)) expect(setCell(scenario, `${row}.${ref}`, value)).toBeUndefined();
  };

  it('counts a new language row once its cells are filled, with no formula edited', () => {
    const engine = edited((scenario) => {
      addRow(scenario, 'languages', 'fr');
      fill(scenario, 'languages.fr', { share: 0.1, tokens_per_unit: 1.4, input_units: 60, output_units: 250, unit: 'word' });
      setCell(scenario, 'languages.en.share', 0.5);
    });
    const expectedUser = 0.5 * 60 * 1.33 + 0.3 * 90 * 0.98 + 0.05 * 90 * 1.1 + 0.05 * 60 * 1.5 + 0.1 * 60 * 1.4;
    expect(closeEnough(engine.get('out.input_tokens_per_call'), 800 + 1500 + 400 + expectedUser)).toBe(true);
    expect(failedChecks(engine)).toEqual([]);
  });

  it('adds nothing for a new language whose cells are still blank', () => {
    const engine = edited((scenario) => addRow(scenario, 'languages', 'fr'));
    expect(closeEnough(engine.get('out.input_tokens_per_call'), 2783.79)).toBe(true);
    expect(engine.get('languages.fr.weighted_input_tokens')).toBe(0);
  });

  it('counts a new model row once its cells are filled', () => {
    const engine = edited((scenario) => {
      addRow(scenario, 'models', 'small');
      fill(scenario, 'models.small', { input_per_m: 1, output_per_m: 2, cached_per_m: 0.5, batch_discount: 0, traffic_share: 0.2 });
      setCell(scenario, 'models.gpt_4o_mini.traffic_share', 0.5);
    });
    const input = 2783.79;
    const output = 357.85;
    const small = (input * 0.7 * 1 + input * 0.3 * 0.5 + output * 2) / 1e6;
    const mini = (input * 0.7 * 0.15 + input * 0.3 * 0.075 + output * 0.6) / 1e6 * 0.95;
    const big = (input * 0.7 * 2.5 + input * 0.3 * 1.25 + output * 10) / 1e6 * 0.95;
    expect(closeEnough(engine.get('out.api_cost_per_call'), 0.3 * big + 0.5 * mini + 0.2 * small)).toBe(true);
  });

  it('leaves no error anywhere after a language is deleted and the shares fixed', () => {
    const engine = edited((scenario) => {
      deleteRow(scenario, 'languages', 'es');
      setCell(scenario, 'languages.en.share', 0.65);
    });
    for (const ref of engine.refs()) expect(isError(engine.get(ref)!), ref).toBe(false);
    expect(failedChecks(engine)).toEqual([]);
  });

  it('leaves no error anywhere after a model nobody names is deleted', () => {
    const engine = edited((scenario) => deleteRow(scenario, 'models', 'claude_sonnet_4'));
    for (const ref of engine.refs()) expect(isError(engine.get(ref)!), ref).toBe(false);
  });

  it('says by how much the language shares miss 100 %', () => {
    const engine = edited((scenario) => setCell(scenario, 'languages.en.share', 0.9));
    const scenario = referenceScenario();
    expect(warnings(engine, cellCatalog(scenario), 'en', []).map((w) => w.text)).toEqual(['Language shares sum to 130.0%, not 100%']);
    expect(warnings(engine, cellCatalog(scenario), 'zh', []).map((w) => w.text)).toEqual(['语言占比合计为 130.0%，而不是 100%']);
  });

  it('says which cells hold text where a number is expected, and which hold no option of theirs, first', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'traffic.requests_per_day', 'ten thousand');
    setCell(scenario, 'deploy.mode', 'edge');
    const engine = createScenarioEngine(scenario);
    expect(warnings(engine, cellCatalog(scenario), 'en', inputMisfits(scenario)).map((w) => w.text).slice(0, 2)).toEqual([
      'Text where a number is expected (outputs that read it show #VALUE!): traffic.requests_per_day (“ten thousand”)',
      'Not one of the cell\'s options: deploy.mode (“edge”)',
    ]);
    expect(warnings(engine, cellCatalog(scenario), 'zh', inputMisfits(scenario))[0]!.text).toBe('应为数字的单元格中是文本（读取它的结果会显示 #VALUE!）：traffic.requests_per_day（“ten thousand”）');
  });

  it('names the blank cells of a half-filled model row in its warning', () => {
    const scenario = referenceScenario();
    addRow(scenario, 'models', 'qwen');
    for (const column of ['input_per_m', 'output_per_m', 'cached_per_m', 'traffic_share']) setCell(scenario, `models.qwen.${column}`, 0);
    const engine = createScenarioEngine(scenario);
    expect(warnings(engine, cellCatalog(scenario), 'en', []).map((w) => w.text))
      .toContain('1 model cell(s) are blank and count as 0, and a blank price is free (models.qwen.batch_discount): fill them or delete the row');
  });

  it('prices rented GPUs at the reserved rate when asked, 0.6 × on-demand', () => {
    const engine = edited((scenario) => setCell(scenario, 'selfhost.gpu_pricing', 'reserved'));
    expect(engine.get('selfhost.gpu_hourly')).toBeCloseTo(3, 12);
  });

  it('names no single language or model row in a formula meant for all of them', () => {
    const formulas = scenarioCells(referenceScenario()).filter(([ref, input]) => !ref.startsWith('ft.') && typeof input === 'string' && input.startsWith('='));
    for (const [ref, formula] of formulas) expect(formula as string, ref).not.toMatch(/\b(languages|models)\.[a-z0-9_]+\.[a-z]/);
  });
});
