import { describe, expect, it } from 'vitest';
import { categoryCounts, cohensKappa, fleissKappa, pairedFleissKappa, tallyPairs } from '../../server/src/quality/agreement.ts';

/** `count` copies of a pair of labels. */
const repeat = (count: number, pair: [string, string]) => Array.from({ length: count }, () => pair);

describe("Cohen's κ", () => {
  // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by two readers.
  it('gives 0.4 for the two readers of 50 proposals (p_o 0.7, p_e 0.5)', () => {
    const pairs = [...repeat(20, ['yes', 'yes']), ...repeat(5, ['yes', 'no']), ...repeat(10, ['no', 'yes']), ...repeat(15, ['no', 'no'])];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  // Wikipedia, "Cohen's kappa", same percentages but different numbers: both agree on 60 of 100.
  it('tells apart two tables with the same 60% agreement: 0.1304 and 0.2593', () => {
    const first = [...repeat(45, ['yes', 'yes']), ...repeat(15, ['yes', 'no']), ...repeat(25, ['no', 'yes']), ...repeat(15, ['no', 'no'])];
    const second = [...repeat(25, ['yes', 'yes']), ...repeat(35, ['yes', 'no']), ...repeat(5, ['no', 'yes']), ...repeat(35, ['no', 'no'])];
    expect(cohensKappa(first)).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(second)).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for perfect agreement, and undefined when everything is one label', () => {
    expect(cohensKappa([['a', 'a'], ['b', 'b']])).toBe(1);
    expect(cohensKappa([['a', 'a'], ['a', 'a']])).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });
});

describe("Fleiss' κ", () => {
  // Wikipedia, "Fleiss' kappa", worked example: 14 raters put 10 items into 5 categories;
  // P̄ = 0.378, P̄e = 0.213, κ = 0.210.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it('gives 0.210 for the 14 raters and 10 items of the published example', () => {
    expect(fleissKappa(table)).toBeCloseTo(0.2099, 4);
  });

  it('is 1 when every item is unanimous, across categories', () => {
    expect(fleissKappa(categoryCounts([['a', 'a', 'a'], ['b', 'b', 'b']]))).toBe(1);
  });

  it('counts labels per category, and refuses items rated by different numbers of raters', () => {
    expect(categoryCounts([['x', 'y', 'x'], ['y', 'y', 'y']])).toEqual([[2, 1], [0, 3]]);
    expect(() => fleissKappa([[1, 1], [3, 0]])).toThrow(/same number of ratings/);
    expect(fleissKappa(categoryCounts([['a', 'a'], ['a', 'a']]))).toBeNull();
  });
});

describe("Fleiss' κ of double reviews", () => {
  it('equals Fleiss’ κ over each item’s category counts', () => {
    const pairs: [string, string][] = [...repeat(12, ['a', 'a']), ...repeat(7, ['b', 'b']), ...repeat(3, ['a', 'b']), ...repeat(2, ['b', 'a']), ...repeat(4, ['c', 'c']), ...repeat(1, ['c', 'a'])];
    expect(pairedFleissKappa(tallyPairs(pairs))).toBeCloseTo(fleissKappa(categoryCounts(pairs))!, 12);
    expect(pairedFleissKappa(tallyPairs(repeat(5, ['a', 'a'])))).toBeNull();
    expect(pairedFleissKappa([])).toBeNull();
  });
});
