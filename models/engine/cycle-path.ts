/**
 * A cycle as a path of references, the same whatever order cells were
 * created in: from the alphabetically first member along the shortest way
 * back to it, trying each cell's inputs in alphabetical order.
 */
export function cyclePath(members: readonly number[], readsOf: (slot: number) => readonly number[], nameOf: (slot: number) => string): string[] {
  const inCycle = new Set(members);
  const start = [...members].sort((a, b) => nameOf(a).localeCompare(nameOf(b)))[0]!;
  const previous = new Map<number, number>();
  const queue = [start];
  search: for (let i = 0; i < queue.length; i++) {
    const slot = queue[i]!;
    const next = readsOf(slot).filter((dep) => inCycle.has(dep)).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
    for (const dep of next) {
      if (previous.has(dep)) continue;
      previous.set(dep, slot);
      if (dep === start) break search;
      queue.push(dep);
    }
  }
  const path = [start];
  for (let slot = previous.get(start)!; slot !== start; slot = previous.get(slot)!) path.push(slot);
  const names = [...path, start].map(nameOf);
  names.splice(1, names.length - 2, ...names.slice(1, -1).reverse());
  return names;
}
