import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../server/src/quality/estimate.ts';
import {
  type EstimationStratum,
  independentDifference,
  type LabelledUnit,
  pairedDifference,
  type PairedUnit,
  prevalence,
  type ProjectEstimate,
  ProjectEstimateMethod,
  ratioEstimate,
} from '../../server/src/projects/estimators.ts';

// z = 1.959964, z² = 3.841459 throughout.

/** `count` labelled units of one stratum, the first `violating` of them with value 1. */
const labelled = (stratum: string, count: number, violating: number, inclusionProbability: number, extra: Partial<LabelledUnit> = {}): LabelledUnit[] =>
  Array.from({ length: count }, (_, i) => ({ stratum, weight: 1, inclusionProbability, value: i < violating ? 1 : 0, ...extra }));

const srs: EstimationStratum[] = [{ key: 'all', units: 1000, weight: 1000, withoutReplacement: true }];

describe('prevalence of a simple random sample', () => {
  // 40 of N = 1,000 units of weight 1 (π = 0.04), 10 labelled violating.
  const sample = labelled('all', 40, 10, 0.04);

  it('states 10 of 40 as 25 % with the exact Wilson interval', () => {
    // p = 0.25, z²/n = 3.841459/40 = 0.096036
    // centre = (0.25 + 0.048018) / 1.096036 = 0.271905
    // half = (1.959964 / 1.096036) · √(0.25·0.75/40 + 3.841459/6400) = 1.788231 · √0.0052877 = 0.130034
    // → [0.141871, 0.401940]
    const estimate = prevalence(srs, sample);
    expect(estimate).toMatchObject({ n: 40, count: 10, method: ProjectEstimateMethod.WILSON, tooFewToTell: false, minimumSample: 20 });
    expect(estimate.value).toBeCloseTo(0.25, 12);
    expect(estimate.low).toBeCloseTo(0.141871, 5);
    expect(estimate.high).toBeCloseTo(0.40194, 5);
  });

  it('estimates the variance (1 − f)·θ̂(1 − θ̂)/(m − 1)', () => {
    // (1 − 40/1000) · 0.25 · 0.75 / 39 = 0.96 · 0.1875 / 39 = 0.18/39 = 0.0046154
    const estimate = ratioEstimate(srs, sample)!;
    expect(estimate.value).toBeCloseTo(0.25, 12);
    expect(estimate.variance).toBeCloseTo(0.18 / 39, 12);
    expect(estimate.labelled).toBe(40);
    // θ̂(1−θ̂)/V̂ = 0.1875 / (0.18/39) = 40.625 = (m − 1)/(1 − f): more than 40 thanks to the FPC
    expect(estimate.effectiveSampleSize).toBeCloseTo(40.625, 10);
    expect(prevalence(srs, sample).standardError).toBeCloseTo(Math.sqrt(0.18 / 39), 12);
  });

  it('estimates a domain from the units in it, with the others in the variance as zeros', () => {
    // 24 of the 40 in the domain, 6 of them violating; the 16 outside (5 violating) do not count.
    const units = [...labelled('all', 24, 6, 0.04), ...labelled('all', 16, 5, 0.04, { inDomain: false })];
    // d' = 1000/40 = 25, Σ_D d' = 600, θ̂ = 6·25/600 = 0.25
    // z_i = 25(y_i − 0.25)/600 = (y_i − 0.25)/24 in the domain, 0 outside; z̄ = 0
    // Σ z² = (6·0.75² + 18·0.25²)/576 = 4.5/576 = 0.0078125
    // V̂ = (1 − 0.04) · 40/39 · 0.0078125 = 0.3/39 = 0.0076923
    const estimate = ratioEstimate(srs, units)!;
    expect(estimate.value).toBeCloseTo(0.25, 12);
    expect(estimate.variance).toBeCloseTo(0.3 / 39, 12);
    expect(estimate.labelled).toBe(24);
    // Still one stratum with equal weights: Wilson(6, 24)
    // centre = (0.25 + 3.841459/48) / (1 + 3.841459/24) = 0.330030/1.160061 = 0.284494
    // half = (1.959964/1.160061) · √(0.1875/24 + 3.841459/2304) = 1.689535 · √0.0094798 = 0.164500
    const domain = prevalence(srs, units);
    expect(domain).toMatchObject({ n: 24, count: 6, method: ProjectEstimateMethod.WILSON });
    expect(domain.low).toBeCloseTo(0.119994, 5);
    expect(domain.high).toBeCloseTo(0.448994, 5);
  });
});

describe('prevalence of a stratified sample', () => {
  // W_1 = 600 (600 units, 30 labelled, 6 violating), W_2 = 400 (400 units, 40 labelled, 20 violating).
  const strata: EstimationStratum[] = [
    { key: 's1', units: 600, weight: 600, withoutReplacement: true },
    { key: 's2', units: 400, weight: 400, withoutReplacement: true },
  ];
  const units = [...labelled('s1', 30, 6, 30 / 600), ...labelled('s2', 40, 20, 40 / 400)];

  it('weights each stratum by its share of the population', () => {
    // θ̂ = 0.6 · 6/30 + 0.4 · 20/40 = 0.12 + 0.20 = 0.32 (not 26/70 = 0.371)
    // V̂ = 0.6² · (1 − 30/600) · 0.2·0.8/29 + 0.4² · (1 − 40/400) · 0.5·0.5/39
    //   = 0.36 · 0.95 · 0.16/29 + 0.16 · 0.9 · 0.25/39 = 0.0018869 + 0.00092308 = 0.0028100
    const estimate = ratioEstimate(strata, units)!;
    expect(estimate.value).toBeCloseTo(0.32, 12);
    expect(estimate.variance).toBeCloseTo((0.36 * 0.95 * 0.16) / 29 + (0.16 * 0.9 * 0.25) / 39, 12);
    // n_eff = 0.32 · 0.68 / 0.0028100 = 0.2176 / 0.0028100 = 77.438
    expect(estimate.effectiveSampleSize).toBeCloseTo(77.438, 3);
  });

  it('states it with the Wilson interval at the effective sample size', () => {
    // Wilson(0.32 · 77.438, 77.438): z²/n = 0.049607
    // centre = (0.32 + 0.024803) / 1.049607 = 0.328507
    // half = (1.959964/1.049607) · √(0.0028100 + 3.841459/(4·77.438²)) = 1.867332 · √0.0029701 = 0.101767
    // → [0.226740, 0.430275]
    const estimate = prevalence(strata, units);
    expect(estimate).toMatchObject({ n: 70, count: 26, method: ProjectEstimateMethod.WILSON_EFFECTIVE_SAMPLE, tooFewToTell: false });
    expect(estimate.value).toBeCloseTo(0.32, 12);
    expect(estimate.low).toBeCloseTo(0.22674, 5);
    expect(estimate.high).toBeCloseTo(0.430275, 5);
    expect(estimate.standardError).toBeCloseTo(Math.sqrt(0.00280997), 6);
  });

  it('says too few to tell while a stratum has fewer than two labels', () => {
    const partial = [...labelled('s1', 30, 6, 30 / 600), ...labelled('s2', 1, 1, 40 / 400)];
    expect(ratioEstimate(strata, partial)).toBeNull();
    expect(prevalence(strata, partial)).toMatchObject({ value: null, low: null, high: null, standardError: null, effectiveSampleSize: null, n: 31, count: 7, tooFewToTell: true });
    expect(prevalence(strata, labelled('s1', 30, 6, 30 / 600))).toMatchObject({ value: null, tooFewToTell: true });
  });
});

describe('prevalence of a PPS sample', () => {
  // One stratum of 100 units, W = 1,000, drawn with n = 5: a unit of weight 400 filled an interval
  // (π = 1); then n = 4, W = 600, π_i = 4·w_i/600. Four labelled: the certainty unit (violating),
  // w = 30 (π 0.2, violating), 60 (π 0.4, not), 15 (π 0.1, violating); w = 45 (π 0.3) not yet.
  const strata: EstimationStratum[] = [{ key: 'all', units: 100, weight: 1000, withoutReplacement: false }];
  const units: LabelledUnit[] = [
    { stratum: 'all', weight: 400, inclusionProbability: 1, value: 1 },
    { stratum: 'all', weight: 30, inclusionProbability: 0.2, value: 1 },
    { stratum: 'all', weight: 60, inclusionProbability: 0.4, value: 0 },
    { stratum: 'all', weight: 15, inclusionProbability: 0.1, value: 1 },
  ];

  it('weights the labelled units by w/π, calibrated to the weight they stand for (Hájek)', () => {
    // d = w/π = 150 for each non-certainty unit, Σ d = 450, calibrated to 1000 − 400 = 600: d' = 200
    // θ̂ = (400·1 + 200·1 + 200·0 + 200·1) / 1000 = 0.8 (unweighted, 3 of 4 = 0.75)
    // z_i = 200(y_i − 0.8)/1000 = 0.04, −0.16, 0.04 (the certainty unit adds no variance);
    // z̄ = −0.026667, Σ(z − z̄)² = 2·0.066667² + 0.133333² = 0.026667; V̂ = 3/2 · 0.026667 = 0.04
    const estimate = ratioEstimate(strata, units)!;
    expect(estimate.value).toBeCloseTo(0.8, 12);
    expect(estimate.variance).toBeCloseTo(0.04, 12);
    // n_eff = 0.8·0.2/0.04 = 4
    expect(estimate).toMatchObject({ labelled: 4 });
    expect(estimate.effectiveSampleSize).toBeCloseTo(4, 10);
  });

  it('states it with Wilson at the effective sample size', () => {
    // Wilson(3.2, 4): z²/n = 0.960365; centre = (0.8 + 0.480182)/1.960365 = 0.653033
    // half = (1.959964/1.960365) · √(0.16/4 + 3.841459/64) = 0.999795 · 0.316264 = 0.316199
    const estimate = prevalence(strata, units, { minimum: 1 });
    expect(estimate).toMatchObject({ n: 4, count: 3, method: ProjectEstimateMethod.WILSON_EFFECTIVE_SAMPLE, minimumSample: 1 });
    expect(estimate.value).toBeCloseTo(0.8, 12);
    expect(estimate.low).toBeCloseTo(0.336834, 5);
    expect(estimate.high).toBeCloseTo(0.969232, 5);
    expect(estimate.standardError).toBeCloseTo(0.2, 12);
  });

  it('has no sampling variance when every unit was taken with certainty', () => {
    const census = [
      { stratum: 'all', weight: 700, inclusionProbability: 1, value: 1 },
      { stratum: 'all', weight: 300, inclusionProbability: 1, value: 0 },
    ];
    expect(ratioEstimate(strata, census)).toMatchObject({ value: 0.7, variance: 0, labelled: 2 });
  });
});

describe('too few to tell', () => {
  it('withholds a prevalence of fewer than 20 labels', () => {
    expect(prevalence(srs, labelled('all', 19, 5, 0.019))).toMatchObject({ value: null, low: null, high: null, n: 19, count: 5, tooFewToTell: true, minimumSample: 20 });
    expect(prevalence(srs, labelled('all', 20, 5, 0.02))).toMatchObject({ value: 0.25, tooFewToTell: false });
  });

  it('says nothing of an empty domain', () => {
    expect(ratioEstimate(srs, labelled('all', 30, 5, 0.03, { inDomain: false }))).toBeNull();
    expect(prevalence(srs, [])).toMatchObject({ value: null, n: 0, count: 0, tooFewToTell: true });
  });

  it('refuses a unit of a stratum the design does not have, or a value that is not 0 or 1', () => {
    expect(() => prevalence(srs, labelled('elsewhere', 30, 5, 0.03))).toThrow(RangeError);
    expect(() => prevalence(srs, [{ stratum: 'all', weight: 1, inclusionProbability: 0.1, value: 2 }])).toThrow(RangeError);
  });
});

describe('difference of two independent arms', () => {
  /** An arm of `count` of `n` violating, its interval the Wilson one. */
  const arm = (count: number, n: number): ProjectEstimate => {
    const [low, high] = wilsonInterval(count, n);
    return { value: count / n, low, high, standardError: null, n, count, effectiveSampleSize: n, method: ProjectEstimateMethod.WILSON, minimumSample: 20, tooFewToTell: false };
  };
  // Wilson(10, 40) = [0.141871, 0.401940] (above); Wilson(30, 40) = [0.598060, 0.858129] (its mirror);
  // Wilson(14, 40): centre = (0.35 + 0.048018)/1.096036 = 0.363143, half = 1.788231·√(0.2275/40 + 0.00060023) = 0.141798
  // → [0.221345, 0.504941]

  it('finds 75 % − 25 % significant by Newcombe’s interval', () => {
    // d = 0.5; low = 0.5 − √((0.75 − 0.598060)² + (0.401940 − 0.25)²) = 0.5 − √(2 · 0.151940²) = 0.5 − 0.214875 = 0.285125
    //          high = 0.5 + √((0.858129 − 0.75)² + (0.25 − 0.141871)²) = 0.5 + √(2 · 0.108129²) = 0.5 + 0.152917 = 0.652917
    const difference = independentDifference(arm(10, 40), arm(30, 40));
    expect(difference).toMatchObject({ significant: true, method: ProjectEstimateMethod.NEWCOMBE, n: 80, tooFewToTell: false });
    expect(difference.value).toBeCloseTo(0.5, 12);
    expect(difference.low).toBeCloseTo(0.285125, 5);
    expect(difference.high).toBeCloseTo(0.652917, 5);
  });

  it('finds 35 % − 25 % not significant', () => {
    // d = 0.1; low = 0.1 − √((0.35 − 0.221345)² + 0.151940²) = 0.1 − √(0.016552 + 0.023086) = 0.1 − 0.199092 = −0.099092
    //          high = 0.1 + √((0.504941 − 0.35)² + 0.108129²) = 0.1 + √(0.024007 + 0.011692) = 0.1 + 0.188941 = 0.288941
    const difference = independentDifference(arm(10, 40), arm(14, 40));
    expect(difference).toMatchObject({ significant: false, tooFewToTell: false });
    expect(difference.value).toBeCloseTo(0.1, 12);
    expect(difference.low).toBeCloseTo(-0.099092, 5);
    expect(difference.high).toBeCloseTo(0.288941, 5);
  });

  it('says too few to tell when either arm does', () => {
    const few: ProjectEstimate = { ...arm(3, 10), value: null, low: null, high: null, tooFewToTell: true };
    expect(independentDifference(few, arm(30, 40))).toMatchObject({ value: null, low: null, high: null, significant: null, tooFewToTell: true, n: 50 });
  });
});

describe('difference of paired arms', () => {
  /** Pairs of a simple random sample of 20 of 1,000 (π = 0.02, weight 1). */
  const pairs = (onlyA: number, onlyB: number, both: number, neither: number): PairedUnit[] =>
    [
      ...Array.from({ length: onlyA }, () => [1, 0] as const),
      ...Array.from({ length: onlyB }, () => [0, 1] as const),
      ...Array.from({ length: both }, () => [1, 1] as const),
      ...Array.from({ length: neither }, () => [0, 0] as const),
    ].map(([a, b]) => ({ stratum: 'all', weight: 1, inclusionProbability: 0.02, a, b }));

  it('estimates the mean paired difference with its variance and discordant counts', () => {
    // 9 pairs violating only under B, 1 only under A, 10 alike: y = +1 ×9, −1 ×1, 0 ×10
    // θ̂ = (9 − 1)/20 = 0.4; Σ(y − ȳ)² = Σy² − 20·0.4² = 10 − 3.2 = 6.8
    // V̂ = (1 − 20/1000) · (6.8/19)/20 = 0.98 · 0.357895/20 = 0.0175368; √V̂ = 0.132427
    // 0.4 ± 1.959964 · 0.132427 = 0.4 ± 0.259552 → [0.140448, 0.659552], excluding 0
    const difference = pairedDifference(srs, pairs(1, 9, 5, 5));
    expect(difference).toMatchObject({ n: 20, method: ProjectEstimateMethod.PAIRED_NORMAL, discordant: { onlyA: 1, onlyB: 9 }, significant: true, tooFewToTell: false });
    expect(difference.value).toBeCloseTo(0.4, 12);
    expect(difference.low).toBeCloseTo(0.140448, 5);
    expect(difference.high).toBeCloseTo(0.659552, 5);
  });

  it('finds a smaller difference not significant', () => {
    // y = +1 ×6, −1 ×2: θ̂ = 0.2, Σ(y − ȳ)² = 8 − 20·0.04 = 7.2
    // V̂ = 0.98 · (7.2/19)/20 = 0.0185684, √V̂ = 0.136266; 0.2 ± 0.267076 → [−0.067076, 0.467076]
    const difference = pairedDifference(srs, pairs(2, 6, 6, 6));
    expect(difference).toMatchObject({ discordant: { onlyA: 2, onlyB: 6 }, significant: false });
    expect(difference.value).toBeCloseTo(0.2, 12);
    expect(difference.low).toBeCloseTo(-0.067076, 5);
    expect(difference.high).toBeCloseTo(0.467076, 5);
  });

  it('clips the interval to [−1, 1]', () => {
    // Every pair violating only under B: θ̂ = 1, V̂ = 0
    expect(pairedDifference(srs, pairs(0, 20, 0, 0))).toMatchObject({ value: 1, low: 1, high: 1, significant: true });
  });

  it('says too few to tell below 20 pairs, still counting the discordant ones', () => {
    expect(pairedDifference(srs, pairs(1, 9, 5, 4))).toMatchObject({ value: null, low: null, high: null, significant: null, tooFewToTell: true, n: 19, discordant: { onlyA: 1, onlyB: 9 } });
  });
});
