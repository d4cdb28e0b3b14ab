/**
 * The dependency graph between cell slots: who reads whom, an evaluation
 * order, the cycles, and the downstream cone of a slot. Slots are small
 * integers handed out by the engine; the graph knows nothing of formulas.
 */
import { layOutCone, type Cone } from './cone';

/** The most cones of several roots the graph remembers before it forgets them all. */
const MAX_MULTI_ROOT_CONES = 64;
/**
 * Cached cones may hold this many slots and reads per slot of the graph (and
 * at least CONE_CACHE_MIN_BUDGET in all) before they are all forgotten: a
 * small model keeps the cone of every input (sensitivity visits them all), a
 * 100k-cell one a few.
 */
const CONE_CACHE_BUDGET_PER_SLOT = 8;
const CONE_CACHE_MIN_BUDGET = 1 << 20;

export class DependencyGraph {
  private readonly reads: Array<readonly number[]> = [];
  private readonly readBy: number[][] = [];
  private orderCache: { order: Int32Array; position: Int32Array; cycles: Map<number, number[]> } | undefined;
  /** Cones by root slot, or by the sorted slots of several roots joined with commas. */
  private readonly coneCache = new Map<number | string, Cone>();
  /** How many several-root cones the cache holds: kept few, since every different batch makes one. */
  private multiRootCones = 0;
  /** Slots and reads the cached cones hold: editing many different cells of a large graph must not keep a cone for each. */
  private cachedConeSize = 0;

  /** Makes sure a slot exists (with no edges yet). */
  ensure(slot: number): void {
    while (this.reads.length <= slot) {
      this.reads.push([]);
      this.readBy.push([]);
    }
  }

  /** Replaces what a slot reads. Returns false when nothing changed (orders stay cached). */
  setReads(slot: number, reads: readonly number[]): boolean {
    this.ensure(slot);
    for (const dep of reads) this.ensure(dep);
    const old = this.reads[slot]!;
    if (old.length === reads.length && old.every((dep, i) => dep === reads[i])) return false;
    for (const dep of old) {
      const list = this.readBy[dep]!;
      list.splice(list.indexOf(slot), 1);
    }
    // Kept as given, not copied: callers hand over arrays they never change (one array per formula, not two).
    this.reads[slot] = reads;
    for (const dep of reads) this.readBy[dep]!.push(slot);
    this.invalidate();
    return true;
  }

  /** The slots a slot reads. */
  readsOf(slot: number): readonly number[] {
    return this.reads[slot] ?? [];
  }

  /** The slots that read a slot. */
  readersOf(slot: number): readonly number[] {
    return this.readBy[slot] ?? [];
  }

  /** Every slot in an order where each comes after what it reads (cycle members grouped together). */
  order(): Int32Array {
    return this.ordered().order;
  }

  /** Slots on a cycle of two or more, each mapped to the members of its cycle in order. */
  cycles(): ReadonlyMap<number, readonly number[]> {
    return this.ordered().cycles;
  }

  /** The slots downstream of the given ones (themselves included), in evaluation order, with what each reads among them. */
  cone(roots: readonly number[]): Cone {
    const key = roots.length === 1 ? roots[0]! : [...roots].sort((a, b) => a - b).join(',');
    const cached = this.coneCache.get(key);
    if (cached) return cached;
    const { position } = this.ordered();
    const seen = new Uint8Array(this.reads.length);
    const stack = [...roots];
    const members: number[] = [];
    for (const root of roots) seen[root] = 1;
    while (stack.length > 0) {
      const slot = stack.pop()!;
      members.push(slot);
      for (const reader of this.readBy[slot]!) {
        if (!seen[reader]) {
          seen[reader] = 1;
          stack.push(reader);
        }
      }
    }
    const slots = Int32Array.from(members).sort((a, b) => position[a]! - position[b]!);
    const cone = layOutCone(slots, (slot) => this.reads[slot]!, this.reads.length);
    this.remember(key, cone);
    return cone;
  }

  /** Caches a cone: edits of one cell, and batches of the same cells (a simulation's sample after sample), reuse theirs. */
  private remember(key: number | string, cone: Cone): void {
    const size = cone.slots.length + cone.reads.length;
    const overBudget = this.cachedConeSize + size > Math.max(CONE_CACHE_BUDGET_PER_SLOT * this.reads.length, CONE_CACHE_MIN_BUDGET);
    if (overBudget || (typeof key === 'string' && this.multiRootCones >= MAX_MULTI_ROOT_CONES)) this.forgetCones();
    if (typeof key === 'string') this.multiRootCones++;
    this.cachedConeSize += size;
    this.coneCache.set(key, cone);
  }

  private forgetCones(): void {
    this.coneCache.clear();
    this.multiRootCones = 0;
    this.cachedConeSize = 0;
  }

  private invalidate(): void {
    this.orderCache = undefined;
    this.forgetCones();
  }

  private ordered(): NonNullable<DependencyGraph['orderCache']> {
    this.orderCache ??= this.tarjan();
    return this.orderCache;
  }

  /**
   * Tarjan's strongly connected components, iteratively (a 100k-cell chain
   * would overflow a recursive version). Components come out readers-last,
   * which is the evaluation order.
   */
  private tarjan(): NonNullable<DependencyGraph['orderCache']> {
    const n = this.reads.length;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    const order = new Int32Array(n);
    const position = new Int32Array(n);
    const cycles = new Map<number, number[]>();
    let counter = 0;
    let placed = 0;
    const work: Array<[slot: number, edge: number]> = [];

    for (let start = 0; start < n; start++) {
      if (index[start] !== -1) continue;
      work.push([start, 0]);
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        const [slot, edge] = frame;
        if (edge === 0) {
          index[slot] = low[slot] = counter++;
          stack.push(slot);
          onStack[slot] = 1;
        }
        const deps = this.reads[slot]!;
        if (edge < deps.length) {
          frame[1] = edge + 1;
          const dep = deps[edge]!;
          if (index[dep] === -1) work.push([dep, 0]);
          else if (onStack[dep]) low[slot] = Math.min(low[slot]!, index[dep]!);
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[slot]!);
        if (low[slot] !== index[slot]) continue;
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== slot);
        component.reverse();
        for (const m of component) {
          position[m] = placed;
          order[placed++] = m;
        }
        if (component.length > 1) for (const m of component) cycles.set(m, component);
      }
    }
    return { order, position, cycles };
  }
}
