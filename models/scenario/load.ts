import type { z } from 'zod';
import { scenarioFileSchema, type ScenarioFile } from '../../shared/scenario-schema';
import { migrate } from './migrate';
import { checkStructure } from './structure-checks';

/** A loaded file, or every reason it could not be loaded (each naming its place). */
export type LoadResult = { ok: true; file: ScenarioFile } | { ok: false; errors: string[] };

/**
 * Reads the text of a `.tokencast` file: JSON, then the envelope and
 * migration, then the schema, then the structure. Formulas are not judged
 * here: one that does not parse still loads and shows as a cell error.
 */
export function loadScenario(text: string): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error)] };
  }
  const migrated = migrate(parsed);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = scenarioFileSchema.safeParse(migrated.envelope);
  if (!result.success) return { ok: false, errors: result.error.issues.map(describeIssue) };
  const problems = checkStructure(result.data.scenario);
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, file: result.data };
}

/** A zod issue as `place: message`, the place written as in JavaScript (`scenario.grids[2].rows[5].value`). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const place = issue.path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
  const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return place ? `${place}: ${message}` : message;
}

function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'the file is empty';
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (/end of JSON input|Unterminated/i.test(message)) return `the file is truncated or not complete JSON (${message})`;
  if (!position) return `not JSON: ${message}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return `not JSON: ${message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}
