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

/**
 * One draw from Binomial(n, p), exact (inversion), in O(√(np(1−p))) steps: the search starts
 * at the mode and widens to both sides, so a table of a million items costs what a small one
 * does. Small means (np < 20) search up from 0.
 */
export function binomial(n: number, p: number, random: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, random);
  const q = 1 - p;
  const u = random();
  if (n * p < 20) {
    let mass = q ** n;
    let cumulative = mass;
    let x = 0;
    while (u > cumulative && x < n) {
      mass *= ((n - x) / (x + 1)) * (p / q);
      x++;
      cumulative += mass;
    }
    return x;
  }
  const mode = Math.floor((n + 1) * p);
  const atMode = Math.exp(logChoose(n, mode) + mode * Math.log(p) + (n - mode) * Math.log(q));
  let cumulative = atMode;
  if (u <= cumulative) return mode;
  let up = mode, upMass = atMode, down = mode, downMass = atMode;
  while (up < n || down > 0) {
    if (up < n) {
      upMass *= ((n - up) / (up + 1)) * (p / q);
      up++;
      cumulative += upMass;
      if (u <= cumulative) return up;
    }
    if (down > 0) {
      downMass *= (down / (n - down + 1)) * (q / p);
      down--;
      cumulative += downMass;
      if (u <= cumulative) return down;
    }
  }
  return mode; // u beyond the rounding of the total mass
}

/** Counts of `n` items drawn with replacement over cells of the given weights (conditional binomials). */
export function multinomial(n: number, weights: readonly number[], random: () => number): number[] {
  let remaining = n;
  let mass = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight, i) => {
    const drawn = i === weights.length - 1 ? remaining : binomial(remaining, mass > 0 ? Math.min(1, weight / mass) : 0, random);
    remaining -= drawn;
    mass -= weight;
    return drawn;
  });
}

/** ln C(n, k), through ln Γ. */
function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

const lanczos = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/** ln Γ(x) for x ≥ 1 (Lanczos, g = 7; relative error about 1e-15). */
function logGamma(x: number): number {
  const z = x - 1;
  let sum = lanczos[0]!;
  for (let i = 1; i < lanczos.length; i++) sum += lanczos[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
