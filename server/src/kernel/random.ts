/**
 * A small seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same sequence.
 * Seeds and statistics that must give the same answer on every run (a bootstrap interval in a
 * frozen report) draw from it instead of Math.random.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
