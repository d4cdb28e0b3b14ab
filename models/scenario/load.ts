import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
export function loadScenario(fileText: string): LoadResult {
  // Editors on Windows may start UTF-8 files with a byte-order mark; JSON.parse does not accept one.
  const text = fileText.replace(/^\uFEFF/, '');
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

const jsonProblems: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated text',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in text',
};

/**
 * JSON.parse says what is wrong but (in V8) often not where; jsonc-parser's
 * scanner finds the offset of the first error, which becomes line and column.
 */
function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'the file is empty';
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  const before = text.slice(0, first.offset).split('\n');
  const where = `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
  const code = printParseErrorCode(first.error);
  const what = jsonProblems[code] ?? code;
  if (first.offset >= text.trimEnd().length || code === 'UnexpectedEndOfString') {
    return `the file is truncated or not complete JSON (${what} at ${where})`;
  }
  return `not JSON: ${what} at ${where}`;
}
