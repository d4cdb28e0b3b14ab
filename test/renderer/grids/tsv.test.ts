import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../renderer/grids/tsv';

describe('clipboard text (TSV)', () => {
  it('reads rows of tab-separated cells', () => {
    expect(parseTsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('does not make an empty row of a trailing newline', () => {
    expect(parseTsv('a\tb\n')).toEqual([['a', 'b']]);
  });

  it('reads Windows line ends', () => {
    expect(parseTsv('1\r\n2\r\n')).toEqual([['1'], ['2']]);
  });

  it('keeps empty cells', () => {
    expect(parseTsv('\t\tx')).toEqual([['', '', 'x']]);
  });

  it('reads quoted cells holding tabs, newlines and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line 1\nline 2"\t"say ""hi"""')).toEqual([['a\tb', 'line 1\nline 2', 'say "hi"']]);
  });

  it('takes a quote inside an unquoted cell as text', () => {
    expect(parseTsv('5" screen')).toEqual([['5" screen']]);
  });

  it('quotes only the cells that need it when writing', () => {
    expect(toTsv([['a', 'b\tc'], ['say "hi"', 'x\ny']])).toBe('a\t"b\tc"\n"say ""hi"""\t"x\ny"');
  });

  it('reads back what it writes', () => {
    const rows = [['=a.b * 2', 'tab\there'], ['"quoted"', 'two\nlines']];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
