import { integerRefs, sensitivity, simulate, solve } from '../../models/analysis';
import { createScenarioEngine, loadScenario } from '../../models/scenario';
import { referenceTemplate } from '../../models/templates';
import type { InputRange } from '../../shared/scenario-schema';
import { medianMs } from './measure';

/** The five ranges of `simulate10k_ms`: traffic, growth, price, prompt size and GPU throughput, one of each distribution. */
export const BENCH_RANGES: readonly InputRange[] = [
  { ref: 'traffic.requests_per_day', dist: 'lognormal', low: 5000, high: 20000 },
  { ref: 'traffic.monthly_growth', dist: 'triangular', low: 0, high: 0.08, mode: 0.034 },
  { ref: 'biz.revenue_per_request', dist: 'uniform', low: 0.002, high: 0.006 },
  { ref: 'prompt.context_tokens', dist: 'normal', low: 1000, high: 2000 },
  { ref: 'selfhost.tokens_per_sec_per_gpu', dist: 'pert', low: 1500, high: 4000, mode: 2500 },
];

/**
 * The what-if analyses on the template, each on one engine made beforehand
 * (the analysis reuses it, as the CLI and the app do): a tornado of every
 * numeric input ±20 % on out.tco, 10,000 Monte Carlo samples of five
 * ranges, and the self-hosting crossover (goal seek on out.tco_cloud −
 * out.tco_api with GPUs serving 10,000 tokens/s, so that there is one).
 */
export function whatIfBench(record: (key: string, value: number, target?: string) => void): void {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const integers = integerRefs(loaded.file.scenario);
  const engine = createScenarioEngine(loaded.file.scenario);
  record('sensitivity_all_ms', medianMs(() => sensitivity(engine, { output: 'out.tco', integers }), 15), '< 50');
  record('simulate10k_ms', medianMs(() => simulate(engine, { ranges: BENCH_RANGES, samples: 10_000, seed: 1, integers }), 5, 1), '< 1500');
  engine.set('selfhost.tokens_per_sec_per_gpu', 10_000);
  const crossover = { vary: 'traffic.requests_per_day', output: '=out.tco_cloud - out.tco_api', target: 0, min: 1000, max: 1e6, integers };
  if (solve(engine, crossover).value === null) throw new Error('the crossover of the solve benchmark has no solution');
  record('solve_ms', medianMs(() => solve(engine, crossover), 30), '< 20');
}
