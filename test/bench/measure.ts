/** Median of `runs` timings of `work` in milliseconds, after `warmup` untimed runs. */
export function medianMs(work: (run: number) => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(warmup + i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of two workloads timed turn about, `runs` each after `warmup` turns:
 * timed one block after the other, each would meet a different heap (the
 * collector's work left by the other) and a different stretch of the
 * machine's noise, and their comparison would measure that.
 */
export function alternatingMedianMs(first: (run: number) => void, second: (run: number) => void, runs: number, warmup = 3): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [k, work] of [first, second].entries()) {
      const start = performance.now();
      work(i);
      if (i >= warmup) times[k]!.push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!) as [number, number];
}

/** Heap in use after a full garbage collection (when node runs with --expose-gc), in MB. */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
