import { describe, expect, it } from 'vitest';
import { layOutCone, memberNames, recomputeCone } from '../../../models/engine/cone';
import type { Value } from '../../../models/engine/values';

const readsOf = (edges: Record<number, number[]>) => (slot: number) => edges[slot] ?? [];

describe('cone layout', () => {
  it('lists what each member reads as positions in the cone', () => {
    const cone = layOutCone(Int32Array.from([4, 2, 7]), readsOf({ 2: [4], 7: [4, 2] }), 8);
    expect(Array.from(cone.reads.subarray(cone.readStart[2]!, cone.readStart[3]!))).toEqual([0, 1]);
  });

  it('leaves out reads from outside the cone', () => {
    const cone = layOutCone(Int32Array.from([1, 3]), readsOf({ 3: [0, 1, 2] }), 4);
    expect(Array.from(cone.reads)).toEqual([0]);
  });

});

describe('recomputing a cone', () => {
  // Slot 0 is the edited input; slot 1 = min(slot 0, 5); slot 2 = slot 1 * 2.
  const cone = layOutCone(Int32Array.from([0, 1, 2]), readsOf({ 1: [0], 2: [1] }), 3);
  const pass = (values: Value[], input: number) => {
    const evaluated: number[] = [];
    const formulas: Array<() => Value> = [() => input, () => Math.min(values[0] as number, 5), () => (values[1] as number) * 2];
    const result = recomputeCone(cone, values, Uint8Array.from([1, 0, 0]), (slot) => {
      evaluated.push(slot);
      return formulas[slot]!();
    });
    return { ...result, evaluated };
  };

  it('evaluates the members downstream of a change and says which changed', () => {
    const values: Value[] = [3, 3, 6];
    const { changed, count, evaluated } = pass(values, 4);
    expect(values).toEqual([4, 4, 8]);
    expect(Array.from(changed)).toEqual([1, 1, 1]);
    expect(count).toBe(3);
    expect(evaluated).toEqual([0, 1, 2]);
  });

  it('stops where a value did not change', () => {
    const values: Value[] = [7, 5, 10];
    const { count, evaluated } = pass(values, 9);
    expect(count).toBe(1);
    expect(evaluated).toEqual([0, 1]);
  });
});

describe('member names', () => {
  it('names the members a naming function names, in cone order, once per cone', () => {
    const cone = layOutCone(Int32Array.from([2, 0, 1]), readsOf({}), 3);
    const names = memberNames(cone, (slot) => (slot === 0 ? undefined : `a.c${slot}`));
    expect(names).toEqual(['a.c2', 'a.c1']);
    expect(memberNames(cone, () => 'other')).toBe(names);
  });
});
