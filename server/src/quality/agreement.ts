/**
 * Chance-corrected agreement between raters, the measures calibration and double review report.
 * Pure functions over labels, tested against published worked examples (tests/unit/agreement.test.ts).
 * Both return null where κ is undefined: every rating in one category, so chance agreement is 1.
 */

/** How many items two raters labelled `first` and `second`: a cell of their agreement table. */
export interface PairCell {
  first: string;
  second: string;
  n: number;
}

/** The agreement table of labelled pairs. */
export function tallyPairs(pairs: readonly (readonly [string, string])[]): PairCell[] {
  const cells = new Map<string, PairCell>();
  for (const [first, second] of pairs) {
    const key = `${first}\u0000${second}`;
    const cell = cells.get(key);
    if (cell) cell.n++;
    else cells.set(key, { first, second, n: 1 });
  }
  return [...cells.values()];
}

/**
 * Cohen's κ for two raters who labelled the same items: (p_o − p_e) / (1 − p_e), with p_o the
 * share of items they labelled alike and p_e the agreement expected from each rater's label shares.
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  return cohensKappaOfTable(tallyPairs(pairs));
}

/** Cohen's κ from the raters' agreement table. */
export function cohensKappaOfTable(table: readonly PairCell[]): number | null {
  const { n, agreed, first, second } = margins(table);
  if (n === 0) return null;
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  return expected === 1 ? null : (agreed / n - expected) / (1 - expected);
}

/**
 * Fleiss' κ of items rated twice (double review), from the table of the two labels; the same
 * value as `fleissKappa` over each item's category counts, without a row per item. With two
 * ratings an item agrees fully or not at all, and chance is the sum of squared label shares.
 */
export function pairedFleissKappa(table: readonly PairCell[]): number | null {
  const { n, agreed, first, second } = margins(table);
  if (n === 0) return null;
  let chance = 0;
  for (const label of new Set([...first.keys(), ...second.keys()])) chance += (((first.get(label) ?? 0) + (second.get(label) ?? 0)) / (2 * n)) ** 2;
  return chance === 1 ? null : (agreed / n - chance) / (1 - chance);
}

function margins(table: readonly PairCell[]): { n: number; agreed: number; first: Map<string, number>; second: Map<string, number> } {
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let n = 0, agreed = 0;
  for (const cell of table) {
    n += cell.n;
    if (cell.first === cell.second) agreed += cell.n;
    first.set(cell.first, (first.get(cell.first) ?? 0) + cell.n);
    second.set(cell.second, (second.get(cell.second) ?? 0) + cell.n);
  }
  return { n, agreed, first, second };
}

/**
 * Fleiss' κ for any number of raters: `counts[i][j]` is how many raters put item i in category j,
 * with the same number of raters for every item. κ = (P̄ − P̄e) / (1 − P̄e), P̄ the mean
 * agreement per item and P̄e the sum of squared category shares.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  if (counts.length === 0) return null;
  const raters = sum(counts[0]!);
  if (raters < 2) return null;
  if (counts.some((row) => sum(row) !== raters)) throw new Error('Fleiss’ κ needs the same number of ratings for every item');
  const categories = Math.max(...counts.map((row) => row.length));
  let meanAgreement = 0;
  const shares = new Array<number>(categories).fill(0);
  for (const row of counts) {
    meanAgreement += (row.reduce((total, count) => total + count * count, 0) - raters) / (raters * (raters - 1));
    row.forEach((count, j) => (shares[j]! += count));
  }
  meanAgreement /= counts.length;
  const chance = shares.reduce((total, share) => total + (share / (counts.length * raters)) ** 2, 0);
  return chance === 1 ? null : (meanAgreement - chance) / (1 - chance);
}

/** Per-item category counts from each item's labels (one label per rater), for `fleissKappa`. */
export function categoryCounts(labelsByItem: readonly (readonly string[])[]): number[][] {
  const categories = [...new Set(labelsByItem.flat())].sort();
  return labelsByItem.map((labels) => categories.map((category) => labels.filter((label) => label === category).length));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
