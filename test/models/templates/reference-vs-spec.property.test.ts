import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONE, type CellInput, type Value } from '../../../models/engine';
import { specModel, type SpecInputs } from './spec-model';
import { computeJson } from '../cli/run-cli';
import { addRow, createScenarioEngine, deleteRow, setCell } from '../../../models/scenario';
import { closeEnough, referenceEngine, referenceScenario } from './template-helpers';

const rate = (max = 1) => fc.double({ min: 0, max, noNaN: true });
const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const whole = (min: number, max: number) => fc.integer({ min, max });

const language = fc.record({ share: rate(), tokens_per_unit: positive(0.5, 3), input_units: whole(1, 500), output_units: whole(1, 2000) });
const model = fc.record({ input_per_m: positive(0.01, 20), output_per_m: positive(0.01, 80), cached_per_m: positive(0, 10), batch_discount: rate(), traffic_share: rate() });

const inputs: fc.Arbitrary<SpecInputs> = fc.record({
  calendar: fc.record({ horizon_months: whole(1, 60), days_per_month: whole(28, 31), hours_per_month: whole(600, 744) }),
  traffic: fc.record({ requests_per_day: whole(1, 5_000_000), monthly_growth: positive(-0.1, 0.3), cache_hit_rate: rate(0.9), batch_share: rate(), peak_to_average: positive(1, 5) }),
  languages: fc.dictionary(fc.constantFrom('en', 'zh', 'ja', 'es', 'fr', 'de', 'pt_br'), language, { minKeys: 1 }),
  prompt: fc.record({ system_tokens: whole(0, 5000), context_tokens: whole(0, 20000), history_tokens: whole(0, 5000), cached_share: rate(), calls_per_request: whole(1, 8) }),
  models: fc.dictionary(fc.constantFrom('gpt_4o', 'gpt_4o_mini', 'claude_sonnet_4', 'deepseek_v3', 'qwen_max', 'local_llama'), model, { minKeys: 1 }),
  selfhost: fc.record({
    gpu_hourly: positive(0.5, 10), tokens_per_sec_per_gpu: whole(100, 10000), target_utilization: positive(0.1, 1), min_gpus: whole(0, 16),
    ops_monthly: whole(0, 50000), purchase_price_per_gpu: whole(1000, 60000), depreciation_months: whole(6, 60), power_kw_per_gpu: positive(0.1, 2),
    pue: positive(1, 2), kwh_price: positive(0.01, 0.5), colo_monthly_per_gpu: whole(0, 500),
  }),
  ft: fc.record({
    train_examples: whole(0, 100000), tokens_per_example: whole(1, 5000), epochs: whole(1, 10), train_price_per_m: positive(0, 30), retry_multiplier: whole(1, 20),
    gpu_hours: whole(0, 200), base_input_per_m: positive(0.1, 20), base_output_per_m: positive(0.1, 80), tuned_input_per_m: positive(0.01, 20), tuned_output_per_m: positive(0.01, 80),
    replaced_share: rate(), data_prep_once: whole(0, 100000),
  }),
  biz: fc.record({
    revenue_per_request: fc.oneof(fc.constant(0), positive(0.0001, 0.1)), value_monthly: whole(0, 200000), engineering_once: whole(0, 1e6), infra_setup_once: whole(0, 3e5),
    storage_monthly: whole(0, 10000), monitoring_monthly: whole(0, 10000), compliance_monthly: whole(0, 10000), personnel_monthly: whole(0, 100000), annual_price_decline: rate(0.9),
  }),
  deploy: fc.record({ mode: fc.constantFrom('api' as const, 'cloud' as const, 'onprem' as const) }),
});

/** Every input as `ref → value`, the way the CLI's --set would give them. */
function assignments(x: SpecInputs): Array<[string, CellInput]> {
  const cells: Array<[string, CellInput]> = [];
  for (const [grid, rows] of Object.entries(x)) {
    for (const [row, value] of Object.entries(rows as Record<string, unknown>)) {
      if (typeof value === 'object' && value !== null) {
        for (const [column, cell] of Object.entries(value)) cells.push([`${grid}.${row}.${column}`, cell as CellInput]);
      } else cells.push([`${grid}.${row}`, value as CellInput]);
    }
  }
  return cells;
}

const plain = (value: Value | undefined) => (value === NONE ? null : value);

/** The table rows to add and delete so the template has exactly the languages and models of `x`. */
function rowEdits(x: SpecInputs): { add: string[]; remove: string[] } {
  const template = referenceScenario();
  const add: string[] = [];
  const remove: string[] = [];
  for (const grid of ['languages', 'models'] as const) {
    const wanted = Object.keys(x[grid]);
    const present = template.grids.find((g) => g.name === grid)!.rows.map((row) => row.name);
    add.push(...wanted.filter((row) => !present.includes(row)).map((row) => `${grid}.${row}`));
    remove.push(...present.filter((row) => !wanted.includes(row)).map((row) => `${grid}.${row}`));
  }
  return { add, remove };
}

describe('the reference template against an independent implementation of the spec', () => {
  it('agrees on every output for random inputs, with any languages and models', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const scenario = referenceScenario();
        const { add, remove } = rowEdits(x);
        for (const target of add) expect(addRow(scenario, ...(target.split('.') as [string, string]))).toBeUndefined();
        for (const target of remove) expect(deleteRow(scenario, ...(target.split('.') as [string, string]))).toBeUndefined();
        for (const [ref, value] of assignments(x)) expect(setCell(scenario, ref, value)).toBeUndefined();
        const engine = createScenarioEngine(scenario);
        for (const [ref, expected] of Object.entries(specModel(x))) {
          if (expected !== null && !Number.isFinite(expected)) continue;
          const actual = plain(engine.get(ref));
          expect(closeEnough(actual, expected), `${ref}: template ${String(actual)}, spec ${expected}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees through the CLI: every input given with --set, the outputs read from --json', () => {
    for (const x of fc.sample(inputs, { numRuns: 4, seed: 20261123 })) {
      const { add, remove } = rowEdits(x);
      const json = computeJson(
        ...add.flatMap((row) => ['--add-row', row]),
        ...remove.flatMap((row) => ['--delete-row', row]),
        ...assignments(x).flatMap(([ref, value]) => ['--set', `${ref}=${String(value)}`]),
      );
      for (const [ref, expected] of Object.entries(specModel(x))) {
        if (expected !== null && !Number.isFinite(expected)) continue;
        expect(closeEnough(json[ref], expected), `${ref}: CLI ${String(json[ref])}, spec ${expected}`).toBe(true);
      }
    }
  });

  it('agrees when the self-hosting rate is linked to another GPU', () => {
    const engine = referenceEngine();
    engine.set('selfhost.gpu_hourly', '=gpus.a100_80gb.on_demand_hourly');
    const x = { ...defaults(engine), selfhost: { ...defaults(engine).selfhost, gpu_hourly: 2.5 } };
    expect(closeEnough(engine.get('out.tco_cloud'), specModel(x)['out.tco_cloud']!)).toBe(true);
  });
});

/** The template's own inputs as spec inputs. */
function defaults(engine: ReturnType<typeof referenceEngine>): SpecInputs {
  const x = {} as Record<string, Record<string, unknown>>;
  for (const ref of engine.refs()) {
    const [grid, row, column] = ref.split('.') as [string, string, string | undefined];
    if (!['calendar', 'traffic', 'languages', 'prompt', 'models', 'selfhost', 'ft', 'biz', 'deploy'].includes(grid)) continue;
    x[grid] ??= {};
    const value = engine.get(ref);
    if (column === undefined) x[grid][row] = value;
    else ((x[grid][row] ??= {}) as Record<string, unknown>)[column] = value;
  }
  return x as unknown as SpecInputs;
}
