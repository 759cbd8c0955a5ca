/**
 * Design-consistent estimates for evaluation projects: the prevalence θ = Σ_U w·y / Σ_U w (the
 * share of weight, e.g. impressions, that is violating) from a probability sample drawn by
 * projects/sampling.ts, as it is labelled. The labelled units of a stratum are treated as its
 * sample. Pure functions, tested on hand-worked designs (tests/unit/project-estimators.test.ts).
 *
 * Formulas:
 * - Design weight d_i = w_i/π_i, calibrated to each stratum's known weight W_h:
 *   d'_i = d_i · W_h / Σ_{labelled i∈h} d_i, over all labelled units of h, in the domain or not.
 *   In a stratum sampled with replacement (PPS), units with π = 1 were all taken: they keep
 *   d'_i = w_i, add no variance, and the rest of the stratum is calibrated to W_h − Σ their
 *   weights. That assumes every certainty unit is labelled; until then the unlabelled ones' weight
 *   is carried by the stratum's other labelled units (approximate).
 * - Domain ratio (Hájek): θ̂ = Σ_{i∈D} d'_i y_i / Σ_{i∈D} d'_i.
 * - Linearised variance: z_i = 1_D(i)·d'_i·(y_i − θ̂) / Σ_{i∈D} d'_i for every labelled unit, and
 *   V̂ = Σ_h (1 − f_h)·m_h/(m_h − 1)·Σ_{i∈h} (z_i − z̄_h)², m_h the labelled units of h,
 *   f_h = m_h/N_h without replacement (SIMPLE_RANDOM, STRATIFIED) and 0 with (PPS).
 * - Effective sample size: θ̂(1−θ̂)/V̂ when V̂ > 0 and 0 < θ̂ < 1, else Kish's (Σ_D d')²/Σ_D d'².
 * - Prevalence interval: one stratum with equal d' is a simple random sample, so the exact
 *   Wilson(count, n) (conservative: it ignores the finite population correction); otherwise Wilson
 *   at the effective sample size, Wilson(θ̂·n_eff, n_eff) (Korn & Graubard 1998).
 * - Two independent arms, d = p_b − p_a: Newcombe's hybrid score interval (Newcombe 1998, method
 *   10) from each arm's interval [l, u]: low = d − √((p_b − l_b)² + (u_a − p_a)²),
 *   high = d + √((u_b − p_b)² + (p_a − l_a)²); significant when it excludes 0.
 * - Paired arms: the ratio estimator of y = b − a per pair, θ̂ ± z·√V̂ clipped to [−1, 1].
 */
import { minimumSample, wilsonInterval } from '../quality/estimate.ts';
import { z95 } from './sampling.ts';

/** A design stratum's population totals N_h and W_h; withoutReplacement (SIMPLE_RANDOM, STRATIFIED) takes the finite population correction, PPS does not. */
export interface EstimationStratum {
  key: string;
  units: number;
  weight: number;
  withoutReplacement: boolean;
}

/** A labelled sampled unit: its design stratum, weight w, inclusion probability π and value y; inDomain false leaves it out of the domain (default in). */
export interface LabelledUnit {
  stratum: string;
  weight: number;
  inclusionProbability: number;
  value: number;
  inDomain?: boolean;
}

/** θ̂ with its linearised variance; `labelled` counts the labelled units in the domain. */
export interface RatioEstimate {
  value: number;
  variance: number;
  labelled: number;
  effectiveSampleSize: number;
}

export enum ProjectEstimateMethod {
  WILSON = 'WILSON',
  WILSON_EFFECTIVE_SAMPLE = 'WILSON_EFFECTIVE_SAMPLE',
  NEWCOMBE = 'NEWCOMBE',
  PAIRED_NORMAL = 'PAIRED_NORMAL',
}

export interface ProjectEstimate {
  value: number | null;
  low: number | null;
  high: number | null;
  standardError: number | null;
  /** Labelled units in the domain. */
  n: number;
  /** Of them, labelled violating (value 1). */
  count: number;
  effectiveSampleSize: number | null;
  method: ProjectEstimateMethod;
  minimumSample: number;
  tooFewToTell: boolean;
}

export interface DifferenceEstimate {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The 95 % interval excludes 0; null when there are too few to tell. */
  significant: boolean | null;
  method: ProjectEstimateMethod;
  n: number;
  tooFewToTell: boolean;
  discordant?: { onlyA: number; onlyB: number };
}

export interface PairedUnit {
  stratum: string;
  weight: number;
  inclusionProbability: number;
  a: 0 | 1;
  b: 0 | 1;
}

/** A weight a rounding error from zero is zero (a stratum all of whose weight is certainty units). */
const tolerance = 1e-9;

/** The ratio estimate of the domain, or null where the design cannot say yet (see the module comment). */
export function ratioEstimate(strata: readonly EstimationStratum[], units: readonly LabelledUnit[]): RatioEstimate | null {
  return calibrated(strata, units)?.estimate ?? null;
}

/** The prevalence of the domain among labelled units of value 0 or 1, with its 95 % interval. */
export function prevalence(strata: readonly EstimationStratum[], units: readonly LabelledUnit[], { minimum = minimumSample.proportion }: { minimum?: number } = {}): ProjectEstimate {
  let n = 0;
  let count = 0;
  for (const unit of units) {
    if (unit.value !== 0 && unit.value !== 1) throw new RangeError(`A prevalence needs values 0 or 1, not ${unit.value}`);
    if (unit.inDomain === false) continue;
    n++;
    count += unit.value;
  }
  const result = calibrated(strata, units);
  const simple = result !== null && result.labelledStrata === 1 && equalWeights(result.domainWeights);
  const base = { n, count, minimumSample: minimum, method: simple ? ProjectEstimateMethod.WILSON : ProjectEstimateMethod.WILSON_EFFECTIVE_SAMPLE };
  if (result === null || n < minimum) {
    return { ...base, value: null, low: null, high: null, standardError: null, effectiveSampleSize: null, tooFewToTell: true };
  }
  const { value, variance, effectiveSampleSize } = result.estimate;
  const [low, high] = simple ? wilsonInterval(count, n) : wilsonInterval(value * effectiveSampleSize, effectiveSampleSize);
  return { ...base, value: simple ? count / n : value, low, high, standardError: Math.sqrt(variance), effectiveSampleSize, tooFewToTell: false };
}

/** b − a for two independent arms, by Newcombe's hybrid score interval from each arm's interval. */
export function independentDifference(a: ProjectEstimate, b: ProjectEstimate): DifferenceEstimate {
  const base = { method: ProjectEstimateMethod.NEWCOMBE, n: a.n + b.n };
  if (a.tooFewToTell || b.tooFewToTell || a.value === null || a.low === null || a.high === null || b.value === null || b.low === null || b.high === null) {
    return { ...base, value: null, low: null, high: null, significant: null, tooFewToTell: true };
  }
  const value = b.value - a.value;
  const low = value - Math.hypot(b.value - b.low, a.high - a.value);
  const high = value + Math.hypot(b.high - b.value, a.value - a.low);
  return { ...base, value, low, high, significant: low > 0 || high < 0, tooFewToTell: false };
}

/** b − a over pairs labelled under both arms: the mean paired difference with a normal interval. */
export function pairedDifference(strata: readonly EstimationStratum[], pairs: readonly PairedUnit[], { minimum = minimumSample.proportion }: { minimum?: number } = {}): DifferenceEstimate {
  let onlyA = 0;
  let onlyB = 0;
  const units: LabelledUnit[] = pairs.map((pair) => {
    if ((pair.a !== 0 && pair.a !== 1) || (pair.b !== 0 && pair.b !== 1)) throw new RangeError(`A pair needs labels 0 or 1, not ${pair.a} and ${pair.b}`);
    if (pair.a > pair.b) onlyA++;
    if (pair.b > pair.a) onlyB++;
    return { stratum: pair.stratum, weight: pair.weight, inclusionProbability: pair.inclusionProbability, value: pair.b - pair.a };
  });
  const base = { method: ProjectEstimateMethod.PAIRED_NORMAL, n: pairs.length, discordant: { onlyA, onlyB } };
  const estimate = ratioEstimate(strata, units);
  if (estimate === null || pairs.length < minimum) return { ...base, value: null, low: null, high: null, significant: null, tooFewToTell: true };
  const half = z95 * Math.sqrt(estimate.variance);
  const low = Math.max(-1, estimate.value - half);
  const high = Math.min(1, estimate.value + half);
  return { ...base, value: estimate.value, low, high, significant: low > 0 || high < 0, tooFewToTell: false };
}

interface Calibrated {
  estimate: RatioEstimate;
  /** d' of the labelled units in the domain. */
  domainWeights: Float64Array;
  /** Design strata with at least one labelled unit. */
  labelledStrata: number;
}

/** Calibrated weights, θ̂ and V̂, or null where they are undefined. */
function calibrated(strata: readonly EstimationStratum[], units: readonly LabelledUnit[]): Calibrated | null {
  const groups = new Map<string, { stratum: EstimationStratum; certain: number[]; sampled: number[] }>();
  for (const stratum of strata) {
    if (groups.has(stratum.key)) throw new RangeError(`Stratum ${stratum.key} is listed twice`);
    if (!(stratum.units >= 0 && stratum.weight >= 0 && Number.isFinite(stratum.weight))) throw new RangeError(`Stratum ${stratum.key} has ${stratum.units} units of weight ${stratum.weight}`);
    groups.set(stratum.key, { stratum, certain: [], sampled: [] });
  }
  units.forEach((unit, i) => {
    const group = groups.get(unit.stratum);
    if (!group) throw new RangeError(`A unit is in stratum ${unit.stratum}, which the design does not have`);
    if (!(unit.weight >= 0 && Number.isFinite(unit.weight))) throw new RangeError(`A unit has a weight of ${unit.weight}`);
    if (!(unit.inclusionProbability > 0 && unit.inclusionProbability <= 1 + tolerance)) throw new RangeError(`A unit has an inclusion probability of ${unit.inclusionProbability}`);
    if (!group.stratum.withoutReplacement && unit.inclusionProbability >= 1) group.certain.push(i);
    else group.sampled.push(i);
  });

  const calibratedWeight = new Float64Array(units.length);
  let labelledStrata = 0;
  for (const { stratum, certain, sampled } of groups.values()) {
    if (certain.length + sampled.length > 0) labelledStrata++;
    let certainWeight = 0;
    for (const i of certain) {
      calibratedWeight[i] = units[i]!.weight;
      certainWeight += units[i]!.weight;
    }
    let known = stratum.weight - certainWeight;
    if (known < -tolerance * Math.max(1, stratum.weight)) throw new RangeError(`Stratum ${stratum.key}'s certainty units weigh more than the stratum`);
    if (known <= tolerance * stratum.weight) known = 0;
    if (known === 0) continue; // nothing left to represent: sampled units of a zero-weight stratum count for 0
    if (sampled.length < 2) return null;
    let design = 0;
    for (const i of sampled) design += units[i]!.weight / units[i]!.inclusionProbability;
    if (!(design > 0)) return null;
    for (const i of sampled) calibratedWeight[i] = ((units[i]!.weight / units[i]!.inclusionProbability) * known) / design;
  }

  let domainTotal = 0;
  let domainViolating = 0;
  let domainSquares = 0;
  const domainWeights: number[] = [];
  units.forEach((unit, i) => {
    if (unit.inDomain === false) return;
    const d = calibratedWeight[i]!;
    domainWeights.push(d);
    domainTotal += d;
    domainViolating += d * unit.value;
    domainSquares += d * d;
  });
  if (domainWeights.length === 0 || !(domainTotal > 0)) return null;
  const value = domainViolating / domainTotal;

  let variance = 0;
  for (const { stratum, sampled } of groups.values()) {
    const m = sampled.length;
    if (m < 2) continue; // a stratum of certainty units only, or of zero weight: no sampling variance
    const z = sampled.map((i) => (units[i]!.inDomain === false ? 0 : (calibratedWeight[i]! * (units[i]!.value - value)) / domainTotal));
    const mean = z.reduce((total, zi) => total + zi, 0) / m;
    const squares = z.reduce((total, zi) => total + (zi - mean) ** 2, 0);
    const f = stratum.withoutReplacement && stratum.units > 0 ? Math.min(1, m / stratum.units) : 0;
    variance += ((1 - f) * m * squares) / (m - 1);
  }

  const effectiveSampleSize = variance > 0 && value > 0 && value < 1 ? (value * (1 - value)) / variance : (domainTotal * domainTotal) / domainSquares;
  return {
    estimate: { value, variance, labelled: domainWeights.length, effectiveSampleSize },
    domainWeights: Float64Array.from(domainWeights),
    labelledStrata,
  };
}

function equalWeights(weights: Float64Array): boolean {
  const first = weights[0]!;
  return weights.every((weight) => Math.abs(weight - first) <= tolerance * Math.abs(first));
}
