import { describe, expect, it } from 'vitest';
import { parseCellInput, type InputKind } from '../../../models/format/parse-input';

const number: InputKind = { kind: 'number' };
const text: InputKind = { kind: 'text' };
const read = (typed: string, kind: InputKind = number) => parseCellInput(typed, 'grid.cell', kind);

describe('the one input grammar', () => {
  it.each([
    ['10000', 10000],
    ['1,234.5', 1234.5],
    ['1,200', 1200],
    ['60%', 0.6],
    ['3.4%', 0.034],
    ['$2.50', 2.5],
    ['-$2.50', -2.5],
    ['(1,234)', -1234],
    ['($2.50)', -2.5],
    ['1\u00a0234', 1234],
    ['-1e3', -1000],
    ['１5％'.replace('１', '1'), 0.15],
  ] as const)('reads %j in a numeric cell as %j', (typed, expected) => {
    expect(read(typed)).toEqual({ ok: true, input: expected });
  });

  it('reads a number above 1 typed into a percentage cell as a percentage, as spreadsheets do', () => {
    const percent: InputKind = { kind: 'number', percent: true };
    expect([read('60', percent), read('0.6', percent), read('1', percent), read('60%', percent)]).toEqual([0.6, 0.6, 1, 0.6].map((input) => ({ ok: true, input })));
  });

  it('reads a formula into any cell', () => {
    expect(read('  =a.b * 2 ', text)).toEqual({ ok: true, input: '=a.b * 2' });
  });

  it('reads empty text as a blank cell', () => {
    expect(read('   ')).toEqual({ ok: true, input: null });
  });

  it('reads true and false into a boolean cell, whatever their case', () => {
    expect(read('TRUE', { kind: 'boolean' })).toEqual({ ok: true, input: true });
  });

  it('refuses true in a numeric cell, naming the cell', () => {
    expect(read('TRUE')).toEqual({ ok: false, error: 'grid.cell expects a number, not TRUE' });
  });

  it('refuses text in a numeric cell, naming the cell and showing the forms it takes', () => {
    expect(read('12 apples')).toEqual({ ok: false, error: 'grid.cell expects a number (like 1200, 1,200, 15% or $2.50), not "12 apples"' });
  });

  it('refuses a number in a text cell', () => {
    expect(read('5', text)).toEqual({ ok: false, error: 'grid.cell expects text, not the number 5' });
  });

  it.each(['€2,50', '1.234,56', '12,5'])('refuses the decimal comma of %j instead of misreading it', (typed) => {
    const result = read(typed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/decimal comma/);
  });

  it('refuses a formula that does not parse, saying why', () => {
    expect(read('=(1 + 2', { kind: 'number' })).toEqual({ ok: false, error: 'grid.cell: syntax error: a “(” is not closed: “)” is missing' });
  });

  it('says why in Chinese for a Chinese UI', () => {
    expect(parseCellInput('=(1 + 2', 'grid.cell', { kind: 'number' }, 'zh')).toEqual({ ok: false, error: 'grid.cell：公式有误：“(”没有闭合：缺少“)”' });
    expect(parseCellInput('ten', 'grid.cell', { kind: 'number' }, 'zh')).toEqual({ ok: false, error: 'grid.cell 需要数字（如 1200、1,200、15% 或 $2.50），而不是“ten”' });
    const choice: InputKind = { kind: 'choice', options: ['api', 'cloud'], labels: { cloud: { en: 'Rented GPUs', zh: '租用 GPU' } } };
    expect(parseCellInput('gpu', 'grid.cell', choice, 'zh')).toEqual({ ok: false, error: 'grid.cell 需要以下选项之一：api、租用 GPU (cloud)；而不是“gpu”' });
  });

  it('takes a formula that parses, whatever it names', () => {
    expect(read('=nowhere.cell * 2', { kind: 'number' })).toEqual({ ok: true, input: '=nowhere.cell * 2' });
  });

  it('takes a choice typed as one of its labels, in either language', () => {
    const choice: InputKind = { kind: 'choice', options: ['api', 'cloud'], labels: { cloud: { en: 'Rented GPUs', zh: '租用 GPU' } } };
    expect(read('rented gpus', choice)).toEqual({ ok: true, input: 'cloud' });
    expect(read('租用 GPU', choice)).toEqual({ ok: true, input: 'cloud' });
  });

  it('lists a refused choice\'s options with their labels', () => {
    const choice: InputKind = { kind: 'choice', options: ['api', 'cloud'], labels: { cloud: { en: 'Rented GPUs', zh: '租用 GPU' } } };
    expect(read('gpu', choice)).toEqual({ ok: false, error: 'grid.cell expects one of api, Rented GPUs (cloud), not "gpu"' });
  });

  it('takes a choice whatever its case, and refuses anything else with the list', () => {
    const choice: InputKind = { kind: 'choice', options: ['api', 'cloud'] };
    expect(read('Cloud', choice)).toEqual({ ok: true, input: 'cloud' });
    expect(read('gpu', choice)).toEqual({ ok: false, error: 'grid.cell expects one of api, cloud, not "gpu"' });
  });
});
