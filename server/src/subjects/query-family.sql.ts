import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBatch } from '../kernel/bulk.ts';

/**
 * Query families' statements. A family is the subjects of one kind and locale whose text has one
 * normal form (subjects/normal-form.ts), found by the partial index `subject_family`.
 */

/** A family: the key its subjects share. As text, `|` joins its parts: a normal form holds only letters, digits and marks. */
export interface FamilyKey {
  kind: string;
  locale: string;
  normalForm: string;
}

export function familyKey(family: FamilyKey): string {
  return `${family.kind}|${family.locale}|${family.normalForm}`;
}

/** What a family has already: its open case (the oldest real one), or else the outcome enforced on one of its members now. */
export interface FamilyStanding {
  openCaseId: string | null;
  enforced: { caseId: string; decisionId: string } | null;
}

/**
 * Each family's standing, for those that have one, in one statement: per family a probe of the
 * open case's unique index, and without one, of `subject_family` for its members' entries.
 */
export async function familyStandings(em: EntityManager, families: readonly FamilyKey[]): Promise<Map<string, FamilyStanding>> {
  if (families.length === 0) return new Map();
  const rows = await executeBatch<{ kind: string; locale: string; normal_form: string; open_case_id: string | null; case_id: string | null; decision_id: string | null }>(
    em,
    `select f.kind, f.locale, f.normal_form, open.id as open_case_id, enforced.case_id, enforced.decision_id
     from jsonb_to_recordset(?::jsonb) as f(key text, kind text, locale text, normal_form text)
     -- Probes, not a join: as a join the planner hashed the whole review_case table per batch (npm run bench, ingest rows).
     left join lateral (
       select c.id from review_case c where c.family_key = f.key and c.status <> 'RESOLVED' and c.golden_case_id is null limit 1) open on true
     left join lateral (
       select e.case_id, e.decision_id from subject s join enforcement_entry e on e.subject_id = s.id
       where s.kind = f.kind and s.locale = f.locale and s.normal_form = f.normal_form and e.active
       order by e.tx desc, e.position desc limit 1) enforced on open.id is null
     where open.id is not null or enforced.case_id is not null`,
    [JSON.stringify(families.map((family) => ({ key: familyKey(family), kind: family.kind, locale: family.locale, normal_form: family.normalForm })))],
  );
  return new Map(
    rows.map((row) => [
      familyKey({ kind: row.kind, locale: row.locale, normalForm: row.normal_form }),
      { openCaseId: row.open_case_id, enforced: row.case_id ? { caseId: row.case_id, decisionId: row.decision_id! } : null },
    ]),
  );
}

export interface QueryVariant {
  text: string;
  subjectKey: string;
  dailyVolume: number | null;
  firstReportedAt: Date;
}

/** Each family's variants, most searched first (at most `limit` each): one statement for a page of families. */
export async function familiesVariants(em: EntityManager, families: readonly FamilyKey[], limit: number): Promise<Map<string, QueryVariant[]>> {
  const rows = await executeBatch<QueryVariant & { kind: string; locale: string; normalForm: string }>(
    em,
    `select kind, locale, "normalForm", "text", "subjectKey", "dailyVolume", "firstReportedAt" from (
       select s.kind, s.locale, s.normal_form as "normalForm", coalesce(s.details ->> 'text', s.details ->> 'suggestion') as "text", s.key as "subjectKey",
              (s.details ->> 'dailyVolume')::float8 as "dailyVolume", s.created_at as "firstReportedAt",
              row_number() over (partition by s.kind, s.locale, s.normal_form order by (s.details ->> 'dailyVolume')::float8 desc nulls last, s.created_at, s.key) as rank
       from jsonb_to_recordset(?::jsonb) as f(kind text, locale text, normal_form text)
       join subject s on s.kind = f.kind and s.locale = f.locale and s.normal_form = f.normal_form) v
     where rank <= ? order by kind, locale, "normalForm", rank`,
    [JSON.stringify(families.map((family) => ({ kind: family.kind, locale: family.locale, normal_form: family.normalForm }))), limit],
  );
  const variants = new Map<string, QueryVariant[]>(families.map((family) => [familyKey(family), []]));
  for (const { kind, locale, normalForm, ...variant } of rows) variants.get(familyKey({ kind, locale, normalForm }))?.push({ ...variant, firstReportedAt: new Date(variant.firstReportedAt) });
  return variants;
}
