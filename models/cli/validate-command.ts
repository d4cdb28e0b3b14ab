import { isError, sameValue, type Engine } from '../engine';
import { failedChecks } from '../outputs';
import { createScenarioEngine, loadScenario } from '../scenario';
import type { CliIo } from './cli-io';
import { readScenarioText } from './open-scenario';

/**
 * Reports every problem of a file. Structural problems (the file cannot be
 * opened): each on stderr, exit 2. Cells whose formula fails: each on stdout
 * with the cells it spoils, exit 1. Failed checks are warnings. Clean: exit 0.
 */
export function validateCommand(path: string, io: CliIo): number {
  const result = loadScenario(readScenarioText(path, io));
  if (!result.ok) {
    for (const error of result.errors) io.err(`${path}: ${error}\n`);
    return 2;
  }
  const engine = createScenarioEngine(result.file.scenario);
  const origins = errorOrigins(engine);
  for (const [ref, affected] of origins) {
    const error = engine.get(ref);
    if (error === undefined || !isError(error)) continue;
    const spread = affected > 0 ? ` (affects ${affected} other cell${affected > 1 ? 's' : ''})` : '';
    io.out(`${path}: ${ref}: ${error.code} ${error.message}${spread}\n`);
  }
  for (const ref of failedChecks(engine)) io.out(`${path}: warning: ${ref} is not true\n`);
  if (origins.size === 0) io.out(`${path}: ok — ${result.file.scenario.grids.length} grids, ${engine.refs().length} cells\n`);
  return origins.size > 0 ? 1 : 0;
}

/** Cells whose error is their own (no input has that same error), with how many cells show it downstream. */
function errorOrigins(engine: Engine): Map<string, number> {
  const origins = new Map<string, number>();
  for (const ref of engine.refs()) {
    const value = engine.get(ref)!;
    if (!isError(value)) continue;
    const origin = originOf(engine, ref);
    origins.set(origin, (origins.get(origin) ?? 0) + (origin === ref ? 0 : 1));
  }
  return origins;
}

/** Follows an error upstream through inputs that show the very same error. */
function originOf(engine: Engine, ref: string): string {
  const value = engine.get(ref)!;
  const seen = new Set([ref]);
  let current = ref;
  for (;;) {
    const next = engine.dependenciesOf(current).find((dep) => !seen.has(dep) && sameValue(engine.get(dep) ?? 0, value));
    if (next === undefined) return current;
    seen.add(next);
    current = next;
  }
}
