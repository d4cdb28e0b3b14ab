import { describe, expect, it } from 'vitest';
import { CellError, createEngine } from '../../../models/engine';
import { engineWith } from './engine-helpers';

describe('engine', () => {
  it('evaluates every cell on creation', () => {
    const engine = engineWith({ 'a.x': 2, 'a.y': '=a.x + 1' });
    expect(engine.get('a.y')).toBe(3);
  });

  it('returns the references whose values changed after a set', () => {
    const engine = engineWith({ 'a.x': 2, 'a.y': '=a.x * 0', 'a.z': '=a.x + 1' });
    expect([...engine.set('a.x', 5)].sort()).toEqual(['a.x', 'a.z']);
  });

  it('returns every changed reference again when the same cell is edited twice and everything downstream changes', () => {
    const engine = engineWith({ 'a.x': 1, 'a.y': '=a.x + 1', 'a.z': '=a.y * 2' });
    expect([...engine.set('a.x', 2)].sort()).toEqual(['a.x', 'a.y', 'a.z']);
    expect([...engine.set('a.x', 3)].sort()).toEqual(['a.x', 'a.y', 'a.z']);
  });

  it('returns only the changed references when an edit stops early after editing everything before', () => {
    const engine = engineWith({ 'a.x': 1, 'a.y': '=min(a.x, 5)', 'a.z': '=a.y * 2' });
    engine.set('a.x', 2);
    expect([...engine.set('a.x', 7)].sort()).toEqual(['a.x', 'a.y', 'a.z']);
    expect(engine.set('a.x', 9)).toEqual(['a.x']);
  });

  it('returns nothing when a set does not change any value', () => {
    const engine = engineWith({ 'a.x': 2, 'a.y': '=a.x' });
    expect(engine.set('a.x', 2)).toEqual([]);
  });

  it('applies a batch with one recomputation', () => {
    const engine = engineWith({ 'a.x': 1, 'a.y': 1, 'a.s': '=a.x + a.y' });
    const changed = engine.batch((edits) => {
      edits.set('a.x', 10);
      edits.set('a.y', 20);
    });
    expect(engine.get('a.s')).toBe(30);
    expect([...changed].sort()).toEqual(['a.s', 'a.x', 'a.y']);
  });

  it('shows #CYCLE! on every cell of a cycle and the cells that read it', () => {
    const engine = engineWith({ 'a.x': '=a.y', 'a.y': '=a.x + 1', 'a.z': '=a.x * 2' });
    expect(['a.x', 'a.y', 'a.z'].map((ref) => (engine.get(ref) as CellError).code)).toEqual(['#CYCLE!', '#CYCLE!', '#CYCLE!']);
    expect((engine.get('a.x') as CellError).message).toBe('circular reference: a.x → a.y → a.x');
  });

  it('heals a whole cycle when one of its cells is fixed', () => {
    const engine = engineWith({ 'a.x': '=a.y', 'a.y': '=a.x + 1', 'a.z': '=a.x * 2' });
    engine.set('a.x', 5);
    expect([engine.get('a.x'), engine.get('a.y'), engine.get('a.z')]).toEqual([5, 6, 10]);
  });

  it('re-evaluates a cell that leaves a cycle even when what it reads shows the same error', () => {
    const engine = engineWith({
      'm.d': '=lag(m.e) * 0.5 + if(m.a > 1, m.a, 1)', 'm.f': '=lag(m.c) * 0.5 + m.e',
      'm.e': '=m.c + m.h', 'm.h': '=if(m.d > 0, 1, 1)', 'm.c': '=lag(m.f, 1, 2)',
    });
    engine.set('m.h', 1);
    expect(engine.get('m.d')).toEqual(new CellError('#REF!', 'there is no cell m.a'));
  });

  it('keeps computing the rest of the model when one cell fails', () => {
    const engine = engineWith({ 'a.bad': '=1 +', 'a.good': '=2 * 2' });
    expect(engine.get('a.good')).toBe(4);
  });

  it('passes an error on to the cells that read it', () => {
    const engine = engineWith({ 'a.bad': '=1 / 0', 'a.next': '=a.bad + 1' });
    expect(engine.get('a.next')).toEqual(engine.get('a.bad'));
  });

  it('turns readers of a deleted cell into #REF!', () => {
    const engine = engineWith({ 'a.x': 1, 'a.y': '=a.x + 1' });
    engine.remove('a.x');
    expect(engine.get('a.y')).toEqual(new CellError('#REF!', 'there is no cell a.x'));
  });

  it('heals a formula when the cell it was missing is added', () => {
    const engine = engineWith({ 'a.y': '=a.x + 1' });
    engine.set('a.x', 41);
    expect(engine.get('a.y')).toBe(42);
  });

  it('resizes every series when the horizon changes', () => {
    const engine = engineWith({ 'a.s': '=cumsum(1)' }, 3);
    engine.set('calendar.horizon_months', 5);
    expect(Array.from(engine.get('a.s') as Float64Array)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a horizon that is not a whole number of months', () => {
    const engine = engineWith({ 'a.s': '=t' }, 3);
    engine.set('calendar.horizon_months', 2.5);
    expect(engine.get('a.s')).toEqual(new CellError('#VALUE!', 'calendar.horizon_months must be a whole number of months from 1 to 1200'));
  });

  it('says when there is no horizon cell', () => {
    const engine = createEngine([['a.s', '=t']]);
    expect(engine.get('a.s')).toEqual(new CellError('#REF!', 'there is no horizon cell calendar.horizon_months'));
  });

  it('evaluates a cell that reads its own previous month as a recurrence', () => {
    const engine = engineWith({ 'users.active': '=lag(users.active) * 0.5 + 100' }, 3);
    expect(Array.from(engine.get('users.active') as Float64Array)).toEqual([100, 150, 175]);
  });

  it('computes a recurrence under a running total the same way, month by month', () => {
    const engine = engineWith({ 'a.x': '=cumsum(lag(a.x, 1, 1)) + 1' }, 4);
    expect(Array.from(engine.get('a.x') as Float64Array)).toEqual([2, 4, 8, 16]);
  });

  it('computes a recurrence with conditions and other cells month by month', () => {
    const engine = engineWith({ 'a.cap': 250, 'a.x': '=min(lag(a.x) + 100 * t, a.cap)' }, 4);
    expect(Array.from(engine.get('a.x') as Float64Array)).toEqual([100, 250, 250, 250]);
  });

  it('calls a cell that reads its own value in the same month a cycle', () => {
    const engine = engineWith({ 'a.x': '=if(a.x > 0, 1, 2)' }, 3);
    expect(engine.get('a.x')).toEqual(new CellError('#CYCLE!', 'a.x reads its own value; a cell can read its own earlier months only as lag(a.x, months), with months a whole number ≥ 1'));
  });

  it('calls a recurrence that reads all its months at once a cycle', () => {
    const engine = engineWith({ 'a.x': '=lag(a.x) + sum(lag(a.x))' }, 3);
    expect((engine.get('a.x') as CellError).code).toBe('#CYCLE!');
  });

  it('follows horizon edits in a recurrence', () => {
    const engine = engineWith({ 'a.x': '=lag(a.x) + 1' }, 2);
    engine.set('calendar.horizon_months', 3);
    expect(Array.from(engine.get('a.x') as Float64Array)).toEqual([1, 2, 3]);
  });

  it('lists dependencies and dependents by reference', () => {
    const engine = engineWith({ 'a.x': 1, 'a.y': '=a.x * t' });
    expect(engine.dependenciesOf('a.y').sort()).toEqual(['a.x', 't']);
    expect(engine.dependentsOf('a.x')).toEqual(['a.y']);
  });

  it('rejects a malformed reference as a programming error', () => {
    expect(() => engineWith({}).set('Not A Ref', 1)).toThrow(RangeError);
  });
});
