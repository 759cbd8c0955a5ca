import { describe, expect, it } from 'vitest';
import {
  armName,
  formatDifference,
  formatPercent,
  formatSampleSize,
  formatShareEstimate,
  formatSignedPoints,
  formatTarget,
  intervalBars,
  shareOfPercent,
} from '../../web/src/lib/projects/figures.ts';

const estimate = (overrides: Partial<{ value: number | null; low: number | null; high: number | null; n: number; tooFewToTell: boolean }> = {}) => ({
  value: 0.0833,
  low: 0.0149,
  high: 0.3539,
  n: 12,
  tooFewToTell: false,
  ...overrides,
});

describe('how the project page states its figures', () => {
  it('states a prevalence to a tenth of a percent, with its 95 % interval and n', () => {
    expect(formatShareEstimate(estimate())).toBe('8.3 % (95 % CI 1.5–35.4 %, n = 12)');
    expect(formatShareEstimate(estimate({ value: 0, low: 0, high: 0.2425 }))).toBe('0 % (95 % CI 0–24.3 %, n = 12)');
    expect(formatPercent(0.2)).toBe('20 %');
  });

  it('says "too few to tell" below the minimum sample, and that nothing is labelled at n = 0', () => {
    expect(formatShareEstimate(estimate({ value: null, low: null, high: null, n: 3, tooFewToTell: true }))).toBe('too few to tell (n = 3)');
    expect(formatShareEstimate(estimate({ value: null, low: null, high: null, n: 0, tooFewToTell: true }))).toBe('nothing labelled yet');
  });

  it('states a difference in signed percentage points, with its interval and whether it leaves out 0', () => {
    expect(formatDifference({ ...estimate({ value: 0.333, low: 0.05, high: 0.58, n: 24 }), significant: true })).toBe('+33.3 pp (95 % CI +5 to +58 pp, n = 24), significant');
    expect(formatDifference({ ...estimate({ value: -0.02, low: -0.21, high: 0.17, n: 24 }), significant: false })).toBe('−2 pp (95 % CI −21 to +17 pp, n = 24), not significant');
    expect(formatDifference({ ...estimate({ value: null, low: null, high: null, n: 4, tooFewToTell: true }), significant: null })).toBe('too few to tell (n = 4)');
    expect(formatSignedPoints(0)).toBe('0 pp');
    expect(formatSignedPoints(-0.0001)).toBe('0 pp');
  });

  it('states the precision asked for as ± percentage points at 95 %', () => {
    expect(formatTarget(0.1)).toBe('±10 pp at 95 %');
    expect(formatTarget(0.005)).toBe('±0.5 pp at 95 %');
  });

  it('names arm A and arm B as the requester did, A first', () => {
    expect(armName('A', ['ranker v1', 'ranker v2'])).toBe('ranker v1 (A)');
    expect(armName('B', ['ranker v1', 'ranker v2'])).toBe('ranker v2 (B)');
    expect(armName('B', [])).toBe('Arm B');
    expect(armName(null, [])).toBe('All');
  });

  it('reads percentages typed into a form as shares, and nothing else', () => {
    expect(shareOfPercent(10)).toBe(0.1);
    expect(shareOfPercent('2,5')).toBe(0.025);
    expect(shareOfPercent('')).toBeNull();
    expect(shareOfPercent(null)).toBeNull();
    expect(shareOfPercent('ten')).toBeNull();
  });

  it('says a sample size in the unit of the comparison', () => {
    expect(formatSampleSize(12, 'ARMS')).toBe('12 per arm');
    expect(formatSampleSize(25, 'PAIRED')).toBe('25 pairs');
    expect(formatSampleSize(1, 'NONE')).toBe('1 item');
  });

  it('charts an interval and a point for each estimate, and neither for one too small to tell', () => {
    expect(
      intervalBars([
        { label: 'ranker v1 (A)', estimate: estimate({ value: 0, low: 0, high: 0.24 }) },
        { label: 'ranker v2 (B)', estimate: estimate({ value: null, low: null, high: null, n: 2, tooFewToTell: true }) },
      ]),
    ).toEqual([
      { label: 'ranker v1 (A)', interval: [0, 0.24], value: 0 },
      { label: 'ranker v2 (B)', interval: null, value: null },
    ]);
  });
});
