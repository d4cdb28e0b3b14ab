/**
 * A seeded pseudo-random generator, so a simulation with the same seed gives
 * the same numbers on every machine: sfc32 (small, fast, passes PractRand),
 * its four words of state filled from the seed by splitmix32.
 */

/** Uniform numbers in (0, 1) — never exactly 0 or 1, so inverse distribution functions stay finite. */
export function seededRandom(seed: number): () => number {
  let mix = seed | 0;
  const next = () => {
    mix = (mix + 0x9e3779b9) | 0;
    let t = mix ^ (mix >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return ((t >>> 0) + 0.5) / 4294967296;
  };
}
