import { describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../server/src/projects/project.entity.ts';
import { computeResults, type ProjectDesign } from '../../server/src/projects/project.results.ts';
import type { SampledItemRow } from '../../server/src/projects/project.sql.ts';
import { nextProjectStatus } from '../../server/src/projects/project.transitions.ts';
import { SampleDesignKind } from '../../server/src/projects/sampling.ts';

/** A simple random sample of 40 from 1,000 items of weight 1. */
const design: ProjectDesign = { kind: SampleDesignKind.SIMPLE_RANDOM, allocation: null, strataBy: [], size: 40, seed: 1, priorRate: 0.1, unit: 'ITEM', strata: [{ key: 'all', arm: null, units: 1000, weight: 1000, sampled: 40 }], incompletePairs: 0 };

function sampled(i: number, verdict: string | null, policyCodes: string[] = []): SampledItemRow {
  return { item_id: String(i), external_id: `q-${i}`, stratum: 'all', inclusion_probability: 0.04, weight: 1, arm: null, pair_key: null, attributes: { surface: i % 2 ? 'top10' : 'related' }, verdict, policy_codes: verdict ? policyCodes : null, decided_at: null };
}

const input = (rows: SampledItemRow[]) => ({ design, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], comparison: 'NONE' as const, armLabels: [], targetHalfWidth: 0.05, rows });

describe('project results', () => {
  it('counts as violating only a violation of a policy in scope, and leaves NEEDS_CONTEXT and unlabelled items out', () => {
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => sampled(i, 'VIOLATING', ['SPAM_AND_FAKE_ENGAGEMENT'])),
      ...Array.from({ length: 4 }, (_, i) => sampled(10 + i, 'VIOLATING', ['HATE_SPEECH'])),
      ...Array.from({ length: 20 }, (_, i) => sampled(20 + i, 'NOT_VIOLATING')),
      sampled(50, 'NEEDS_CONTEXT'),
      sampled(51, null),
    ];
    const results = computeResults(input(rows), new Date('2026-12-04T00:00:00Z'));
    // 8 of the 32 usable labels: 0.25.
    expect(results).toMatchObject({ sampled: 34, labelled: 32, unusable: 1 });
    expect(results.overall[0]!.estimate).toMatchObject({ value: 0.25, n: 32, count: 8, method: 'WILSON' });
    expect(results.warnings).toEqual([
      expect.stringMatching(/^The 95 % interval is ±\d+\.\d percentage points, wider than the target ±5\.0 percentage points/),
      '1 of 34 sampled items are not labelled yet; the estimate treats the labelled ones as the sample.',
      '1 labelled items said NEEDS_CONTEXT and are left out.',
    ]);
    expect(results.targetMet).toBe(false);
    // Even items are related: 0–7 give 4, 10–13 give 2, 20–39 give 10, and 50 (NEEDS_CONTEXT); odd ones the same with 51 (unlabelled).
    expect(results.byAttribute.map((row) => [row.key, row.sampled, row.labelled])).toEqual([
      ['surface=related', 17, 16],
      ['surface=top10', 17, 16],
    ]);
  });

  it('says too few to tell below twenty labels, and not whether the target is met', () => {
    const results = computeResults(input(Array.from({ length: 19 }, (_, i) => sampled(i, 'NOT_VIOLATING'))), new Date());
    expect(results.overall[0]!.estimate).toMatchObject({ value: null, tooFewToTell: true, n: 19 });
    expect(results.targetMet).toBeNull();
    expect(results.warnings[0]).toBe('Too few labels to tell yet (19 of at least 20).');
  });

  it('writes the method from the design', () => {
    const notes = computeResults(input([]), new Date()).methodNotes;
    expect(notes[0]).toBe('A simple random sample of 40 items, without replacement. The draw is reproducible: seed 1.');
    expect(notes.join(' ')).toMatch(/Hájek \(ratio\) estimator/);
    expect(notes.join(' ')).toMatch(/finite-population correction/);
  });
});

describe('project steps', () => {
  it('draws once from a requested project, closes a labelling one and publishes a closed one', () => {
    expect(nextProjectStatus(ProjectStatus.REQUESTED, 'draw')).toBe(ProjectStatus.LABELLING);
    expect(nextProjectStatus(ProjectStatus.LABELLING, 'close')).toBe(ProjectStatus.CLOSED);
    expect(nextProjectStatus(ProjectStatus.CLOSED, 'publish')).toBe(ProjectStatus.PUBLISHED);
  });

  it('refuses every other step with CONFLICT', () => {
    for (const [status, step] of [[ProjectStatus.LABELLING, 'draw'], [ProjectStatus.REQUESTED, 'close'], [ProjectStatus.LABELLING, 'publish'], [ProjectStatus.PUBLISHED, 'publish'], [ProjectStatus.CLOSED, 'close']] as const) {
      expect(() => nextProjectStatus(status, step)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });
});
