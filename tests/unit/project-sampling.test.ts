import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/src/kernel/random.ts';
import {
  allocate,
  Allocation,
  drawSample,
  type PopulationUnit,
  proposeSampleSize,
  SampleDesignKind,
  stratumFacts,
  weightDesignEffect,
} from '../../server/src/projects/sampling.ts';

/** `count` units of stratum `stratum`, ids `${stratum}-0`, … */
const units = (stratum: string, count: number, weight = 1): PopulationUnit[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${stratum}-${i}`, stratum, weight }));

const ids = (drawn: { id: string }[]) => drawn.map((unit) => unit.id);

describe('proposed sample size', () => {
  it('asks for 1,822 of a million for ±1 pp around 5 %', () => {
    // n0 = 1.959964² · 0.05 · 0.95 / 0.01² = 3.841459 · 0.0475 / 0.0001 = 1824.69
    // n = 1824.69 / (1 + 1823.69 / 1,000,000) = 1824.69 / 1.0018237 = 1821.37 → 1822
    expect(proposeSampleSize({ targetHalfWidth: 0.01, priorRate: 0.05, populationSize: 1_000_000 })).toBe(1822);
  });

  it('asks for fewer when the population is small (finite population correction)', () => {
    // n0 = 3.841459 · 0.25 / 0.05² = 384.15 (the textbook 385 without correction)
    // N = 1,000: 384.15 / (1 + 383.15/1000) = 384.15 / 1.38315 = 277.73 → 278
    // N = 500:   384.15 / (1 + 383.15/500)  = 384.15 / 1.76629 = 217.49 → 218
    expect(proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 0.5, populationSize: 1000 })).toBe(278);
    expect(proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 0.5, populationSize: 500 })).toBe(218);
  });

  it('scales by the design effect', () => {
    // n0 = 2 · 1824.69 = 3649.39; 3649.39 / (1 + 3648.39/1e6) = 3649.39 / 1.0036484 = 3636.12 → 3637
    expect(proposeSampleSize({ targetHalfWidth: 0.01, priorRate: 0.05, populationSize: 1_000_000, designEffect: 2 })).toBe(3637);
  });

  it('never asks for more than the population', () => {
    // n0 = 1824.69 ≫ 10: 1824.69 / (1 + 1823.69/10) = 9.95 → 10
    expect(proposeSampleSize({ targetHalfWidth: 0.01, priorRate: 0.05, populationSize: 10 })).toBe(10);
    expect(proposeSampleSize({ targetHalfWidth: 0.4, priorRate: 0.5, populationSize: 1 })).toBe(1);
  });

  it('plans for the worst case when the prior is 0 or 1', () => {
    const worst = proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 0.5, populationSize: 1000 });
    expect(proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 0, populationSize: 1000 })).toBe(worst);
    expect(proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 1, populationSize: 1000 })).toBe(worst);
  });

  it('refuses a half-width outside (0, 0.5), a prior outside [0, 1] and an empty population', () => {
    expect(() => proposeSampleSize({ targetHalfWidth: 0, priorRate: 0.1, populationSize: 100 })).toThrow(RangeError);
    expect(() => proposeSampleSize({ targetHalfWidth: 0.5, priorRate: 0.1, populationSize: 100 })).toThrow(RangeError);
    expect(() => proposeSampleSize({ targetHalfWidth: 0.05, priorRate: -0.1, populationSize: 100 })).toThrow(RangeError);
    expect(() => proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 1.1, populationSize: 100 })).toThrow(RangeError);
    expect(() => proposeSampleSize({ targetHalfWidth: 0.05, priorRate: 0.1, populationSize: 0 })).toThrow(RangeError);
  });
});

describe('allocation to strata', () => {
  const facts = (key: string, units: number, weight = units, weightCv = 0, priorRate?: number) => ({ key, units, weight, weightCv, priorRate });
  const asObject = (map: Map<string, number>) => Object.fromEntries(map);

  it('shares proportionally to stratum size', () => {
    // 50 · 500/1000 = 25, 50 · 300/1000 = 15, 50 · 200/1000 = 10
    const shares = allocate([facts('c', 200), facts('a', 500), facts('b', 300)], 50, Allocation.PROPORTIONAL, 0.5);
    expect(asObject(shares)).toEqual({ a: 25, b: 15, c: 10 });
    expect([...shares.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('rounds by largest remainder so the shares add up to the size', () => {
    // 10 · 333/1000 = 3.33, 3.33, 10 · 334/1000 = 3.34: floors 3 + 3 + 3 = 9, the one left goes to c (.34)
    expect(asObject(allocate([facts('a', 333), facts('b', 333), facts('c', 334)], 10, Allocation.PROPORTIONAL, 0.5))).toEqual({ a: 3, b: 3, c: 4 });
  });

  it('shares by weight times spread under Neyman allocation', () => {
    // S_a = √(0.1·0.9·1) = 0.3, W_a·S_a = 5000 · 0.3 = 1500
    // S_b = √(0.5·0.5·(1 + 0.75²)) = 0.5 · 1.25 = 0.625, W_b·S_b = 2400 · 0.625 = 1500
    // S_c = √(0.2·0.8·1) = 0.4, W_c·S_c = 1250 · 0.4 = 500; total 3500
    const strata = [facts('a', 1000, 5000, 0, 0.1), facts('b', 2000, 2400, 0.75), facts('c', 1000, 1250, 0, 0.2)];
    // 70 · 1500/3500 = 30, 30, 70 · 500/3500 = 10
    expect(asObject(allocate(strata, 70, Allocation.NEYMAN, 0.5))).toEqual({ a: 30, b: 30, c: 10 });
    // 100 · 3/7 = 42.857, 42.857, 100/7 = 14.286: floors 98, the two left to a and b (.857)
    expect(asObject(allocate(strata, 100, Allocation.NEYMAN, 0.5))).toEqual({ a: 43, b: 43, c: 14 });
  });

  it('falls back to proportional when Neyman has no spread to go on', () => {
    expect(asObject(allocate([facts('a', 500, 100), facts('b', 300, 900), facts('c', 200, 50)], 50, Allocation.NEYMAN, 0))).toEqual({ a: 25, b: 15, c: 10 });
  });

  it('gives every stratum at least two, taken from the others', () => {
    // 20 · 15/1000 = 0.3 and 20 · 5/1000 = 0.1 are raised to 2; a keeps 20 − 4 = 16
    expect(asObject(allocate([facts('a', 980), facts('b', 15), facts('c', 5)], 20, Allocation.PROPORTIONAL, 0.5))).toEqual({ a: 16, b: 2, c: 2 });
  });

  it('caps a stratum at its size and gives the excess to the others', () => {
    // Neyman scores 5000·0.5 = 2500, 1000·0.5 = 500, 500: a would get 35 · 2500/3500 = 25 of its 5 units;
    // capped at 5, the 30 left split 500:500 → 15, 15
    const strata = [facts('a', 5, 5000), facts('b', 1000, 1000), facts('c', 1000, 1000)];
    expect(asObject(allocate(strata, 35, Allocation.NEYMAN, 0.5))).toEqual({ a: 5, b: 15, c: 15 });
  });

  it('keeps two per stratum even when that exceeds the size asked for', () => {
    // 3 strata · 2 = 6 > 4; a stratum of one unit gets its one
    expect(asObject(allocate([facts('a', 100), facts('b', 100), facts('c', 100)], 4, Allocation.PROPORTIONAL, 0.5))).toEqual({ a: 2, b: 2, c: 2 });
    expect(asObject(allocate([facts('a', 100), facts('b', 1)], 2, Allocation.PROPORTIONAL, 0.5))).toEqual({ a: 2, b: 1 });
  });

  it('takes every unit when the size reaches the population', () => {
    expect(asObject(allocate([facts('a', 3), facts('b', 4)], 50, Allocation.PROPORTIONAL, 0.5))).toEqual({ a: 3, b: 4 });
  });
});

describe('weights', () => {
  it("states Kish's design effect n·Σw²/(Σw)²", () => {
    expect(weightDesignEffect([2, 2, 2, 2])).toBe(1);
    // 2 · (1 + 9) / 4² = 20/16 = 1.25 (= 1 + cv², cv = sd 1 / mean 2 = 0.5)
    expect(weightDesignEffect([1, 3])).toBe(1.25);
    expect(() => weightDesignEffect([])).toThrow(RangeError);
  });

  it('summarises each stratum with its size, weight and weight cv', () => {
    // b: weights 1 and 3, mean 2, population sd 1 → cv 0.5
    expect(stratumFacts([...units('b', 1, 1), ...units('a', 2, 5), { id: 'b-1', stratum: 'b', weight: 3 }])).toEqual([
      { key: 'a', units: 2, weight: 10, weightCv: 0 },
      { key: 'b', units: 2, weight: 4, weightCv: 0.5 },
    ]);
  });
});

describe('drawing a sample', () => {
  const population = [...units('a', 980), ...units('b', 15), ...units('c', 5)];

  it('draws the same sample from the same seed', () => {
    for (const kind of [SampleDesignKind.SIMPLE_RANDOM, SampleDesignKind.STRATIFIED, SampleDesignKind.PPS]) {
      expect(drawSample(population, { kind, size: 20 }, 42)).toEqual(drawSample(population, { kind, size: 20 }, 42));
    }
  });

  it('draws a different sample from a different seed', () => {
    for (const kind of [SampleDesignKind.SIMPLE_RANDOM, SampleDesignKind.STRATIFIED, SampleDesignKind.PPS]) {
      expect(ids(drawSample(population, { kind, size: 20 }, 1))).not.toEqual(ids(drawSample(population, { kind, size: 20 }, 2)));
    }
  });

  it('draws n distinct units with π = n/N at random, in input order, keeping their strata', () => {
    const drawn = drawSample(population, { kind: SampleDesignKind.SIMPLE_RANDOM, size: 50 }, 7);
    expect(drawn).toHaveLength(50);
    expect(new Set(ids(drawn)).size).toBe(50);
    // 50 / 1000 = 0.05
    expect(drawn.every((unit) => unit.inclusionProbability === 0.05)).toBe(true);
    const positions = drawn.map((unit) => population.findIndex((p) => p.id === unit.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(drawn.every((unit) => unit.id.startsWith(`${unit.stratum}-`))).toBe(true);
  });

  it('takes everyone when the size exceeds the population', () => {
    const drawn = drawSample(units('a', 5), { kind: SampleDesignKind.SIMPLE_RANDOM, size: 9 }, 7);
    expect(drawn.map((unit) => unit.inclusionProbability)).toEqual([1, 1, 1, 1, 1]);
  });

  it('draws each unit of a simple random sample with probability n/N', () => {
    // 2,000 draws of 3 of 10: each unit is drawn Binomial(2000, 0.3) times, sd √(2000·0.3·0.7) = 20.5
    const ten = units('a', 10);
    const times = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const unit of drawSample(ten, { kind: SampleDesignKind.SIMPLE_RANDOM, size: 3 }, seed)) times.set(unit.id, (times.get(unit.id) ?? 0) + 1);
    for (const unit of ten) expect(Math.abs((times.get(unit.id) ?? 0) - 600)).toBeLessThan(5 * 20.5);
  });

  it('draws each stratum its allocation with π = n_h/N_h', () => {
    // Allocation 16, 2, 2 (see "gives every stratum at least two"): π = 16/980, 2/15, 2/5
    const drawn = drawSample(population, { kind: SampleDesignKind.STRATIFIED, size: 20 }, 3);
    const inStratum = (key: string) => drawn.filter((unit) => unit.stratum === key);
    expect(inStratum('a')).toHaveLength(16);
    expect(inStratum('b')).toHaveLength(2);
    expect(inStratum('c')).toHaveLength(2);
    expect(new Set(inStratum('a').map((unit) => unit.inclusionProbability))).toEqual(new Set([16 / 980]));
    expect(new Set(inStratum('b').map((unit) => unit.inclusionProbability))).toEqual(new Set([2 / 15]));
    expect(new Set(inStratum('c').map((unit) => unit.inclusionProbability))).toEqual(new Set([2 / 5]));
  });

  it('allocates by Neyman when asked', () => {
    // a: 10 units weight 9, b: 10 units weight 1, no cv, p = 0.5: scores 90·0.5 : 10·0.5 → 9 : 1 of 10
    const drawn = drawSample([...units('a', 10, 9), ...units('b', 10, 1)], { kind: SampleDesignKind.STRATIFIED, allocation: Allocation.NEYMAN, size: 10 }, 3);
    // b is raised to its floor of 2, a keeps 8
    expect(drawn.filter((unit) => unit.stratum === 'a')).toHaveLength(8);
    expect(drawn.filter((unit) => unit.stratum === 'b')).toHaveLength(2);
  });

  describe('with probability proportional to weight', () => {
    // Weights 1..9, 50 and a 0; W = 95, n = 4. 4·50/95 = 2.1 ≥ 1: j is taken with certainty.
    // Then n = 3, W = 45: 3·9/45 = 0.6 < 1, so π_i = 3·w_i/45 = w_i/15 for the rest.
    const ppsPopulation: PopulationUnit[] = [
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((weight, i) => ({ id: String.fromCharCode(97 + i), stratum: i % 2 ? 'odd' : 'even', weight })),
      { id: 'zero', stratum: 'even', weight: 0 },
    ];
    const expected = new Map([...'abcdefghi'].map((id, i) => [id, (i + 1) / 15] as [string, number]).concat([['j', 1]]));
    const design = { kind: SampleDesignKind.PPS, size: 4 };

    it('takes a unit whose weight fills an interval with certainty, the rest with π = n·w/W', () => {
      const drawn = drawSample(ppsPopulation, design, 11);
      expect(drawn).toHaveLength(4);
      expect(drawn.find((unit) => unit.id === 'j')).toEqual({ id: 'j', stratum: 'odd', inclusionProbability: 1 });
      for (const unit of drawn) expect(unit.inclusionProbability).toBeCloseTo(expected.get(unit.id)!, 12);
    });

    it('repeats the certainty rule until no unit fills an interval', () => {
      // W = 100, n = 3: 3·40/100 = 1.2 → certain. Then n = 2, W = 60: 2·30/60 = 1 → certain.
      // Then n = 1, W = 30: 1·10/30 < 1, π = 10/30 = 1/3 each.
      const drawn = drawSample([40, 30, 10, 10, 10].map((weight, i) => ({ id: `u${i}`, stratum: 's', weight })), { kind: SampleDesignKind.PPS, size: 3 }, 5);
      expect(drawn.slice(0, 2).map((unit) => unit.inclusionProbability)).toEqual([1, 1]);
      expect(drawn).toHaveLength(3);
      expect(drawn[2]!.inclusionProbability).toBeCloseTo(1 / 3, 12);
    });

    it('never draws a unit of zero weight, and its π add up to n', () => {
      const seen = new Map<string, number>();
      for (let seed = 0; seed < 300; seed++) for (const unit of drawSample(ppsPopulation, design, seed)) seen.set(unit.id, unit.inclusionProbability);
      expect(seen.has('zero')).toBe(false);
      // Every positive unit turns up in 300 draws; 1 + (1 + … + 9)/15 = 1 + 45/15 = 4
      expect(seen.size).toBe(10);
      expect([...seen.values()].reduce((total, pi) => total + pi, 0)).toBeCloseTo(4, 12);
    });

    it('draws each unit about π_i of the time over many seeds', () => {
      const draws = 2000;
      const times = new Map<string, number>();
      for (let seed = 0; seed < draws; seed++) {
        const drawn = drawSample(ppsPopulation, design, seed);
        expect(drawn).toHaveLength(4);
        for (const unit of drawn) times.set(unit.id, (times.get(unit.id) ?? 0) + 1);
      }
      expect(times.get('j')).toBe(draws);
      for (const [id, pi] of expected) {
        // 5 standard errors of a frequency: 5·√(π(1−π)/2000); for a (π = 1/15) 0.028
        const tolerance = 5 * Math.sqrt((pi * (1 - pi)) / draws) + 1e-12;
        expect(Math.abs((times.get(id) ?? 0) / draws - pi)).toBeLessThanOrEqual(tolerance);
      }
    });
  });

  it('draws from a million units', () => {
    const random = mulberry32(99);
    const million: PopulationUnit[] = Array.from({ length: 1_000_000 }, (_, i) => ({
      id: `u${String(i).padStart(7, '0')}`,
      stratum: `s${i % 10}`,
      // Heavy-tailed weights (Pareto, α = 1.2), like impressions.
      weight: 1 / (1 - random()) ** (1 / 1.2),
    }));
    expect(drawSample(million, { kind: SampleDesignKind.SIMPLE_RANDOM, size: 2000 }, 1)).toHaveLength(2000);
    expect(drawSample(million, { kind: SampleDesignKind.STRATIFIED, size: 2000 }, 1)).toHaveLength(2000);
    expect(drawSample(million, { kind: SampleDesignKind.STRATIFIED, allocation: Allocation.NEYMAN, size: 2000 }, 1)).toHaveLength(2000);
    const pps = drawSample(million, { kind: SampleDesignKind.PPS, size: 2000 }, 1);
    expect(pps).toHaveLength(2000);
    expect(new Set(ids(pps)).size).toBe(2000);
  });

  it('refuses a sample of no units', () => {
    expect(() => drawSample(population, { kind: SampleDesignKind.SIMPLE_RANDOM, size: 0 }, 1)).toThrow(RangeError);
  });
});
