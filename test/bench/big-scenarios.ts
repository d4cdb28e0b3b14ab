import { createScenarioEngine, loadScenario, serializeScenarioFile, setCellIn, toScenarioFile } from '../../models/scenario';
import { referenceTemplate } from '../../models/templates';
import type { Scenario, TableGrid } from '../../shared/scenario-schema';

/** The root input every cell of the big table reads, and that the key figures read too. */
export const BIG_ROOT = 'bench.seed';

/**
 * The reference template with a table of `rows` × `columns` formula cells
 * (`big.rN.cK`): the first column reads {@link BIG_ROOT}, every other one
 * the column before it, so an edit of the root recomputes the whole table;
 * the template's system prompt size reads the root as well (880 tokens instead of 800), so the TCO differs from the template's and moves with every edit.
 * This is how the benchmark and the e2e tests make scenarios far larger than
 * the template, as a user's grown model would be. `horizon` replaces the
 * template's 36 months (the reliability issue's scenario runs 600).
 */
export function bigScenario(rows: number, columns: number, horizon?: number): Scenario {
  const loaded = loadScenario(referenceTemplate.text);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const scenario = structuredClone(loaded.file.scenario);
  const prompt = scenario.grids.find((grid) => grid.name === 'prompt');
  const system = prompt?.kind === 'scalar' ? prompt.rows.find((row) => row.name === 'system_tokens') : undefined;
  if (!system) throw new Error('the template has no prompt.system_tokens');
  system.value = `=${BIG_ROOT} * 800`;
  scenario.grids.push({
    id: 'g-bench', name: 'bench', kind: 'scalar', label: { en: 'Benchmark root', zh: '基准根' },
    rows: [{ id: 'r-bench-seed', name: 'seed', label: { en: 'Seed', zh: '种子' }, value: 1.1, format: 'number' }],
  });
  const table: TableGrid = {
    id: 'g-big', name: 'big', kind: 'table', label: { en: `Big table (${rows} × ${columns})`, zh: `大表（${rows} × ${columns}）` },
    columns: Array.from({ length: columns }, (_, c) => ({ id: `c-big-${c + 1}`, name: `c${c + 1}`, label: `C${c + 1}`, format: 'number' as const })),
    rows: Array.from({ length: rows }, (_, r) => ({
      id: `r-big-${r}`,
      name: `r${r}`,
      cells: Object.fromEntries(Array.from({ length: columns }, (_, c) => [`c${c + 1}`, c === 0 ? `=${BIG_ROOT} * ${(r % 7) + 1}` : `=row.c${c} * 1.001 + ${c}`])),
    })),
  };
  scenario.grids.push(table);
  if (horizon !== undefined) {
    const problem = setCellIn(scenario, undefined, 'calendar.horizon_months', horizon);
    if (problem) throw new Error(problem);
  }
  return scenario;
}

/** {@link bigScenario} as the text of a `.tokencast` file. */
export function bigScenarioText(rows: number, columns: number, horizon?: number): string {
  return serializeScenarioFile(toScenarioFile(bigScenario(rows, columns, horizon), new Date('2026-11-23T00:00:00.000Z')));
}

/** The TCO of {@link bigScenario} as the UI shows it in `data-value`, with the root input set to `seed` if given. */
export function bigTco(rows: number, columns: number, options: { horizon?: number; seed?: number } = {}): string {
  const engine = createScenarioEngine(bigScenario(rows, columns, options.horizon));
  if (options.seed !== undefined) engine.set(BIG_ROOT, options.seed);
  return String(engine.get('out.tco'));
}
