import { describe, expect, it } from 'vitest';
import { BLANK, CellError, NONE } from '../../../models/engine';
import { fromWire, toWire } from '../../../models/compute';

describe('values crossing to and from a worker', () => {
  it('keep numbers, text, booleans and series as they are', () => {
    const series = Float64Array.from([1, 2, 3]);
    for (const value of [1.5, 'word', true, series]) expect(fromWire(structuredClone(toWire(value)))).toEqual(value);
  });

  it('bring back "none" and "blank" as the same symbols', () => {
    expect(fromWire(structuredClone(toWire(NONE)))).toBe(NONE);
    expect(fromWire(structuredClone(toWire(BLANK)))).toBe(BLANK);
  });

  it('bring back an error as a CellError with its code and message', () => {
    const back = fromWire(structuredClone(toWire(new CellError('#DIV/0!', 'divided by zero in x.y'))));
    expect(back).toBeInstanceOf(CellError);
    expect(back).toEqual(new CellError('#DIV/0!', 'divided by zero in x.y'));
  });
});
