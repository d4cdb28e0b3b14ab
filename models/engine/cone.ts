import { sameValue, type Value } from './values';

/**
 * The downstream cone of an edit, laid out for the pass that recomputes it,
 * and that pass. An edit asks "did anything this cell reads change?" for
 * every member; answered from each cell's own read list, that is a pointer
 * chase per cell across the heap, and an edit that reaches the whole of a
 * 100k-cell model was a third slower than computing it all from scratch;
 * answered here, it is a walk along two typed arrays in the order the pass
 * goes. A cone is built once and cached, so editing the same cell again
 * reuses it.
 */

/** A cone: its slots in evaluation order, and what each reads within it as flat typed arrays of cone positions. */
export interface Cone {
  /** The members, in evaluation order (each after what it reads, cycle members grouped). */
  readonly slots: Int32Array;
  /** Member i reads the members at cone positions `reads[readStart[i]]` up to, not including, `reads[readStart[i + 1]]`. */
  readonly readStart: Int32Array;
  /** What each member reads, as cone positions; reads from outside the cone are left out, since they cannot change in its pass. */
  readonly reads: Int32Array;
}

/** Lays out a cone's members (already in evaluation order) with their reads inside it. */
export function layOutCone(slots: Int32Array, readsOf: (slot: number) => readonly number[], slotCount: number): Cone {
  const positionOf = new Int32Array(slotCount).fill(-1);
  for (let i = 0; i < slots.length; i++) positionOf[slots[i]!] = i;
  const readStart = new Int32Array(slots.length + 1);
  let edges = 0;
  for (let i = 0; i < slots.length; i++) {
    for (const dep of readsOf(slots[i]!)) if (positionOf[dep] !== -1) edges++;
    readStart[i + 1] = edges;
  }
  const reads = new Int32Array(edges);
  let k = 0;
  for (let i = 0; i < slots.length; i++) {
    for (const dep of readsOf(slots[i]!)) {
      const position = positionOf[dep]!;
      if (position !== -1) reads[k++] = position;
    }
  }
  return { slots, readStart, reads };
}

/**
 * Re-evaluates a cone in order: the members flagged in `mustEvaluate` (by
 * slot) always, the others only when something they read changed, so an edit
 * stops where values stop changing. Writes the new values into `values` and
 * returns which members changed, by cone position, and how many.
 */
export function recomputeCone(cone: Cone, values: Value[], mustEvaluate: Uint8Array, evaluate: (slot: number) => Value): { changed: Uint8Array; count: number } {
  const { slots, readStart, reads } = cone;
  const changed = new Uint8Array(slots.length);
  let count = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    // While every member so far has changed, this one reads a changed member for certain (it is in the cone
    // because it reads an earlier member): the scan of its reads is needed only once some value held.
    if (mustEvaluate[slot] === 0 && count !== i) {
      let k = readStart[i]!;
      const end = readStart[i + 1]!;
      while (k < end && changed[reads[k]!] === 0) k++;
      if (k === end) continue;
    }
    const before = values[slot]!;
    const after = evaluate(slot);
    values[slot] = after;
    if (before !== after && !sameValue(before, after)) {
      changed[i] = 1;
      count++;
    }
  }
  return { changed, count };
}

const namesByCone = new WeakMap<Cone, readonly string[]>();

/**
 * The names of a cone's members, in its order, leaving out those `nameOf`
 * does not name; worked out once per cone. When an edit changes every cell
 * downstream, as it often does, its list of changed references is this list
 * (frozen, since every such edit hands it out) rather than one built anew.
 */
export function memberNames(cone: Cone, nameOf: (slot: number) => string | undefined): readonly string[] {
  let names = namesByCone.get(cone);
  if (!names) {
    const list: string[] = [];
    for (const slot of cone.slots) {
      const name = nameOf(slot);
      if (name !== undefined) list.push(name);
    }
    names = Object.freeze(list);
    namesByCone.set(cone, names);
  }
  return names;
}
