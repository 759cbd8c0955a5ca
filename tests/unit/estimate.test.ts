import { describe, expect, it } from 'vitest';
import { cohensKappa, cohensKappaOfTable, tallyPairs } from '../../server/src/quality/agreement.ts';
import { binomial, multinomial, mulberry32 } from '../../server/src/kernel/random.ts';
import { bootstrapped, EstimateMethod, medianEstimate, minimumSample, proportion, wilsonInterval } from '../../server/src/quality/estimate.ts';

describe('Wilson interval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [29, 29, 0.8830, 1],
  ])('%i of %i lies in [%f, %f]', (count, n, low, high) => {
    const [l, h] = wilsonInterval(count, n);
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });

  it('states a proportion with its count, n and method', () => {
    expect(proportion(81, 263)).toMatchObject({ value: 81 / 263, count: 81, n: 263, method: EstimateMethod.WILSON, tooFewToTell: false });
  });

  it('says too few to tell below the minimum sample instead of a number', () => {
    const few = proportion(1, minimumSample.proportion - 1);
    expect(few).toMatchObject({ value: null, low: null, high: null, n: minimumSample.proportion - 1, count: 1, tooFewToTell: true });
    expect(proportion(0, 0)).toMatchObject({ value: null, n: 0, tooFewToTell: true });
  });

  it('refuses a count that is not part of its whole', () => {
    expect(() => proportion(3, 2)).toThrow(RangeError);
  });
});

describe('median interval', () => {
  const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('takes the order statistics n/2 ± 1.96·√n/2 (ranks 40 and 61 of 100)', () => {
    expect(medianEstimate(ranks(100).reverse())).toMatchObject({ value: 50.5, low: 40, high: 61, n: 100, method: EstimateMethod.ORDER_STATISTIC });
  });

  it('spans the whole sample when it is small', () => {
    expect(medianEstimate(ranks(10))).toMatchObject({ value: 5.5, low: 1, high: 10 });
  });

  it('withholds a median of too few values', () => {
    expect(medianEstimate(ranks(minimumSample.median - 1))).toMatchObject({ value: null, tooFewToTell: true });
  });
});

describe('bootstrapped κ', () => {
  const pairs: [string, string][] = [
    ...Array.from({ length: 20 }, () => ['V', 'V'] as [string, string]),
    ...Array.from({ length: 15 }, () => ['N', 'N'] as [string, string]),
    ...Array.from({ length: 5 }, () => ['V', 'N'] as [string, string]),
  ];

  it('reports κ itself with an interval around it, the same on every run', () => {
    const first = bootstrapped(tallyPairs(pairs), cohensKappaOfTable);
    expect(first.value).toBeCloseTo(cohensKappa(pairs)!, 12);
    expect(first.low!).toBeLessThan(first.value!);
    expect(first.high!).toBeGreaterThan(first.value!);
    expect(first.high!).toBeLessThanOrEqual(1);
    expect(bootstrapped(tallyPairs(pairs), cohensKappaOfTable)).toEqual(first);
    expect(first).toMatchObject({ n: 40, count: null, method: EstimateMethod.BOOTSTRAP_PERCENTILE });
  });

  it('gives perfect agreement an interval of exactly 1', () => {
    const agreed = pairs.filter(([a, b]) => a === b);
    expect(bootstrapped(tallyPairs(agreed), cohensKappaOfTable)).toMatchObject({ value: 1, low: 1, high: 1 });
  });

  it('leaves κ undefined, not zero, when every label is the same', () => {
    const same = Array.from({ length: 30 }, () => ['V', 'V'] as [string, string]);
    expect(bootstrapped(tallyPairs(same), cohensKappaOfTable)).toMatchObject({ value: null, tooFewToTell: false, n: 30 });
  });
});

describe('resampling a table of counts', () => {
  it('gives the interval resampling the items one by one gives', () => {
    const table = tallyPairs([
      ...Array.from({ length: 60 }, () => ['V', 'V'] as [string, string]),
      ...Array.from({ length: 30 }, () => ['N', 'N'] as [string, string]),
      ...Array.from({ length: 6 }, () => ['V', 'N'] as [string, string]),
      ...Array.from({ length: 4 }, () => ['N', 'V'] as [string, string]),
    ]);
    // The textbook bootstrap: 4,000 replicates of 100 items drawn one by one.
    const items = table.flatMap((cell) => Array.from({ length: cell.n }, () => [cell.first, cell.second] as [string, string]));
    const random = mulberry32(7);
    const draws = Array.from({ length: 4000 }, () => cohensKappa(items.map(() => items[Math.floor(random() * items.length)]!))!).sort((a, b) => a - b);
    const estimate = bootstrapped(table, cohensKappaOfTable, { replicates: 4000 });
    expect(estimate.low!).toBeCloseTo(draws[Math.round(0.025 * 3999)]!, 1);
    expect(estimate.high!).toBeCloseTo(draws[Math.round(0.975 * 3999)]!, 1);
    expect(Math.abs(estimate.low! - draws[Math.round(0.025 * 3999)]!)).toBeLessThan(0.03);
    expect(Math.abs(estimate.high! - draws[Math.round(0.975 * 3999)]!)).toBeLessThan(0.03);
  });

  it('states a million rated items with a narrow interval', () => {
    const table = [
      { first: 'V', second: 'V', n: 400_000 },
      { first: 'N', second: 'N', n: 500_000 },
      { first: 'V', second: 'N', n: 60_000 },
      { first: 'N', second: 'V', n: 40_000 },
    ];
    const estimate = bootstrapped(table, cohensKappaOfTable);
    expect(estimate.n).toBe(1_000_000);
    expect(estimate.value).toBeCloseTo(cohensKappaOfTable(table)!, 12);
    expect(estimate.high! - estimate.low!).toBeGreaterThan(0);
    expect(estimate.high! - estimate.low!).toBeLessThan(0.005);
  });
});

describe('binomial and multinomial draws', () => {
  const pmf = (n: number, p: number, k: number) => {
    let c = 1;
    for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
    return c * p ** k * (1 - p) ** (n - k);
  };

  it.each([
    [10, 0.3],
    [60, 0.45],
    [200, 0.8],
  ])('draws Binomial(%i, %f) with its own frequencies', (n, p) => {
    const random = mulberry32(11);
    const draws = 40_000;
    const seen = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < draws; i++) seen[binomial(n, p, random)]!++;
    // Pearson's χ² over the cells expected at least 5 times, against a generous bound.
    let chi2 = 0, cells = 0;
    for (let k = 0; k <= n; k++) {
      const expected = draws * pmf(n, p, k);
      if (expected >= 5) {
        chi2 += (seen[k]! - expected) ** 2 / expected;
        cells++;
      }
    }
    expect(chi2).toBeLessThan(cells + 5 * Math.sqrt(2 * cells));
  });

  it('keeps mean and variance for a million trials', () => {
    const random = mulberry32(3);
    const values = Array.from({ length: 2000 }, () => binomial(1_000_000, 0.02, random));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
    expect(Math.abs(mean - 20_000) / Math.sqrt(19_600 / 2000)).toBeLessThan(4);
    expect(variance / 19_600).toBeGreaterThan(0.85);
    expect(variance / 19_600).toBeLessThan(1.15);
  });

  it('deals every item to some cell', () => {
    const random = mulberry32(5);
    for (let i = 0; i < 100; i++) {
      const counts = multinomial(1234, [5, 0, 3, 2], random);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1234);
      expect(counts[1]).toBe(0);
    }
  });
});
