import type { CellInput } from '../../models/engine';

/** A deterministic pseudo-random generator, so every run benchmarks the same graph. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A cell of a workload with its references spelled for mathjs's own evaluate (for the baselines). */
export interface BenchCell {
  readonly ref: string;
  readonly input: CellInput;
  readonly baseline: string;
}

/**
 * N cells in grid `d`; cell 0 is the input, every other cell reads the one
 * before it and up to two random earlier ones, so an edit of cell 0 reaches
 * nearly the whole graph.
 */
export function dagCells(n: number): BenchCell[] {
  const random = seeded(42);
  const cells: BenchCell[] = [{ ref: 'd.c0', input: 1, baseline: '1' }];
  for (let i = 1; i < n; i++) {
    const refs = [i - 1];
    const extra = Math.floor(random() * 3);
    for (let k = 0; k < extra; k++) refs.push(Math.floor(random() * i));
    const terms = refs.map((j, k) => [`d.c${j}`, `d_c${j}`, k === 0 ? 0.5 : 0.25] as const);
    cells.push({
      ref: `d.c${i}`,
      input: `=${terms.map(([name, , w]) => `${name} * ${w}`).join(' + ')} + 1`,
      baseline: `${terms.map(([, name, w]) => `${name} * ${w}`).join(' + ')} + 1`,
    });
  }
  return cells;
}

/**
 * A 200-row × 60-month model: row 0 grows from an input; every other row
 * reads the row before it, a row further up, and its own previous month.
 */
export function seriesCells(rows: number): Array<[string, CellInput]> {
  const cells: Array<[string, CellInput]> = [['calendar.horizon_months', 60], ['s.base', 100], ['s.r0', '=s.base * 1.01 ^ (t - 1)']];
  for (let i = 1; i < rows; i++) {
    cells.push([`s.r${i}`, `=s.r${i - 1} * 0.6 + s.r${Math.floor(i / 2)} * 0.3 + lag(s.r${i}, 1, 0) * 0.1`]);
  }
  return cells;
}

/**
 * A table of `rows` products beside the series model: each row's monthly
 * cost is a column formula over its own inputs and the series `s.r0`, and
 * `s.products` adds the column up across rows.
 */
export function productTableCells(rows: number): Array<[string, CellInput]> {
  const cells: Array<[string, CellInput]> = [['s.products', '=sum(p.cost)']];
  for (let i = 0; i < rows; i++) cells.push(...productRow(`r${i}`, i));
  return cells;
}

/** The cells of one product row. */
export function productRow(name: string, units: number): Array<[string, CellInput]> {
  return [[`p.${name}.units`, units], [`p.${name}.share`, 0.005], [`p.${name}.cost`, '=row.units * row.share * s.r0']];
}

/** The same series model as one scalar formula per row and month, for mathjs's evaluate. */
export function seriesBaseline(rows: number, months: number): Array<[name: string, expression: string]> {
  const out: Array<[string, string]> = [['base', '100']];
  for (let m = 1; m <= months; m++) {
    out.push([`r0_m${m}`, `base * 1.01 ^ (${m} - 1)`]);
    for (let i = 1; i < rows; i++) {
      const previous = m === 1 ? '0' : `r${i}_m${m - 1}`;
      out.push([`r${i}_m${m}`, `r${i - 1}_m${m} * 0.6 + r${Math.floor(i / 2)}_m${m} * 0.3 + ${previous} * 0.1`]);
    }
  }
  return out;
}
