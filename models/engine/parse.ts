import { create, parseDependencies, type MathNode } from 'mathjs';
import type { Lang } from '../../shared/lang';
import { limitProblem, syntaxProblem } from './syntax-problem';
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
  return refuse(body) ?? parseChecked(body);
}

/** Why a formula is refused before parsing (too long, empty, too deep), if it is, in `lang`. */
function refusal(body: string, lang: Lang): string | undefined {
  if (body.length > MAX_FORMULA_LENGTH) return limitProblem('tooLong', { n: body.length, max: MAX_FORMULA_LENGTH }, lang);
  if (body.trim() === '') return limitProblem('empty', {}, lang);
  if (nestingDepth(body) > MAX_FORMULA_DEPTH) return limitProblem('tooDeep', { max: MAX_FORMULA_DEPTH }, lang);
  return undefined;
}

function refuse(body: string): CellError | undefined {
  const reason = refusal(body, 'en');
  return reason === undefined ? undefined : new CellError('#VALUE!', reason);
}

/** The parser's complaint about a formula, in `lang`; undefined when it parses. */
function parseProblem(body: string, lang: Lang): string | undefined {
  try {
    math.parse(body);
    return undefined;
  } catch (error) {
    return syntaxProblem(error instanceof Error ? error.message : String(error), body, lang);
  }
}

function parseChecked(body: string): MathNode | CellError {
  try {
    return math.parse(body);
  } catch (error) {
    return new CellError('#VALUE!', syntaxProblem(error instanceof Error ? error.message : String(error), body, 'en'));
  }
}

/**
 * Why a formula cannot be computed as written, before it is stored: too
 * long, empty, nested too deep, or not well formed; undefined when it
 * parses. (A formula that parses may still name a cell that does not exist:
 * that is #NAME? or #REF! in its cell, not a refusal.)
 */
export function formulaProblem(body: string, lang: Lang = 'en'): string | undefined {
  // Parsed as the engine parses it, references as placeholders: a row named like an operator (`in`) is no problem.
  const { tree } = parseShape(body);
  if (!(tree instanceof CellError)) return undefined;
  // The engine's own message is English; another language asks again, in its words.
  return lang === 'en' ? tree.message : refusal(body, lang) ?? parseProblem(body, lang) ?? tree.message;
}

/** A formula's shape: its syntax tree with each reference a placeholder symbol, and the references in order. */
export interface FormulaShape {
  readonly tree: MathNode | CellError;
  /** The dotted name placeholder n stands for (`languages.share`). */
  readonly refs: readonly string[];
}

/** The prefix of placeholder symbols; a formula that contains it is parsed as it is. */
export const PLACEHOLDER = '__tc_ref_';
const MAX_SHAPES = 50_000;
const shapes = new Map<string, MathNode | CellError>();
// Text in quotes is left alone; a dotted name (grid.row, grid.row.column, row.column) becomes a placeholder.
const REFERENCE_OR_TEXT = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g;

/**
 * Parses a formula once per shape: formulas that differ only in the cells
 * they name (a column formula down 2,000 rows, a chain of similar cells)
 * share one syntax tree. Parsing dominates loading a large model, and most of
 * a spreadsheet's formulas repeat a few shapes.
 */
export function parseShape(body: string): FormulaShape {
  const refused = refuse(body);
  if (refused) return { tree: refused, refs: [] };
  if (body.includes(PLACEHOLDER) || body.includes('#')) return { tree: parseChecked(body), refs: [] };
  const refs: string[] = [];
  const shape = body.replace(REFERENCE_OR_TEXT, (match, text: string | undefined, ref: string) => (text !== undefined ? match : `${PLACEHOLDER}${refs.push(ref) - 1}`));
  let tree = shapes.get(shape);
  if (tree === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    tree = parseChecked(shape);
    // A syntax error must quote what the user typed, not the placeholders.
    if (tree instanceof CellError && refs.length > 0) return { tree: parseChecked(body), refs: [] };
    shapes.set(shape, tree);
  }
  return { tree, refs };
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
