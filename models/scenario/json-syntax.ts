import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind and ScanError are const enums, which isolated
// modules cannot import; these are their values.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const STRING = 10;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const WHITESPACE = 15;
const UNKNOWN = 16;
const EOF = 17;
const SCALARS: ReadonlySet<number> = new Set([7, 8, 9, STRING, 11]);
const SCAN_ERRORS = ['', 'UnexpectedEndOfComment', 'UnexpectedEndOfString', 'UnexpectedEndOfNumber', 'InvalidUnicode', 'InvalidEscapeCharacter', 'InvalidCharacter'] as const;

/** What is wrong at a place in JSON text: jsonc-parser's error names, plus `TooDeep` for nesting past the limit. */
export type JsonProblemCode =
  | 'InvalidSymbol' | 'PropertyNameExpected' | 'ValueExpected' | 'ColonExpected' | 'CommaExpected' | 'CloseBraceExpected'
  | 'CloseBracketExpected' | 'EndOfFileExpected' | 'InvalidCommentToken' | Exclude<(typeof SCAN_ERRORS)[number], ''> | 'TooDeep';

/** The first problem in JSON text, at a character offset. */
export interface JsonProblem {
  readonly offset: number;
  readonly code: JsonProblemCode;
}

/**
 * Finds the first syntax error of strict JSON (no comments, no trailing
 * commas), or the first bracket nested deeper than `maxDepth`. It keeps its
 * own stack rather than recursing — jsonc-parser's parser recurses once per
 * bracket and overflows the call stack on a few thousand — so any text, however
 * deep, ends in an answer.
 */
export function findJsonProblem(text: string, maxDepth: number): JsonProblem | undefined {
  const scanner = createScanner(text, false);
  const open: number[] = [];
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after' = 'value';
  for (;;) {
    const kind: number = scanner.scan();
    const offset = scanner.getTokenOffset();
    if (kind === WHITESPACE || kind === LINE_BREAK) continue;
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) return { offset, code: 'InvalidCommentToken' };
    const scanError = SCAN_ERRORS[scanner.getTokenError()];
    if (scanError) return { offset, code: scanError };
    if (kind === UNKNOWN) return { offset, code: 'InvalidSymbol' };
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (kind === CLOSE_BRACKET && expect === 'value-or-close') {
          open.pop();
          expect = 'after';
        } else if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
          if (open.length >= maxDepth) return { offset, code: 'TooDeep' };
          open.push(kind);
          expect = kind === OPEN_BRACE ? 'key-or-close' : 'value-or-close';
        } else if (SCALARS.has(kind)) {
          expect = 'after';
        } else {
          return { offset, code: 'ValueExpected' };
        }
        break;
      case 'key':
      case 'key-or-close':
        if (kind === CLOSE_BRACE && expect === 'key-or-close') {
          open.pop();
          expect = 'after';
        } else if (kind === STRING) {
          expect = 'colon';
        } else {
          return { offset, code: 'PropertyNameExpected' };
        }
        break;
      case 'colon':
        if (kind !== COLON) return { offset, code: 'ColonExpected' };
        expect = 'value';
        break;
      case 'after': {
        const inside = open[open.length - 1];
        if (inside === undefined) return kind === EOF ? undefined : { offset, code: 'EndOfFileExpected' };
        const close = inside === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        if (kind === COMMA) {
          expect = inside === OPEN_BRACE ? 'key' : 'value';
        } else if (kind === close) {
          open.pop();
        } else if (kind === EOF) {
          return { offset, code: inside === OPEN_BRACE ? 'CloseBraceExpected' : 'CloseBracketExpected' };
        } else {
          return { offset, code: 'CommaExpected' };
        }
        break;
      }
    }
  }
}
