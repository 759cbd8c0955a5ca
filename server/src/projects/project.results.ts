import { type Estimate } from '../quality/estimate.ts';
import {
  type DifferenceEstimate,
  type EstimationStratum,
  independentDifference,
  type LabelledUnit,
  pairedDifference,
  prevalence,
  type ProjectEstimate,
} from './estimators.ts';
import { Allocation, SampleDesignKind } from './sampling.ts';
import type { SampledItemRow } from './project.sql.ts';

/**
 * A project's results as people read them, assembled from its design and its labelled sample:
 * prevalence overall (per arm), per design stratum, per attribute value and per policy, the
 * comparison of arms, the precision against the target, and method notes written from the design.
 * Pure: the same design and labels give the same results, live or frozen (estimators.ts holds the
 * statistics).
 */

/** A design stratum and its population totals, recorded at the draw. */
export interface DesignStratum {
  key: string;
  /** The arm it belongs to (ARMS), or null (no comparison, or pairs). */
  arm: 'A' | 'B' | null;
  units: number;
  weight: number;
  sampled: number;
}

/** The drawn design: what was chosen, with its seed and strata, so the draw can be repeated and the estimates know their population. */
export interface ProjectDesign {
  kind: SampleDesignKind;
  allocation: Allocation | null;
  strataBy: string[];
  /** Units drawn per arm (or in all, without a comparison). */
  size: number;
  seed: number;
  priorRate: number;
  /** ITEM: items are drawn; PAIR: pairs are drawn and both their items labelled. */
  unit: 'ITEM' | 'PAIR';
  strata: DesignStratum[];
  /** Pairs left out of the draw because one of their items was missing. */
  incompletePairs: number;
}

/** One prevalence row: overall, a stratum, an attribute value or a policy, in one arm or all. */
export interface Prevalence {
  arm: 'A' | 'B' | null;
  key: string;
  units: number | null;
  weight: number | null;
  sampled: number;
  labelled: number;
  estimate: ProjectEstimate;
}

export interface LabelQuality {
  goldenAnswered: number;
  goldenAccuracy: Estimate;
  doubleReviewedCases: number;
  doubleReviewKappa: Estimate;
}

export interface ProjectResults {
  asOf: string;
  frozen: boolean;
  sampled: number;
  labelled: number;
  /** Labels that say nothing about the question (NEEDS_CONTEXT), left out of the estimates. */
  unusable: number;
  overall: Prevalence[];
  byStratum: Prevalence[];
  byAttribute: Prevalence[];
  byPolicy: Prevalence[];
  comparison: DifferenceEstimate | null;
  targetHalfWidth: number;
  /** Every overall interval is within the target half-width; null while too few to tell. */
  targetMet: boolean | null;
  warnings: string[];
  methodNotes: string[];
  labelQuality: LabelQuality | null;
}

export interface ResultsInput {
  design: ProjectDesign;
  policyCodes: readonly string[];
  comparison: 'NONE' | 'ARMS' | 'PAIRED';
  armLabels: readonly string[];
  targetHalfWidth: number;
  rows: readonly SampledItemRow[];
  /** Attribute values shown per attribute, at most; more would be noise in a table. */
  maxValuesPerAttribute?: number;
}

interface Labelled {
  row: SampledItemRow;
  /** The unit's weight: the item's, or for a pair its A item's (the pair was drawn by it). */
  weight: number;
  violating: boolean;
  policies: ReadonlySet<string>;
}

export function computeResults(input: ResultsInput, now: Date, frozen = false): ProjectResults {
  const { design, rows } = input;
  const scope = new Set(input.policyCodes);
  const pairWeight = new Map<string, number>();
  if (design.unit === 'PAIR') for (const row of rows) if (row.arm === 'A' && row.pair_key !== null) pairWeight.set(row.pair_key, row.weight);
  const labelled: Labelled[] = [];
  let unusable = 0;
  for (const row of rows) {
    if (row.verdict === null) continue;
    if (row.verdict !== 'VIOLATING' && row.verdict !== 'NOT_VIOLATING') {
      unusable++;
      continue;
    }
    const policies = new Set((row.policy_codes ?? []).filter((code) => scope.has(code)));
    const weight = design.unit === 'PAIR' ? (pairWeight.get(row.pair_key ?? '') ?? row.weight) : row.weight;
    labelled.push({ row, weight, violating: row.verdict === 'VIOLATING' && policies.size > 0, policies });
  }
  const arms: ('A' | 'B' | null)[] = input.comparison === 'NONE' ? [null] : ['A', 'B'];
  const strataOf = (arm: 'A' | 'B' | null): EstimationStratum[] =>
    design.strata
      .filter((stratum) => design.unit === 'PAIR' || stratum.arm === arm)
      .map((stratum) => ({ key: stratum.key, units: stratum.units, weight: stratum.weight, withoutReplacement: design.kind !== SampleDesignKind.PPS }));
  const inArm = (arm: 'A' | 'B' | null) => (sampled: SampledItemRow) => arm === null || sampled.arm === arm;
  const unitOf = (item: Labelled, value: number, inDomain = true): LabelledUnit => ({
    stratum: item.row.stratum,
    weight: item.weight,
    inclusionProbability: item.row.inclusion_probability,
    value,
    inDomain,
  });
  const row = (arm: 'A' | 'B' | null, key: string, estimate: ProjectEstimate, sampled: number, labelledCount: number, totals?: { units: number; weight: number }): Prevalence => ({
    arm,
    key,
    units: totals?.units ?? null,
    weight: totals?.weight ?? null,
    sampled,
    labelled: labelledCount,
    estimate,
  });

  const overall: Prevalence[] = [];
  const byStratum: Prevalence[] = [];
  const byAttribute: Prevalence[] = [];
  const byPolicy: Prevalence[] = [];
  for (const arm of arms) {
    const strata = strataOf(arm);
    const armLabelled = labelled.filter((item) => inArm(arm)(item.row));
    const armSampled = rows.filter(inArm(arm));
    const totals = { units: strata.reduce((sum, s) => sum + s.units, 0), weight: strata.reduce((sum, s) => sum + s.weight, 0) };
    overall.push(row(arm, 'all', prevalence(strata, armLabelled.map((item) => unitOf(item, item.violating ? 1 : 0))), armSampled.length, armLabelled.length, totals));
    if (strata.length > 1) {
      for (const stratum of strata) {
        const inStratum = armLabelled.filter((item) => item.row.stratum === stratum.key);
        const estimate = prevalence([stratum], inStratum.map((item) => unitOf(item, item.violating ? 1 : 0)));
        byStratum.push(row(arm, stratum.key, estimate, armSampled.filter((sampled) => sampled.stratum === stratum.key).length, inStratum.length, stratum));
      }
    }
    for (const [name, values] of attributeValues(armSampled, input.maxValuesPerAttribute ?? 30)) {
      for (const value of values) {
        const matches = (sampled: SampledItemRow) => sampled.attributes[name] === value;
        const estimate = prevalence(strata, armLabelled.map((item) => unitOf(item, item.violating ? 1 : 0, matches(item.row))));
        byAttribute.push(row(arm, `${name}=${value}`, estimate, armSampled.filter(matches).length, armLabelled.filter((item) => matches(item.row)).length));
      }
    }
    for (const code of input.policyCodes) {
      const estimate = prevalence(strata, armLabelled.map((item) => unitOf(item, item.violating && item.policies.has(code) ? 1 : 0)));
      byPolicy.push(row(arm, code, estimate, armSampled.length, armLabelled.length, totals));
    }
  }

  let comparison: DifferenceEstimate | null = null;
  if (input.comparison === 'ARMS') comparison = independentDifference(overall[0]!.estimate, overall[1]!.estimate);
  if (input.comparison === 'PAIRED') {
    const byPair = new Map<string, { a?: Labelled; b?: Labelled }>();
    for (const item of labelled) {
      const pair = byPair.get(item.row.pair_key ?? '') ?? {};
      pair[item.row.arm === 'A' ? 'a' : 'b'] = item;
      byPair.set(item.row.pair_key ?? '', pair);
    }
    const complete = [...byPair.values()].filter((pair): pair is { a: Labelled; b: Labelled } => !!pair.a && !!pair.b);
    comparison = pairedDifference(
      strataOf(null),
      complete.map(({ a, b }) => ({ stratum: a.row.stratum, weight: a.weight, inclusionProbability: a.row.inclusion_probability, a: a.violating ? 1 : 0, b: b.violating ? 1 : 0 })),
    );
  }

  const halfWidths = overall.map((prevalenceRow) => halfWidth(prevalenceRow.estimate));
  const targetMet = halfWidths.some((width) => width === null) ? null : halfWidths.every((width) => width! <= input.targetHalfWidth + 1e-12);
  const warnings: string[] = [];
  const points = (share: number) => `${(share * 100).toFixed(1)} percentage points`;
  overall.forEach((prevalenceRow, i) => {
    const width = halfWidths[i] ?? null;
    const where = prevalenceRow.arm ? ` for arm ${prevalenceRow.arm}` : '';
    if (width === null) warnings.push(`Too few labels to tell${where} yet (${prevalenceRow.labelled} of at least ${prevalenceRow.estimate.minimumSample}).`);
    else if (width > input.targetHalfWidth) warnings.push(`The 95 % interval${where} is ±${points(width)}, wider than the target ±${points(input.targetHalfWidth)}: label more, or accept less precision.`);
  });
  const unlabelled = rows.length - labelled.length - unusable;
  if (unlabelled > 0) warnings.push(`${unlabelled} of ${rows.length} sampled items are not labelled yet; the estimate treats the labelled ones as the sample.`);
  if (unusable > 0) warnings.push(`${unusable} labelled items said NEEDS_CONTEXT and are left out.`);

  return {
    asOf: now.toISOString(),
    frozen,
    sampled: rows.length,
    labelled: labelled.length,
    unusable,
    overall,
    byStratum,
    byAttribute,
    byPolicy,
    comparison,
    targetHalfWidth: input.targetHalfWidth,
    targetMet,
    warnings,
    methodNotes: methodNotes(input),
    labelQuality: null,
  };
}

/** Half the width of an estimate's interval, or null while too few to tell. */
export function halfWidth(estimate: { low: number | null; high: number | null }): number | null {
  return estimate.low === null || estimate.high === null ? null : (estimate.high - estimate.low) / 2;
}

/** The attributes of the sampled items and their most frequent values (ties by value). */
function attributeValues(rows: readonly SampledItemRow[], limit: number): [string, string[]][] {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.attributes)) {
      const values = counts.get(name) ?? new Map<string, number>();
      values.set(value, (values.get(value) ?? 0) + 1);
      counts.set(name, values);
    }
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => [name, [...values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([value]) => value)]);
}

/** The method, in words a requester can check, written from the design. */
export function methodNotes(input: Pick<ResultsInput, 'design' | 'comparison' | 'policyCodes'>): string[] {
  const { design } = input;
  const strata = design.strata.length;
  const units = design.unit === 'PAIR' ? 'pairs' : 'items';
  const perArm = input.comparison === 'ARMS' ? ' in each arm, drawn independently' : '';
  const drawn = {
    [SampleDesignKind.SIMPLE_RANDOM]: `A simple random sample of ${design.size} ${units}${perArm}, without replacement.`,
    [SampleDesignKind.STRATIFIED]: `A stratified random sample of ${design.size} ${units}${perArm}: ${strata} strata by ${design.strataBy.join(', ') || 'arm'}, ${design.allocation === Allocation.NEYMAN ? 'Neyman allocation (each stratum in proportion to its weight times its expected spread)' : 'proportional allocation (each stratum in proportion to its size)'}, at least two per stratum, without replacement within each.`,
    [SampleDesignKind.PPS]: `A sample of ${design.size} ${units}${perArm} with probability proportional to weight (systematic over a seeded random order; ${units} whose weight alone fills a sampling interval are taken with certainty).`,
  }[design.kind];
  const notes = [
    `${drawn} The draw is reproducible: seed ${design.seed}.`,
    `Prevalence is the share of weight labelled violating under ${input.policyCodes.length ? `the policies in scope (${input.policyCodes.join(', ')})` : 'any policy'}. It is estimated with the Hájek (ratio) estimator: each labelled item counts with its design weight (weight ÷ inclusion probability), calibrated to its stratum’s known total weight (the stratified estimator).`,
    `The variance is by Taylor linearisation within strata${design.kind === SampleDesignKind.PPS ? ' (with-replacement approximation, no finite-population correction)' : ', with the finite-population correction'}.`,
    'The 95 % interval is the Wilson score interval: on the count itself for a simple random sample of equal weights (no finite-population correction, so slightly conservative), otherwise at the effective sample size (the labelled count the design’s variance is worth).',
    'Estimates are shown from 20 labelled items, and a stratum or attribute value from 20 of its own; below that they read "too few to tell". Items not yet labelled, and labels that said NEEDS_CONTEXT, are left out: the labelled items are treated as the sample.',
  ];
  if (input.comparison === 'ARMS') notes.push('The arms are compared by the difference B − A with Newcombe’s hybrid score interval from the two Wilson intervals; the difference is significant when its interval excludes 0.');
  if (input.comparison === 'PAIRED') notes.push(`Pairs are compared by the mean paired difference B − A (each pair’s weight is its A item’s), with a normal 95 % interval from its linearised variance; discordant pairs are counted.${design.incompletePairs ? ` ${design.incompletePairs} pairs missing an item were left out of the draw.` : ''}`);
  if (input.comparison !== 'NONE') notes.push('Evaluators label each item blind: the arm is never shown, and the sample’s cases reach the queue in a seeded random order that mixes the arms.');
  return notes;
}
