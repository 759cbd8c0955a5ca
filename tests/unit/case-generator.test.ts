import { describe, expect, it } from 'vitest';
import { generateCases, type CaseInputData, type SubjectInputData } from '../../seeds/case-generator.ts';
import { policyTaxonomy } from '../../seeds/policies.ts';
import type { SubjectKind } from '../../seeds/queues.ts';

const detailKeys = ['searchQuery', 'typeahead', 'searchResult', 'account'] as const;
const detailKeyOf: Record<SubjectKind, (typeof detailKeys)[number]> = {
  SEARCH_QUERY: 'searchQuery',
  TYPEAHEAD_SUGGESTION: 'typeahead',
  SEARCH_RESULT: 'searchResult',
  ACCOUNT: 'account',
};

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The stable subject key ingest merges on. */
function identity(s: SubjectInputData): string {
  if (s.searchQuery) return `Q|${s.locale}|${normalise(s.searchQuery.text)}`;
  if (s.typeahead) return `T|${s.locale}|${s.typeahead.prefix}|${s.typeahead.suggestion}`;
  if (s.searchResult) return `R|${s.locale}|${normalise(s.searchResult.query)}|${s.searchResult.resultId}`;
  return `A|${s.account?.accountId}`;
}

function repeatedShare(cases: CaseInputData[]): number {
  const seen = new Set<string>();
  let repeated = 0;
  for (const c of cases) {
    const key = identity(c.subject);
    if (seen.has(key)) repeated++;
    else seen.add(key);
  }
  return repeated / cases.length;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('generateCases', () => {
  it('gives the same cases for the same seed and different cases for another seed', () => {
    const a = generateCases({ count: 2000, seed: 42, duplicateRate: 0.2 });
    const b = generateCases({ count: 2000, seed: 42, duplicateRate: 0.2 });
    const c = generateCases({ count: 2000, seed: 43, duplicateRate: 0.2 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('sets exactly the detail block of each case kind', () => {
    const cases = generateCases({ count: 5000, seed: 7 });
    const kinds = new Set(cases.map((c) => c.subject.kind));
    expect(kinds).toEqual(new Set(['SEARCH_QUERY', 'TYPEAHEAD_SUGGESTION', 'SEARCH_RESULT', 'ACCOUNT']));
    for (const c of cases) {
      const present = detailKeys.filter((k) => c.subject[k] !== undefined);
      expect(present).toEqual([detailKeyOf[c.subject.kind]]);
    }
  });

  it('only generates the requested kinds and locales', () => {
    const cases = generateCases({ count: 1000, seed: 3, kinds: ['ACCOUNT'], locales: ['de-DE'], duplicateRate: 0.3 });
    expect(cases.every((c) => c.subject.kind === 'ACCOUNT' && c.subject.locale === 'de-DE')).toBe(true);
  });

  it('uses only policy codes that apply to the domain of the case kind', () => {
    const cases = generateCases({ count: 10_000, seed: 11, duplicateRate: 0.2 });
    const domains = new Map(policyTaxonomy.map((p) => [p.code, p.domains]));
    let withPolicy = 0;
    for (const c of cases) {
      if (c.policyCode === null) continue;
      withPolicy++;
      const domain = c.subject.kind === 'ACCOUNT' ? 'ACCOUNT' : 'SEARCH';
      expect(domains.get(c.policyCode), c.policyCode).toContain(domain);
    }
    expect(withPolicy).toBeGreaterThan(cases.length / 3);
    expect(withPolicy).toBeLessThan(cases.length);
    expect(cases.filter((c) => c.severity === null).length).toBeGreaterThan(cases.length / 2);
  });

  it('repeats about 30 % of subjects with duplicateRate 0.3 and none by default', () => {
    const share = repeatedShare(generateCases({ count: 20_000, seed: 5, duplicateRate: 0.3 }));
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.32);
    expect(repeatedShare(generateCases({ count: 20_000, seed: 5 }))).toBe(0);
  });

  it('keeps a repeated subject in the same kind and locale', () => {
    const cases = generateCases({ count: 5000, seed: 9, duplicateRate: 0.5 });
    const first = new Map<string, SubjectInputData>();
    for (const c of cases) {
      const key = identity(c.subject);
      const earlier = first.get(key);
      if (!earlier) first.set(key, c.subject);
      else expect([c.subject.kind, c.subject.locale]).toEqual([earlier.kind, earlier.locale]);
    }
  });

  it('writes harmful material only as bracketed or hyphenated placeholders', () => {
    const cases = generateCases({ count: 20_000, seed: 13, duplicateRate: 0.1 });
    // Neutral category words that must never appear outside a placeholder.
    const denyList = ['slur', 'gore', 'weapon', 'firearm', 'narcotic', 'nude', 'nsfw', 'suicide', 'kill', 'terrorist'];
    const deny = new RegExp(`\\b(${denyList.join('|')})s?\\b`, 'i');
    const placeholder = /\[[a-z]+(?:-[a-z]+)* placeholder\]/g;
    const offending = strings(cases).filter((text) => {
      const rest = text.replace(placeholder, '');
      return /[[\]]/.test(rest) || deny.test(rest);
    });
    expect(offending).toEqual([]);
    for (const c of cases) {
      const a = c.subject.account;
      if (a) expect(a.handle).toMatch(/^@[a-z0-9_]+$/);
      const urls = [c.subject.searchResult?.url, ...(c.subject.searchQuery?.topResults.map((r) => r.url) ?? [])];
      for (const url of urls) if (url) expect(new URL(url).hostname).toMatch(/(^|\.)example(\.(com|org|net))?$/);
    }
  });

  // How fast is the bench's business, not a test's: a wall-clock limit fails on a busy machine.
  it('generates 100,000 cases at the asked duplicate rate', () => {
    const cases = generateCases({ count: 100_000, seed: 1, duplicateRate: 0.2 });
    expect(cases).toHaveLength(100_000);
    expect(repeatedShare(cases)).toBeGreaterThan(0.18);
    expect(repeatedShare(cases)).toBeLessThan(0.22);
  });
});
