import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../../build/cli.mjs', import.meta.url));

/** Runs the built CLI as a separate process, the way a user does; one that hangs is killed after 30 s (code -1). */
export function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON printed by `compute --json`. */
export function computeJson(...args: string[]): Record<string, unknown> {
  const { stdout, stderr } = runCli('compute', '--json', ...args);
  if (stdout === '') throw new Error(stderr);
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** Runs the built CLI with extra environment variables (a data folder of its own, say). */
export function runCliWith(env: Record<string, string>, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
