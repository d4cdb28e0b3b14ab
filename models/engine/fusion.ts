import { constant, expressionNumber, readSlot, slotNumber } from './closures';
import type { Evaluate } from './compile';
import type { BinaryOperator } from './operators';
import type { Where } from './values';

/**
 * The plain cell reads and number constants one formula's compiler made,
 * remembered so that `cell ⊕ number`, `number ⊕ cell` and `expression ⊕
 * number` compile to one closure instead of two or three. Pairs of arrays
 * rather than maps: a formula has a handful, and two maps per formula were a
 * measurable part of loading 100k formulas.
 */
export class Fusion {
  private readonly readClosures: Evaluate[] = [];
  private readonly readSlots: number[] = [];
  private readonly numberClosures: Evaluate[] = [];
  private readonly numberValues: number[] = [];

  /** A read of one cell, remembered as fusable. */
  read(slot: number): Evaluate {
    const read = readSlot(slot);
    this.readClosures.push(read);
    this.readSlots.push(slot);
    return read;
  }

  /** A number constant, remembered as fusable. */
  number(value: number): Evaluate {
    const evaluate = constant(value);
    this.numberClosures.push(evaluate);
    this.numberValues.push(value);
    return evaluate;
  }

  /** + or × as one closure when one side is a number this compiler made; undefined otherwise. */
  withNumber(fn: 'add' | 'multiply', op: BinaryOperator, left: Evaluate, right: Evaluate, what: Where): Evaluate | undefined {
    const rightNumber = this.numberValues[this.numberClosures.indexOf(right)];
    const leftNumber = rightNumber === undefined ? this.numberValues[this.numberClosures.indexOf(left)] : undefined;
    const k = rightNumber ?? leftNumber;
    if (k === undefined) return undefined;
    const other = rightNumber === undefined ? right : left;
    const numberFirst = rightNumber === undefined;
    const slot = this.readSlots[this.readClosures.indexOf(other)];
    return slot === undefined ? expressionNumber(fn, op, other, k, numberFirst, what) : slotNumber(fn, op, slot, k, numberFirst, what);
  }
}
