import type { z } from 'zod';
import { scenarioFileSchema, type ScenarioFile } from '../../shared/scenario-schema';
import { clipText, oneLine } from '../format/clip-text';
import { findJsonProblem, type JsonProblem, type JsonProblemCode } from './json-syntax';
import { migrate } from './migrate';
import { checkStructure } from './structure-checks';

/** A loaded file, or every reason it could not be loaded (each naming its place). */
export type LoadResult = { ok: true; file: ScenarioFile } | { ok: false; errors: string[] };

/**
 * How deep brackets may nest. A scenario needs seven levels; the limit keeps
 * every later step (migration, schema, structure checks), some of which
 * recurse over the data, far from the call stack's end.
 */
export const MAX_NESTING = 64;

/** The longest message a problem gets: a file can quote a megabyte-long name back at us. */
const MAX_MESSAGE = 300;

/**
 * Reads the text of a `.tokencast` file: JSON, then the envelope and
 * migration, then the schema, then the structure. Formulas are not judged
 * here: one that does not parse still loads and shows as a cell error.
 * Never throws: whatever the text, the answer is the file or its problems,
 * each one printable line of at most a few hundred characters.
 */
export function loadScenario(fileText: string): LoadResult {
  try {
    const result = load(fileText);
    return result.ok ? result : { ok: false, errors: result.errors.map((error) => clipText(oneLine(error), MAX_MESSAGE)) };
  } catch (error) {
    // A check that fails on some file it did not foresee must not take the app or the CLI down with it.
    return { ok: false, errors: [clipText(oneLine(`the file could not be read: ${error instanceof Error ? error.message : String(error)}`), MAX_MESSAGE)] };
  }
}

function load(fileText: string): LoadResult {
  // Editors on Windows may start UTF-8 files with a byte-order mark; JSON.parse does not accept one.
  const text = fileText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: ['the file is empty'] };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const migrated = migrate(parsed.value);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = scenarioFileSchema.safeParse(migrated.envelope);
  if (!result.success) return { ok: false, errors: result.error.issues.map(describeIssue) };
  const problems = checkStructure(result.data.scenario);
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, file: result.data };
}

/**
 * The JSON value of the text, or what is wrong with it and where. The native
 * parser reads well-formed text (a 10 MB file in tens of milliseconds); only
 * text it refuses, or nesting past {@link MAX_NESTING}, goes through the
 * scanner that names the place — five times slower, so not for every file.
 */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const problem = findJsonProblem(text, MAX_NESTING);
    return { ok: false, error: problem ? describeJsonProblem(text, problem) : `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (nestingDepth(text) > MAX_NESTING) {
    const problem = findJsonProblem(text, MAX_NESTING);
    if (problem) return { ok: false, error: describeJsonProblem(text, problem) };
  }
  return { ok: true, value };
}

/** How deep the brackets of well-formed JSON nest (text in strings skipped), in one pass over the characters. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/** A zod issue as `place: message`, the place written as in JavaScript (`scenario.grids[2].rows[5].value`). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const place = issue.path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
  const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return place ? `${place}: ${message}` : message;
}

const jsonProblems: Readonly<Record<JsonProblemCode, string>> = {
  InvalidSymbol: 'unexpected character',
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
  TooDeep: `brackets nested more than ${MAX_NESTING} deep`,
};

/** A JSON problem as words, with line and column; a problem at the very end means the file was cut short. */
function describeJsonProblem(text: string, problem: JsonProblem): string {
  const where = lineAndColumn(text, problem.offset);
  const what = jsonProblems[problem.code];
  if (problem.code === 'TooDeep') return `not a Tokencast scenario: ${what} at ${where}`;
  if (problem.offset >= text.trimEnd().length || problem.code === 'UnexpectedEndOfString') {
    return `the file is truncated or not complete JSON (${what} at ${where})`;
  }
  return `not JSON: ${what} at ${where}`;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
