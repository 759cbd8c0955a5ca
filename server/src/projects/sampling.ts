/**
 * Probability samples for evaluation projects: how many units to draw, how to share them among
 * strata, and the draw itself, with every drawn unit's inclusion probability π so the estimators
 * (projects/estimators.ts) can weight it by 1/π. Pure functions; a draw is reproducible from
 * (units in the caller's order, design, seed) because all randomness comes from mulberry32(seed).
 * Tested on hand-worked designs (tests/unit/project-sampling.test.ts).
 *
 * Methods and formulas:
 * - Sample size for a proportion at 95 %: n0 = z²·p(1−p)/e² · deff (z = 1.959963984540054,
 *   e the target half-width as a share, p the prior rate; p(1−p) = 0 is replaced by the worst case
 *   0.25), then the finite population correction n = n0 / (1 + (n0 − 1)/N), rounded up, in [1, N].
 * - Allocation to strata: proportional n_h ∝ N_h, or Neyman n_h ∝ W_h·S_h with
 *   S_h = √(p_h(1−p_h)(1 + cv_h²)) (p_h the stratum's prior rate, cv_h the coefficient of variation
 *   of its weights: the unit-level spread of a weighted indicator). Every stratum gets at least
 *   min(2, N_h), so its variance can be estimated, and at most N_h; the rest is shared in
 *   proportion among the strata not at a bound (n_h = clamp(λ·s_h, min(2, N_h), N_h), λ solved so
 *   Σ n_h = size), then rounded by largest remainder. If size < Σ min(2, N_h) the floors win and
 *   the total exceeds size.
 * - SIMPLE_RANDOM: n of N without replacement (partial Fisher–Yates), π = n/N.
 * - STRATIFIED: the allocation above, then simple random sampling in each stratum, π = n_h/N_h.
 * - PPS: systematic probability-proportional-to-size on weight over a seeded random permutation
 *   (so the caller's id order cannot alias with the step). Units with n·w_i/W ≥ 1 are taken with
 *   certainty (π = 1), repeatedly, n and W reduced by them; the rest get π_i = n_r·w_i/W_r and are
 *   hit by the points u·step + k·step, step = W_r/n_r. Units of weight ≤ 0 are never drawn.
 * - Kish's design effect of unequal weights: 1 + cv² = n·Σw²/(Σw)².
 */
import { mulberry32 } from '../kernel/random.ts';

/** The 95 % normal quantile, as quality/estimate.ts uses it. */
export const z95 = 1.959963984540054;

export enum SampleDesignKind {
  SIMPLE_RANDOM = 'SIMPLE_RANDOM',
  STRATIFIED = 'STRATIFIED',
  PPS = 'PPS',
}

export enum Allocation {
  PROPORTIONAL = 'PROPORTIONAL',
  NEYMAN = 'NEYMAN',
}

/** One population unit as the draw sees it. Input order is the order the caller loaded (by id); the draw must be deterministic given (units in that order, design, seed). */
export interface PopulationUnit {
  id: string;
  stratum: string;
  weight: number;
}

export interface DrawnUnit {
  id: string;
  stratum: string;
  inclusionProbability: number;
}

/** A stratum as allocation sees it: N_h units of total weight W_h whose weights vary by cv_h. */
export interface StratumFacts {
  key: string;
  units: number;
  weight: number;
  weightCv: number;
  priorRate?: number;
}

export interface SampleDesign {
  kind: SampleDesignKind;
  allocation?: Allocation;
  size: number;
  priorRate?: number;
}

/** The sample size that gives a 95 % interval of ±targetHalfWidth around priorRate in a population of populationSize. */
export function proposeSampleSize({
  targetHalfWidth,
  priorRate,
  populationSize,
  designEffect = 1,
}: {
  targetHalfWidth: number;
  priorRate: number;
  populationSize: number;
  designEffect?: number;
  confidence?: 0.95;
}): number {
  if (!(targetHalfWidth > 0 && targetHalfWidth < 0.5)) throw new RangeError(`A target half-width of ${targetHalfWidth} is not in (0, 0.5)`);
  if (!(priorRate >= 0 && priorRate <= 1)) throw new RangeError(`A prior rate of ${priorRate} is not a share`);
  if (!(Number.isInteger(populationSize) && populationSize >= 1)) throw new RangeError(`A population of ${populationSize} units cannot be sampled`);
  if (!(designEffect > 0 && Number.isFinite(designEffect))) throw new RangeError(`A design effect of ${designEffect} is not positive`);
  // A prior of 0 or 1 would ask for no sample at all: plan for the worst case instead.
  const spread = priorRate * (1 - priorRate) || 0.25;
  const n0 = ((z95 * z95 * spread) / (targetHalfWidth * targetHalfWidth)) * designEffect;
  const n = n0 / (1 + (n0 - 1) / populationSize);
  return Math.min(populationSize, Math.max(1, Math.ceil(n)));
}

/** Units per stratum for a sample of `size` (see the module comment); keys in string order. */
export function allocate(strata: readonly StratumFacts[], size: number, allocation: Allocation, priorRate: number): Map<string, number> {
  if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`A sample of ${size} units cannot be allocated`);
  if (!(priorRate >= 0 && priorRate <= 1)) throw new RangeError(`A prior rate of ${priorRate} is not a share`);
  const sorted = [...strata].sort((a, b) => compareKeys(a.key, b.key));
  for (let h = 0; h < sorted.length; h++) {
    const stratum = sorted[h]!;
    if (h > 0 && sorted[h - 1]!.key === stratum.key) throw new RangeError(`Stratum ${stratum.key} is listed twice`);
    if (!(Number.isInteger(stratum.units) && stratum.units >= 0)) throw new RangeError(`Stratum ${stratum.key} has ${stratum.units} units`);
  }
  const high = sorted.map((stratum) => stratum.units);
  const low = high.map((units) => Math.min(2, units));
  let scores = high;
  if (allocation === Allocation.NEYMAN) {
    scores = sorted.map((stratum) => {
      const p = stratum.priorRate ?? priorRate;
      if (!(p >= 0 && p <= 1)) throw new RangeError(`Stratum ${stratum.key} has a prior rate of ${p}`);
      const cv = stratum.weightCv;
      return stratum.units > 0 ? Math.max(0, stratum.weight) * Math.sqrt(p * (1 - p) * (1 + cv * cv)) : 0;
    });
    // Nothing is expected to vary anywhere: Neyman has no preference, so share by size.
    if (!scores.some((score) => score > 0)) scores = high;
  }
  const target = Math.min(sum(high), Math.max(size, sum(low)));
  let shares: number[];
  if (size >= sum(high)) shares = high;
  else if (size <= sum(low)) shares = low;
  else {
    // Strata with a positive score share the sample; zero-score strata stay at their floor until
    // the others are full, then take the rest by size.
    const reach = sum(scores.map((score, h) => (score > 0 ? high[h]! : low[h]!)));
    shares =
      size <= reach
        ? fill(scores, low, high, size)
        : fill(scores.map((score, h) => (score > 0 ? 0 : high[h]!)), scores.map((score, h) => (score > 0 ? high[h]! : low[h]!)), high, size);
  }
  const rounded = largestRemainder(shares, low, high, target);
  return new Map(sorted.map((stratum, h) => [stratum.key, rounded[h]!]));
}

/** Per-stratum counts, total weight and weight cv of a population, keys in string order. */
export function stratumFacts(units: readonly PopulationUnit[]): StratumFacts[] {
  return groupByStratum(units).map(({ key, indices }) => factsOf(key, indices, units));
}

/** Draws a sample; the drawn units come back in input order, each with its inclusion probability. */
export function drawSample(units: readonly PopulationUnit[], design: SampleDesign, seed: number): DrawnUnit[] {
  if (!(Number.isInteger(design.size) && design.size >= 1)) throw new RangeError(`A sample of ${design.size} units cannot be drawn`);
  const random = mulberry32(seed);
  // π per input index; 0 means not drawn.
  const pi = new Float64Array(units.length);
  switch (design.kind) {
    case SampleDesignKind.SIMPLE_RANDOM: {
      const all = new Int32Array(units.length);
      for (let i = 0; i < all.length; i++) all[i] = i;
      const n = simpleRandom(all, design.size, random);
      for (let k = 0; k < n; k++) pi[all[k]!] = n / units.length;
      break;
    }
    case SampleDesignKind.STRATIFIED: {
      checkWeights(units);
      const groups = groupByStratum(units);
      const facts = groups.map(({ key, indices }) => factsOf(key, indices, units));
      const sizes = allocate(facts, design.size, design.allocation ?? Allocation.PROPORTIONAL, design.priorRate ?? 0.5);
      for (const { key, indices } of groups) {
        const n = simpleRandom(indices, sizes.get(key)!, random);
        for (let k = 0; k < n; k++) pi[indices[k]!] = n / indices.length;
      }
      break;
    }
    case SampleDesignKind.PPS:
      checkWeights(units);
      systematicPps(units, design.size, random, pi);
      break;
    default:
      throw new RangeError(`Unknown sample design ${String(design.kind)}`);
  }
  const drawn: DrawnUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (pi[i]! > 0) drawn.push({ id: units[i]!.id, stratum: units[i]!.stratum, inclusionProbability: pi[i]! });
  }
  return drawn;
}

/** Kish's design effect of unequal weights: 1 + cv² = n·Σw²/(Σw)². */
export function weightDesignEffect(weights: readonly number[]): number {
  let total = 0;
  let squares = 0;
  for (const weight of weights) {
    if (!(weight >= 0 && Number.isFinite(weight))) throw new RangeError(`A weight of ${weight} is not a size`);
    total += weight;
    squares += weight * weight;
  }
  if (!(total > 0)) throw new RangeError('A design effect needs weights with a positive total');
  return (weights.length * squares) / (total * total);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function checkWeights(units: readonly PopulationUnit[]): void {
  for (const unit of units) {
    if (!Number.isFinite(unit.weight)) throw new RangeError(`Unit ${unit.id} has a weight of ${unit.weight}`);
  }
}

/** Input indices per stratum, strata in key order. */
function groupByStratum(units: readonly PopulationUnit[]): { key: string; indices: Int32Array }[] {
  const lists = new Map<string, number[]>();
  for (let i = 0; i < units.length; i++) {
    const key = units[i]!.stratum;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    list.push(i);
  }
  return [...lists.keys()].sort(compareKeys).map((key) => ({ key, indices: Int32Array.from(lists.get(key)!) }));
}

function factsOf(key: string, indices: Int32Array, units: readonly PopulationUnit[]): StratumFacts {
  let total = 0;
  let squares = 0;
  for (const i of indices) {
    const weight = units[i]!.weight;
    total += weight;
    squares += weight * weight;
  }
  const n = indices.length;
  const mean = n > 0 ? total / n : 0;
  // Population standard deviation over the mean; a stratum of zero weight does not vary.
  const cv = mean > 0 ? Math.sqrt(Math.max(0, squares / n - mean * mean)) / mean : 0;
  return { key, units: n, weight: total, weightCv: cv };
}

/**
 * Shares n_h = clamp(λ·s_h, low_h, high_h) with λ such that Σ n_h = size, which needs
 * Σ low ≤ size ≤ Σ (s_h > 0 ? high_h : low_h). Σ n_h is piecewise linear in λ with breakpoints
 * low_h/s_h and high_h/s_h, so λ is found exactly on the segment that crosses size.
 */
function fill(scores: readonly number[], low: readonly number[], high: readonly number[], size: number): number[] {
  const at = (lambda: number) => scores.map((score, h) => Math.min(high[h]!, Math.max(low[h]!, lambda * score)));
  const total = (lambda: number) => sum(at(lambda));
  const breakpoints = scores.flatMap((score, h) => (score > 0 ? [low[h]! / score, high[h]! / score] : [])).sort((a, b) => a - b);
  let previous = 0;
  let below = total(0);
  for (const breakpoint of breakpoints) {
    const above = total(breakpoint);
    if (above >= size) {
      const lambda = above > below ? previous + ((size - below) * (breakpoint - previous)) / (above - below) : breakpoint;
      return at(lambda);
    }
    previous = breakpoint;
    below = above;
  }
  return at(previous);
}

/** Integer shares summing to `size` within [low, high]: floors, then +1 by largest remainder (ties in key order). */
function largestRemainder(shares: readonly number[], low: readonly number[], high: readonly number[], size: number): number[] {
  // A share a rounding error below an integer is that integer, not one less.
  const exact = shares.map((share) => (Math.abs(share - Math.round(share)) < 1e-9 ? Math.round(share) : share));
  const counts = exact.map((share, h) => Math.min(high[h]!, Math.max(low[h]!, Math.floor(share))));
  let left = size - sum(counts);
  const order = exact.map((share, h) => ({ h, remainder: share - Math.floor(share) })).sort((a, b) => b.remainder - a.remainder || a.h - b.h);
  for (const { h } of order) {
    if (left <= 0) break;
    if (counts[h]! < high[h]!) {
      counts[h]!++;
      left--;
    }
  }
  for (const { h } of [...order].reverse()) {
    if (left >= 0) break;
    if (counts[h]! > low[h]!) {
      counts[h]!--;
      left++;
    }
  }
  return counts;
}

/** Moves a uniform random sample of min(size, length) of `indices` to its front (partial Fisher–Yates); returns that count. */
function simpleRandom(indices: Int32Array, size: number, random: () => number): number {
  const n = Math.min(size, indices.length);
  for (let k = 0; k < n; k++) {
    const j = k + Math.floor(random() * (indices.length - k));
    const swap = indices[k]!;
    indices[k] = indices[j]!;
    indices[j] = swap;
  }
  return n;
}

/**
 * Systematic PPS into `pi`. Each certainty pass rescans the remaining units (O(N) a pass); each
 * pass takes every unit above W_r/n_r, so heavy-tailed weights settle in a few passes. The
 * remaining weight is re-summed in permutation order each pass, the same sum the systematic walk
 * accumulates, so a unit left after the last pass is shorter than the step and hit at most once.
 */
function systematicPps(units: readonly PopulationUnit[], size: number, random: () => number, pi: Float64Array): void {
  const positive: number[] = [];
  for (let i = 0; i < units.length; i++) if (units[i]!.weight > 0) positive.push(i);
  const order = Int32Array.from(positive);
  const m = order.length;
  if (size >= m) {
    for (const i of order) pi[i] = 1;
    return;
  }
  for (let k = m - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const swap = order[k]!;
    order[k] = order[j]!;
    order[j] = swap;
  }
  const weight = new Float64Array(m);
  for (let k = 0; k < m; k++) weight[k] = units[order[k]!]!.weight;
  const certain = new Uint8Array(m);
  let remaining = size;
  let total = 0;
  for (;;) {
    total = 0;
    for (let k = 0; k < m; k++) if (!certain[k]) total += weight[k]!;
    let taken = 0;
    for (let k = 0; k < m; k++) {
      if (!certain[k] && remaining * weight[k]! >= total) {
        certain[k] = 1;
        pi[order[k]!] = 1;
        taken++;
      }
    }
    if (taken === 0) break;
    remaining -= taken;
    if (remaining <= 0) return;
  }
  const step = total / remaining;
  const start = random() * step;
  let hits = 0;
  let point = start;
  let cumulative = 0;
  let last = -1;
  for (let k = 0; k < m && hits < remaining; k++) {
    if (certain[k]) continue;
    cumulative += weight[k]!;
    last = k;
    // One hit per unit: every remaining unit is shorter than the step.
    if (point < cumulative) {
      pi[order[k]!] = Math.min(1, (remaining * weight[k]!) / total);
      hits++;
      point = start + hits * step;
    }
  }
  // The last point can fall a rounding error past the total: give it to the last units not drawn.
  for (let k = last; hits < remaining && k >= 0; k--) {
    if (certain[k] || pi[order[k]!]! > 0) continue;
    pi[order[k]!] = Math.min(1, (remaining * weight[k]!) / total);
    hits++;
  }
}
