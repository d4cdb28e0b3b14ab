import { describe, expect, it } from 'vitest';
import { CellError, NONE, formulaProblem } from '../../../models/engine';
import { evaluate } from './engine-helpers';
import { parseShape } from '../../../models/engine/parse';

describe('formula compiler', () => {
  it('computes arithmetic with the usual precedence', () => {
    expect(evaluate('=1 + 2 * 3 ^ 2 - 4 / 2')).toBe(17);
  });

  it('reads scalar cells by grid.row', () => {
    expect(evaluate('=a.b * 2', { 'a.b': 21 })).toBe(42);
  });

  it('reads table cells by grid.row.column', () => {
    expect(evaluate('=languages.zh.share + 1', { 'languages.zh.share': 0.5 })).toBe(1.5);
  });

  it('reads the same row of a table with row.column', () => {
    const value = evaluate('=1', { 'models.big.price': 4, 'models.big.double': '=row.price * 2' });
    expect(value).toBe(1);
    expect(evaluate('=models.big.double', { 'models.big.price': 4, 'models.big.double': '=row.price * 2' })).toBe(8);
  });

  it('turns t into the month index series', () => {
    expect(Array.from(evaluate('=t * 10', {}, 3) as Float64Array)).toEqual([10, 20, 30]);
  });

  it('broadcasts scalars against series', () => {
    expect(Array.from(evaluate('=2 ^ (t - 1) + a.b', { 'a.b': 1 }, 4) as Float64Array)).toEqual([2, 3, 5, 9]);
  });

  it('reads one month of a series with brackets, counting from 1', () => {
    expect(evaluate('=a.s[2]', { 'a.s': '=t * 5' })).toBe(10);
  });

  it('quotes the term that failed when a cell plus or times a number is not a number', () => {
    expect((evaluate('=a.s * 2 + 1', { 'a.s': 'text' }) as CellError).message).toBe('a.s * 2 expects a number, got text "text"');
    expect((evaluate('=2 * a.s', { 'a.s': 'text' }) as CellError).message).toBe('2 * a.s expects a number, got text "text"');
  });

  it('adds a number to a whole expression and to a series', () => {
    expect(evaluate('=(a.b + 1) * 2', { 'a.b': 3 })).toBe(8);
    expect(Array.from(evaluate('=1 + a.s * 2', { 'a.s': '=t' }, 3) as Float64Array)).toEqual([3, 5, 7]);
  });

  it('compares text for equality', () => {
    expect(evaluate('=deploy.mode == "api"', { 'deploy.mode': 'api' })).toBe(true);
  });

  it('understands percentages', () => {
    expect(evaluate('=50%')).toBe(0.5);
  });

  it('gives none for a null literal and the none name', () => {
    expect(evaluate('=none')).toBe(NONE);
  });

  it('propagates none through arithmetic', () => {
    expect(evaluate('=a.b * 2', { 'a.b': '=none' })).toBe(NONE);
  });

  it('chooses a branch with the conditional operator without evaluating the other', () => {
    expect(evaluate('=a.b == 0 ? 0 : 1 / a.b', { 'a.b': 0 })).toBe(0);
  });

  it('names a syntax error by quoting where it is, in words', () => {
    const error = evaluate('=1 + * 2') as CellError;
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe('syntax error: a value is missing before “* 2”');
  });

  it('says what is wrong with a formula in Chinese when asked', () => {
    expect(formulaProblem('1 +', 'zh')).toBe('公式有误：“1 +”之后还缺少内容');
    expect(formulaProblem('', 'zh')).toBe('公式为空');
    expect(formulaProblem('1 + 2', 'zh')).toBeUndefined();
  });

  it.each([
    ['=1 +', 'the formula ends too soon: something is missing after “1 +”'],
    ['=(1 + 2', 'a “(” is not closed: “)” is missing'],
    ['=1 2', '“2” does not belong after “1” (an operator is missing between them)'],
    ['="abc', 'a text in quotes is not closed: a “"” is missing'],
  ])('says what is wrong with %s', (formula, problem) => {
    expect((evaluate(formula) as CellError).message).toBe(`syntax error: ${problem}`);
  });

  it('names an unknown name', () => {
    expect(evaluate('=foo + 1')).toEqual(new CellError('#NAME?', 'unknown name "foo"'));
  });

  it('names a missing row of an existing grid as #REF!', () => {
    expect(evaluate('=languages.fr.share', { 'languages.en.share': 1 })).toEqual(new CellError('#REF!', 'there is no cell languages.fr.share'));
  });

  it('names an unknown function', () => {
    expect(evaluate('=ones(3)')).toEqual(new CellError('#NAME?', 'unknown function "ones"'));
  });

  it('names a wrong number of arguments with the signature', () => {
    expect((evaluate('=lag(t, 1, 0, 4)') as CellError).message).toBe('lag takes 1 to 3 arguments, got 4: lag(x, months = 1, fill = 0)');
  });

  it('names division by zero and where it happened', () => {
    expect(evaluate('=a.b / (a.b - 2)', { 'a.b': 2 })).toEqual(new CellError('#DIV/0!', 'division by zero in a.b / (a.b - 2)'));
  });

  it('names the month of a division by zero inside a series', () => {
    expect((evaluate('=1 / (t - 3)') as CellError).message).toBe('division by zero in month 3 of 1 / (t - 3)');
  });

  it('refuses arithmetic on text with a #VALUE!', () => {
    expect(evaluate('=a.b * 2', { 'a.b': 'api' })).toEqual(new CellError('#VALUE!', 'a.b * 2 expects a number, got text "api"'));
  });

  it('turns overflow into #NUM!', () => {
    expect((evaluate('=10 ^ 400') as CellError).code).toBe('#NUM!');
  });

  it('refuses assignments', () => {
    expect((evaluate('=x = 3') as CellError).message).toMatch(/cannot assign/);
  });

  it('refuses a bare grid name', () => {
    expect(evaluate('=a + 1', { 'a.b': 1 })).toEqual(new CellError('#REF!', 'a is a grid: name one of its cells, like a.<row>'));
  });
});

describe('parsing by shape', () => {
  it('parses formulas that differ only in the cells they name once', () => {
    const a = parseShape('d.c1 * 0.5 + d.c7 * 0.25 + 1');
    const b = parseShape('d.c2 * 0.5 + d.c9 * 0.25 + 1');
    expect(a.tree).toBe(b.tree);
    expect(b.refs).toEqual(['d.c2', 'd.c9']);
  });

  it('leaves dotted text in quotes alone', () => {
    expect(parseShape('concat("a.b", x.y)').refs).toEqual(['x.y']);
  });

  it('quotes what the user typed in a syntax error, not placeholders', () => {
    const { tree } = parseShape('a.b +* c.d');
    expect((tree as CellError).message).not.toContain('__tc_ref_');
  });
});
