import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { executeBatch } from '../kernel/bulk.ts';

/** A family as ingest names it before it has an id. */
export interface FamilyKey {
  kind: string;
  locale: string;
  normalForm: string;
}

export function familyKey(family: FamilyKey): string {
  return `${family.kind}\u0000${family.locale}\u0000${family.normalForm}`;
}

interface FamilyRow {
  id: string;
  kind: string;
  locale: string;
  normal_form: string;
}

/**
 * The ids of these families, made for those new (one multi-row upsert), each locked for the
 * caller's transaction: two batches reporting variants of one family serialise there, so the
 * second finds the case the first opened and merges into it. Inserted and locked in key order, so
 * two batches never wait on each other's families in a cycle. A family another transaction
 * inserted after the upsert's snapshot is not in its answer; the locking read sees it.
 */
export async function familyIds(em: EntityManager, families: readonly FamilyKey[]): Promise<Map<string, string>> {
  const wanted = new Map([...families].sort((a, b) => (familyKey(a) < familyKey(b) ? -1 : familyKey(a) > familyKey(b) ? 1 : 0)).map((family) => [familyKey(family), family]));
  if (wanted.size === 0) return new Map();
  const rows = await executeBatch<FamilyRow>(
    em,
    `with input as (select * from jsonb_to_recordset(?::jsonb) as f(id uuid, kind text, locale text, normal_form text)),
     inserted as (
       insert into query_family (id, kind, locale, normal_form) select id, kind, locale, normal_form from input
       on conflict (kind, locale, normal_form) do nothing
       returning id, kind, locale, normal_form)
     select id, kind, locale, normal_form from inserted
     union all
     select q.id, q.kind, q.locale, q.normal_form from query_family q join input i on i.kind = q.kind and i.locale = q.locale and i.normal_form = q.normal_form`,
    [JSON.stringify([...wanted.values()].map((family) => ({ id: randomUUID(), kind: family.kind, locale: family.locale, normal_form: family.normalForm })))],
  );
  const keyOf = (row: FamilyRow) => familyKey({ kind: row.kind, locale: row.locale, normalForm: row.normal_form });
  const ids = new Map(rows.map((row) => [keyOf(row), row.id]));
  const locked = await executeBatch<FamilyRow>(
    em,
    `select q.id, q.kind, q.locale, q.normal_form from query_family q
     join jsonb_to_recordset(?::jsonb) as f(kind text, locale text, normal_form text) on f.kind = q.kind and f.locale = q.locale and f.normal_form = q.normal_form
     order by q.kind collate "C", q.locale collate "C", q.normal_form collate "C" for update of q`,
    [JSON.stringify([...wanted.values()].map((family) => ({ kind: family.kind, locale: family.locale, normal_form: family.normalForm })))],
  );
  for (const row of locked) ids.set(keyOf(row), row.id);
  return ids;
}

/** Unresolved real cases (golden copies left out) whose subject is in one of the families, by the subjects' family index. */
export async function openCasesOfFamilies(em: EntityManager, familyIdList: readonly string[]): Promise<string[]> {
  const rows = await executeBatch<{ id: string }>(
    em,
    `select c.id from subject s join review_case c on c.subject_id = s.id
     where s.family_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and c.status <> 'RESOLVED' and c.golden_case_id is null`,
    [JSON.stringify(familyIdList)],
  );
  return rows.map((row) => row.id);
}

/**
 * For families without an open case, the outcome enforced now on one of their members (the latest
 * in feed order): its case and decision. By the subjects' family index, then each member's entry.
 */
export async function enforcedFamilyOutcomes(em: EntityManager, familyIdList: readonly string[]): Promise<Map<string, { caseId: string; decisionId: string }>> {
  if (familyIdList.length === 0) return new Map();
  const rows = await executeBatch<{ family_id: string; case_id: string; decision_id: string }>(
    em,
    `select distinct on (s.family_id) s.family_id, e.case_id, e.decision_id
     from subject s join enforcement_entry e on e.subject_id = s.id
     where s.family_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and e.active
     order by s.family_id, e.tx desc, e.position desc`,
    [JSON.stringify(familyIdList)],
  );
  return new Map(rows.map((row) => [row.family_id, { caseId: row.case_id, decisionId: row.decision_id }]));
}

export interface QueryVariant {
  text: string;
  subjectKey: string;
  dailyVolume: number | null;
  firstReportedAt: Date;
}

/** Each family's variants, most searched first (at most `limit` each): one statement for a page of families. */
export async function familiesVariants(em: EntityManager, familyIdList: readonly string[], limit: number): Promise<Map<string, QueryVariant[]>> {
  const rows = await executeBatch<QueryVariant & { familyId: string }>(
    em,
    `select "familyId", "text", "subjectKey", "dailyVolume", "firstReportedAt" from (
       select family_id as "familyId", coalesce(details ->> 'text', details ->> 'suggestion') as "text", key as "subjectKey",
              (details ->> 'dailyVolume')::float8 as "dailyVolume", created_at as "firstReportedAt",
              row_number() over (partition by family_id order by (details ->> 'dailyVolume')::float8 desc nulls last, created_at, key) as rank
       from subject where family_id in (select jsonb_array_elements_text(?::jsonb)::uuid)) v
     where rank <= ? order by "familyId", rank`,
    [JSON.stringify(familyIdList), limit],
  );
  const variants = new Map<string, QueryVariant[]>(familyIdList.map((id) => [id, []]));
  for (const { familyId, ...variant } of rows) variants.get(familyId)!.push({ ...variant, firstReportedAt: new Date(variant.firstReportedAt) });
  return variants;
}

/** The family of each subject key, if it has one. */
export async function familiesOfSubjectKeys(em: EntityManager, keys: readonly string[]): Promise<Map<string, string>> {
  const rows = await executeBatch<{ key: string; family_id: string }>(
    em,
    `select key, family_id from subject where key in (select jsonb_array_elements_text(?::jsonb)) and family_id is not null`,
    [JSON.stringify(keys)],
  );
  return new Map(rows.map((row) => [row.key, row.family_id]));
}
