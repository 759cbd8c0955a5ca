import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../server/src/quality/agreement.ts';
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
    const first = bootstrapped(pairs, cohensKappa);
    expect(first.value).toBeCloseTo(cohensKappa(pairs)!, 12);
    expect(first.low!).toBeLessThan(first.value!);
    expect(first.high!).toBeGreaterThan(first.value!);
    expect(first.high!).toBeLessThanOrEqual(1);
    expect(bootstrapped(pairs, cohensKappa)).toEqual(first);
    expect(first).toMatchObject({ n: 40, count: null, method: EstimateMethod.BOOTSTRAP_PERCENTILE });
  });

  it('gives perfect agreement an interval of exactly 1', () => {
    const agreed = pairs.filter(([a, b]) => a === b);
    expect(bootstrapped(agreed, cohensKappa)).toMatchObject({ value: 1, low: 1, high: 1 });
  });

  it('leaves κ undefined, not zero, when every label is the same', () => {
    const same = Array.from({ length: 30 }, () => ['V', 'V'] as [string, string]);
    expect(bootstrapped(same, cohensKappa)).toMatchObject({ value: null, tooFewToTell: false, n: 30 });
  });
});
