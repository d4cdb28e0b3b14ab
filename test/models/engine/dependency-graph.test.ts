import { describe, expect, it } from 'vitest';
import { DependencyGraph } from '../../../models/engine/dependency-graph';

function graph(edges: Record<number, number[]>, size: number): DependencyGraph {
  const g = new DependencyGraph();
  g.ensure(size - 1);
  for (const [slot, reads] of Object.entries(edges)) g.setReads(Number(slot), reads);
  return g;
}

describe('dependency graph', () => {
  it('orders every slot after the slots it reads', () => {
    const order = Array.from(graph({ 0: [2], 2: [1] }, 3).order());
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(2));
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(0));
  });

  it('finds the members of a cycle', () => {
    const cycles = graph({ 0: [1], 1: [2], 2: [0], 3: [0] }, 4).cycles();
    expect([...cycles.keys()].sort()).toEqual([0, 1, 2]);
  });

  it('does not count a slot downstream of a cycle as a member', () => {
    expect(graph({ 0: [1], 1: [0], 2: [0] }, 3).cycles().has(2)).toBe(false);
  });

  it('gives the downstream cone in evaluation order', () => {
    const g = graph({ 1: [0], 2: [1], 3: [0, 2] }, 5);
    expect(Array.from(g.cone([0]).slots)).toEqual([0, 1, 2, 3]);
  });

  it('gives the same cone again for the same root until an edge changes', () => {
    const g = graph({ 1: [0] }, 3);
    expect(g.cone([0])).toBe(g.cone([0]));
    const before = g.cone([0]);
    g.setReads(2, [0]);
    expect(g.cone([0])).not.toBe(before);
  });

  it('forgets cached cones when an edge changes', () => {
    const g = graph({ 1: [0] }, 3);
    expect(Array.from(g.cone([0]).slots)).toEqual([0, 1]);
    g.setReads(2, [1]);
    expect(Array.from(g.cone([0]).slots)).toEqual([0, 1, 2]);
  });

  it('gives the cone of several roots whatever their order, and forgets it when an edge changes', () => {
    const g = graph({ 2: [0], 3: [1] }, 5);
    expect(Array.from(g.cone([1, 0]).slots).sort()).toEqual([0, 1, 2, 3]);
    expect(Array.from(g.cone([0, 1]).slots).sort()).toEqual([0, 1, 2, 3]);
    g.setReads(4, [3]);
    expect(Array.from(g.cone([1, 0]).slots).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('stays right when more batches of different cells come than it caches cones for', () => {
    const g = graph({ 1: [0] }, 200);
    for (let i = 2; i < 200; i++) expect(Array.from(g.cone([0, i]).slots).sort((a, b) => a - b)).toEqual([0, 1, i]);
  });

  it('orders a chain of 100 000 slots without overflowing the stack', () => {
    const g = new DependencyGraph();
    g.ensure(99_999);
    for (let i = 1; i < 100_000; i++) g.setReads(i, [i - 1]);
    expect(g.order()[99_999]).toBe(99_999);
  });
});
