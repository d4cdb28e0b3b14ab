import { create, parseDependencies, type MathNode } from 'mathjs';
import { CellError } from './values';

/**
 * Parsing only: a private mathjs instance built from the parse dependencies
 * alone. It can turn text into a syntax tree and nothing else — no function of
 * it is ever called by a formula (our own compiler evaluates the tree).
 */
const math = create({ parseDependencies: parseDependencies! });

/** Formulas longer than this are refused before parsing. */
export const MAX_FORMULA_LENGTH = 20_000;
/** Syntax trees deeper than this are refused (deep trees would exhaust the stack). */
export const MAX_FORMULA_DEPTH = 200;

/** Parses the text after the "=" of a formula into a mathjs syntax tree, or a #VALUE! error. */
export function parseFormula(body: string): MathNode | CellError {
  if (body.length > MAX_FORMULA_LENGTH) {
    return new CellError('#VALUE!', `the formula is ${body.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`);
  }
  if (body.trim() === '') return new CellError('#VALUE!', 'the formula is empty');
  if (nestingDepth(body) > MAX_FORMULA_DEPTH) {
    return new CellError('#VALUE!', `the formula nests brackets more than ${MAX_FORMULA_DEPTH} levels deep`);
  }
  try {
    return math.parse(body);
  } catch (error) {
    return new CellError('#VALUE!', `syntax error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Bracket depth of the text, checked before parsing so the recursive parser never overflows. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}
