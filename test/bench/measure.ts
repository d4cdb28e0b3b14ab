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

/** Heap in use after a full garbage collection (when node runs with --expose-gc), in MB. */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
