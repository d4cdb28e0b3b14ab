import { describe, expect, it } from 'vitest';
import type { CellError} from '../../../models/engine';
import { BLANK, createEngine, isError } from '../../../models/engine';
import { engineWith, evaluate } from './engine-helpers';

const languages = {
  'lang.en.share': 0.6, 'lang.en.tokens': 100, 'lang.en.unit': 'word',
  'lang.zh.share': 0.4, 'lang.zh.tokens': 50, 'lang.zh.unit': 'char',
};

describe('whole-column references', () => {
  it('sum a column over every row', () => {
    expect(evaluate('=sum(lang.share)', languages)).toBeCloseTo(1, 12);
  });

  it('follow a row added later', () => {
    const engine = engineWith({ ...languages, 'out.total': '=sum(lang.tokens)' });
    engine.batch((edits) => {
      edits.set('lang.fr.share', 0.1);
      edits.set('lang.fr.tokens', 25);
    });
    expect(engine.get('out.total')).toBe(175);
  });

  it('drop a deleted row without an error', () => {
    const engine = engineWith({ ...languages, 'out.total': '=sum(lang.tokens)' });
    engine.batch((edits) => {
      for (const column of ['share', 'tokens', 'unit']) edits.remove(`lang.zh.${column}`);
    });
    expect(engine.get('out.total')).toBe(100);
  });

  it('keep #REF! for a formula that named the deleted row itself', () => {
    const engine = engineWith({ ...languages, 'out.zh': '=lang.zh.tokens' });
    engine.remove('lang.zh.tokens');
    expect((engine.get('out.zh') as CellError).code).toBe('#REF!');
  });

  it('sum to 0 over a declared column with no rows', () => {
    const engine = createEngine([['calendar.horizon_months', 3], ['out.total', '=sum(lang.tokens)']], { columns: ['lang.tokens'] });
    expect(engine.get('out.total')).toBe(0);
  });

  it('start working once a column a formula named gets its first cell', () => {
    const engine = engineWith({ 'out.total': '=sum(lang.tokens)' });
    expect(isError(engine.get('out.total')!)).toBe(true);
    engine.set('lang.en.tokens', 7);
    expect(engine.get('out.total')).toBe(7);
  });

  it('refuse a whole column outside an aggregate, saying how to use it', () => {
    const value = evaluate('=lang.share * 2', languages) as CellError;
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toMatch(/lang\.share is a whole column: use it inside sum/);
  });

  it('list the column cells among what a formula reads', () => {
    const engine = engineWith({ ...languages, 'out.total': '=sum(lang.tokens)' });
    expect(engine.dependenciesOf('out.total').sort()).toEqual(['lang.en.tokens', 'lang.zh.tokens']);
    expect(engine.dependentsOf('lang.en.tokens')).toEqual(['out.total']);
  });

  it('are not cells of their own', () => {
    const engine = engineWith({ ...languages, 'out.total': '=sum(lang.tokens)' });
    expect(engine.has('lang.tokens')).toBe(false);
    expect(engine.refs()).not.toContain('lang.tokens');
    expect(() => engine.set('lang.tokens', 1)).toThrow(/whole column/);
  });

  it('add up a column of monthly series month by month', () => {
    const value = evaluate('=sum(p.revenue)', { 'p.a.revenue': '=t', 'p.b.revenue': '=10 * t' }, 3);
    expect(Array.from(value as Float64Array)).toEqual([11, 22, 33]);
  });
});

describe('aggregates over columns', () => {
  it('average, min, max and count the filled rows', () => {
    const cells = { 't1.a.x': 2, 't1.b.x': 6, 't1.c.x': null, 't1.d.x': 'text' };
    expect(evaluate('=average(t1.x)', cells)).toBe(4);
    expect(evaluate('=min(t1.x)', cells)).toBe(2);
    expect(evaluate('=max(t1.x)', cells)).toBe(6);
    expect(evaluate('=count(t1.x)', cells)).toBe(2);
  });

  it('sumproduct multiplies the columns row by row', () => {
    expect(evaluate('=sumproduct(lang.share, lang.tokens)', languages)).toBeCloseTo(80, 12);
  });

  it('sumif adds the rows whose criterion column matches', () => {
    expect(evaluate('=sumif(lang.unit, "word", lang.tokens)', languages)).toBe(100);
    expect(evaluate('=sumif(lang.tokens, ">60")', languages)).toBe(100);
    expect(evaluate('=countif(lang.unit, "<>word")', languages)).toBe(1);
    expect(evaluate('=averageif(lang.share, ">=0.4", lang.tokens)', languages)).toBe(75);
  });

  it('return the error of any row', () => {
    const value = evaluate('=sum(lang.tokens)', { ...languages, 'lang.zh.tokens': '=1/0' }) as CellError;
    expect(value.code).toBe('#DIV/0!');
  });

  it('keep the old meaning of sum over a series: the total of its months', () => {
    expect(evaluate('=sum(t)', {}, 4)).toBe(10);
  });

  it('are found whatever the case of their name', () => {
    expect(evaluate('=SUM(lang.tokens) + Max(1, 2)', languages)).toBe(152);
  });
});

describe('blank cells', () => {
  it('evaluate to blank, 0 in arithmetic and "" in text', () => {
    const engine = engineWith({ 'a.x': null, 'a.y': '=a.x + 1', 'a.z': '=concat("[", a.x, "]")' });
    expect(engine.get('a.x')).toBe(BLANK);
    expect(engine.get('a.y')).toBe(1);
    expect(engine.get('a.z')).toBe('[]');
  });

  it('equal both 0 and ""', () => {
    expect(evaluate('=a.x == 0 and a.x == ""', { 'a.x': null })).toBe(true);
  });
});

describe('month overrides', () => {
  it('replace months of a formula series', () => {
    const engine = createEngine([['calendar.horizon_months', 4], ['s.r', '=100 * t']], { overrides: [['s.r', new Map([[1, 5], [2, 6]])]] });
    expect(Array.from(engine.get('s.r') as Float64Array)).toEqual([5, 6, 300, 400]);
  });

  it('turn a scalar into a series', () => {
    const engine = engineWith({ 's.r': 7 }, 3);
    engine.batch((edits) => edits.setOverrides('s.r', new Map([[3, 0]])));
    expect(Array.from(engine.get('s.r') as Float64Array)).toEqual([7, 7, 0]);
  });

  it('are seen by every reader, and by the later months of a recurrence', () => {
    const engine = engineWith({ 's.users': '=lag(s.users) + 10', 's.double': '=2 * s.users' }, 4);
    engine.batch((edits) => edits.setOverrides('s.users', new Map([[2, 100]])));
    expect(Array.from(engine.get('s.users') as Float64Array)).toEqual([10, 100, 110, 120]);
    expect(Array.from(engine.get('s.double') as Float64Array)).toEqual([20, 200, 220, 240]);
  });

  it('ignore months past the horizon, and apply again when it grows', () => {
    const engine = engineWith({ 's.r': 1 }, 2);
    engine.batch((edits) => edits.setOverrides('s.r', new Map([[3, 9]])));
    expect(Array.from(engine.get('s.r') as Float64Array)).toEqual([1, 1]);
    engine.set('calendar.horizon_months', 3);
    expect(Array.from(engine.get('s.r') as Float64Array)).toEqual([1, 1, 9]);
  });

  it('go away when cleared', () => {
    const engine = engineWith({ 's.r': 1 }, 2);
    engine.batch((edits) => edits.setOverrides('s.r', new Map([[1, 9]])));
    engine.batch((edits) => edits.setOverrides('s.r', undefined));
    expect(engine.get('s.r')).toBe(1);
  });

  it('refuse a cell that computes text', () => {
    const engine = createEngine([['calendar.horizon_months', 2], ['s.r', 'hello']], { overrides: [['s.r', new Map([[1, 1]])]] });
    expect((engine.get('s.r') as CellError).message).toMatch(/must compute a number or a monthly series/);
  });
});

