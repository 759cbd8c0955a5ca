/**
 * How Vigil states a measured figure: the value with its sample size and a 95 % interval, or
 * "too few to tell" below a minimum sample. Every rate, κ and median a person reads goes through
 * here (quality page, review snapshots, reports, the dashboard), so one rule decides when a figure
 * is shown. Pure functions, tested against worked examples (tests/unit/estimate.test.ts).
 *
 * Methods:
 * - Proportions: the Wilson score interval. Unlike the normal ("Wald") interval it stays inside
 *   [0, 1] and keeps its coverage near 0 % and 100 %, where accuracy figures live.
 * - κ: a percentile bootstrap over items (cases resampled with replacement, 1,000 replicates,
 *   a fixed seed so a frozen report reads the same on every run). Items are resampled as the
 *   counts of their agreement table (a multinomial draw over its cells), which is the same
 *   resampling in O(cells) per replicate, so a month of a million decisions costs what a day does.
 * - Medians: the distribution-free order-statistic interval (ranks n/2 ± 1.96·√n/2), which needs
 *   no assumption about the shape of handle times.
 */
import { multinomial, mulberry32 } from '../kernel/random.ts';

export enum EstimateMethod {
  WILSON = 'WILSON',
  BOOTSTRAP_PERCENTILE = 'BOOTSTRAP_PERCENTILE',
  ORDER_STATISTIC = 'ORDER_STATISTIC',
}

/**
 * The smallest samples a figure is shown for, documented in the README ("How figures are
 * stated"). Below them an interval is so wide the number misleads: at n = 20 a Wilson interval
 * around 90 % already spans 70–97 %.
 */
export const minimumSample = {
  proportion: 20,
  kappa: 20,
  median: 10,
} as const;

export interface Estimate {
  /** The point estimate; null when there are too few to tell (or nothing to measure). */
  value: number | null;
  /** 95 % interval; null with the value. */
  low: number | null;
  high: number | null;
  /** Items measured: the denominator of a proportion, items rated for κ, values for a median. */
  n: number;
  /** For a proportion, its numerator; null for κ and medians. */
  count: number | null;
  method: EstimateMethod;
  minimumSample: number;
  /** n is below the minimum sample: the figure is withheld, not zero. */
  tooFewToTell: boolean;
}

const z95 = 1.959963984540054;

/** The Wilson score interval of `count` successes in `n` trials. */
export function wilsonInterval(count: number, n: number, z = z95): [number, number] {
  if (n <= 0) throw new RangeError('A proportion needs at least one trial');
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** `count` of `n` as an estimate with its Wilson interval. */
export function proportion(count: number, n: number, minimum: number = minimumSample.proportion): Estimate {
  if (count < 0 || count > n) throw new RangeError(`A count of ${count} out of ${n} is not a proportion`);
  const base = { n, count, method: EstimateMethod.WILSON, minimumSample: minimum, tooFewToTell: n < minimum };
  if (n === 0 || n < minimum) return { ...base, value: null, low: null, high: null };
  const [low, high] = wilsonInterval(count, n);
  return { ...base, value: count / n, low, high };
}

/**
 * A statistic over counted items (cells, e.g. an agreement table) with a percentile-bootstrap
 * interval: each replicate draws n items with replacement, i.e. new cell counts. `statistic` may
 * return null (κ is undefined when every label falls in one category); such replicates are left
 * out, and an undefined point estimate gives a null value whatever n is.
 */
export function bootstrapped<Cell extends { n: number }>(
  cells: readonly Cell[],
  statistic: (cells: readonly Cell[]) => number | null,
  { minimum = minimumSample.kappa, replicates = 1000, seed = 0x5eed }: { minimum?: number; replicates?: number; seed?: number } = {},
): Estimate {
  const n = cells.reduce((total, cell) => total + cell.n, 0);
  const base = { n, count: null, method: EstimateMethod.BOOTSTRAP_PERCENTILE, minimumSample: minimum, tooFewToTell: n < minimum };
  const value = n === 0 || n < minimum ? null : statistic(cells);
  if (value === null) return { ...base, value: null, low: null, high: null };
  const random = mulberry32(seed);
  const weights = cells.map((cell) => cell.n);
  const draws: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const counts = multinomial(n, weights, random);
    const drawn = statistic(cells.map((cell, i) => ({ ...cell, n: counts[i]! })));
    if (drawn !== null) draws.push(drawn);
  }
  draws.sort((a, b) => a - b);
  return { ...base, value, low: quantile(draws, 0.025) ?? value, high: quantile(draws, 0.975) ?? value };
}

/** The median with its distribution-free 95 % interval (order statistics). */
export function medianEstimate(values: readonly number[], minimum: number = minimumSample.median): Estimate {
  const n = values.length;
  const base = { n, count: null, method: EstimateMethod.ORDER_STATISTIC, minimumSample: minimum, tooFewToTell: n < minimum };
  if (n === 0 || n < minimum) return { ...base, value: null, low: null, high: null };
  const sorted = [...values].sort((a, b) => a - b);
  const half = (z95 * Math.sqrt(n)) / 2;
  // 1-based ranks, clamped to the sample: small samples get the whole range.
  const lowRank = Math.max(1, Math.floor(n / 2 - half));
  const highRank = Math.min(n, Math.ceil(n / 2 + 1 + half));
  return { ...base, value: middle(sorted), low: sorted[lowRank - 1]!, high: sorted[highRank - 1]! };
}

/** The middle value of sorted values (the mean of the two middle ones for an even count). */
function middle(sorted: readonly number[]): number {
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

/** Linear-interpolated quantile of sorted values (type 7, as R and numpy default). */
function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
