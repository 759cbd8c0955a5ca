import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBatch } from '../kernel/bulk.ts';
import type { SubjectData } from '../subjects/subject.keys.ts';
import type { PopulationUnit } from './sampling.ts';

/**
 * The hand-written statements over a project's population and sample: a population is up to
 * millions of rows, so it is written in multi-row batches and read by aggregate or by key, never
 * hydrated as entities.
 */

/**
 * The claim's rule for project queues (cases/case.sql.ts composes it into its gates): a project's
 * queue hands out work only while the project is labelling, so nobody labels into estimates that
 * are already frozen. One probe of `evaluation_project_queue_id_unique`, once per claim.
 */
export const projectQueueLabelling = (queue: string) => `not exists (select 1 from evaluation_project ep where ep.queue_id = ${queue} and ep.status <> 'LABELLING')`;

/** One population item as stored. */
export interface PopulationItemRow {
  externalId: string;
  subject: SubjectData;
  weight: number;
  attributes: Record<string, string>;
  arm: 'A' | 'B' | null;
  pairKey: string | null;
}

/** Adds items; ones already uploaded (same external id) are left as they were. */
export async function insertItems(em: EntityManager, projectId: string, items: readonly PopulationItemRow[]): Promise<{ inserted: number; weight: number }> {
  const [row] = await executeBatch<{ inserted: number; weight: number }>(
    em,
    `with added as (
       insert into project_item (project_id, external_id, subject, weight, attributes, arm, pair_key)
       select ?::uuid, i."externalId", i.subject, i.weight, i.attributes, i.arm, i."pairKey"
       from jsonb_to_recordset(?::jsonb) as i("externalId" text, subject jsonb, weight double precision, attributes jsonb, arm text, "pairKey" text)
       on conflict (project_id, external_id) do nothing
       returning weight)
     select count(*)::int as inserted, coalesce(sum(weight), 0)::float8 as weight from added`,
    [projectId, JSON.stringify(items)],
  );
  return row!;
}

/** The attribute names used in a population (from its first 10,000 items: a population uses one set). */
export async function attributeNames(em: EntityManager, projectId: string): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select distinct jsonb_object_keys(attributes) as name from (select attributes from project_item where project_id = ? order by id limit 10000) i order by 1`,
    [projectId],
  );
  return rows.map((row) => row.name);
}

/** Count, total weight and total squared weight of an arm's units (items, or complete pairs), for the weighting design effect. */
export async function weightMoments(em: EntityManager, projectId: string, options: { arm: 'A' | 'B' | null; paired: boolean }): Promise<{ units: number; weight: number; weightSquared: number }> {
  const units = options.paired
    ? `select max(weight) filter (where arm = 'A') as weight from project_item where project_id = ? and pair_key is not null
       group by pair_key having count(*) filter (where arm = 'A') = 1 and count(*) filter (where arm = 'B') = 1`
    : `select weight from project_item where project_id = ?${options.arm ? ' and arm = ?' : ''}`;
  const [row] = await em.execute<{ units: number; weight: number; weight_squared: number }[]>(
    `select count(*)::int as units, coalesce(sum(weight), 0)::float8 as weight, coalesce(sum(weight * weight), 0)::float8 as weight_squared from (${units}) u`,
    options.arm && !options.paired ? [projectId, options.arm] : [projectId],
  );
  return { units: row!.units, weight: row!.weight, weightSquared: row!.weight_squared };
}

/** `attr=value · attr=value` of the strata attributes (in the order given), or `all`; names are checked by the caller. */
function stratumExpression(strataBy: readonly string[], alias: string): { sql: string; bindings: string[] } {
  if (strataBy.length === 0) return { sql: `'all'`, bindings: [] };
  return {
    sql: `concat_ws(' · ', ${strataBy.map(() => `? || '=' || coalesce(${alias}.attributes ->> ?, '(none)')`).join(', ')})`,
    bindings: strataBy.flatMap((name) => [name, name]),
  };
}

/**
 * The units a draw chooses from, in id order (the draw is reproducible given this order): items
 * of an arm (or all), or complete pairs (an A and a B item with one pair key; the unit's id,
 * weight and strata are its A item's).
 */
export async function drawUnits(em: EntityManager, projectId: string, options: { strataBy: readonly string[]; arm: 'A' | 'B' | null; paired: boolean }): Promise<PopulationUnit[]> {
  const stratum = stratumExpression(options.strataBy, 'i');
  const sql = options.paired
    ? `select a.id::text as id, a.weight, ${stratum.sql} as stratum
       from project_item a join project_item b on b.project_id = a.project_id and b.pair_key = a.pair_key and b.arm = 'B'
       cross join lateral (select a.attributes) i
       where a.project_id = ? and a.arm = 'A' order by a.id`
    : `select i.id::text as id, i.weight, ${stratum.sql} as stratum from project_item i where i.project_id = ?${options.arm ? ' and i.arm = ?' : ''} order by i.id`;
  const bindings = [...stratum.bindings, projectId, ...(options.arm && !options.paired ? [options.arm] : [])];
  return executeBatch<PopulationUnit>(em, sql, bindings);
}

/** Units of a stratum as the estimate needs them: population count and weight. */
export interface StratumTotals {
  key: string;
  units: number;
  weight: number;
}

/** A drawn unit's items: the item itself, or for a pair its A item and B item. */
export interface UnitItem {
  unitId: string;
  itemId: string;
  externalId: string;
  subject: SubjectData;
  weight: number;
  arm: 'A' | 'B' | null;
  pairKey: string | null;
  attributes: Record<string, string>;
}

export async function itemsOfUnits(em: EntityManager, projectId: string, unitIds: readonly string[], paired: boolean): Promise<UnitItem[]> {
  const columns = `x.id::text as "itemId", x.external_id as "externalId", x.subject, x.weight, x.arm, x.pair_key as "pairKey", x.attributes`;
  return executeBatch(
    em,
    paired
      ? `select a.id::text as "unitId", ${columns}
         from project_item a join project_item x on x.project_id = a.project_id and x.pair_key = a.pair_key
         where a.project_id = ? and a.id in (select jsonb_array_elements_text(?::jsonb)::bigint) order by a.id, x.arm`
      : `select x.id::text as "unitId", ${columns}
         from project_item x where x.project_id = ? and x.id in (select jsonb_array_elements_text(?::jsonb)::bigint) order by x.id`,
    [projectId, JSON.stringify(unitIds)],
  );
}

/** Records sampled items with the cases that label them, and the item facts the estimates read. */
export async function insertSample(
  em: EntityManager,
  projectId: string,
  rows: readonly { item: UnitItem; stratum: string; inclusionProbability: number; caseId: string }[],
): Promise<void> {
  await executeBatch(
    em,
    `insert into project_sample (item_id, project_id, stratum, inclusion_probability, case_id, external_id, weight, arm, pair_key, attributes)
     select s."itemId"::bigint, ?::uuid, s.stratum, s."inclusionProbability", s."caseId", s."externalId", s.weight, s.arm, s."pairKey", s.attributes
     from jsonb_to_recordset(?::jsonb) as s("itemId" text, stratum text, "inclusionProbability" double precision, "caseId" uuid,
                                            "externalId" text, weight double precision, arm text, "pairKey" text, attributes jsonb)`,
    [
      projectId,
      JSON.stringify(rows.map(({ item, stratum, inclusionProbability, caseId }) => ({ itemId: item.itemId, stratum, inclusionProbability, caseId, externalId: item.externalId, weight: item.weight, arm: item.arm, pairKey: item.pairKey, attributes: item.attributes }))),
    ],
  );
}

/**
 * Every sampled item with its label, if its case is resolved: the verdict and policies of the
 * case's last decision (an adjudication or a QA override after a primary decision stands in its
 * place). Read through the sample's index and each case and its decisions by key: 10,000 labels
 * cost what 20,000 index probes do, whatever the population's size.
 */
export interface SampledItemRow {
  item_id: string;
  external_id: string;
  stratum: string;
  inclusion_probability: number;
  weight: number;
  arm: 'A' | 'B' | null;
  pair_key: string | null;
  attributes: Record<string, string>;
  verdict: string | null;
  policy_codes: string[] | null;
  decided_at: string | null;
}

export async function sampledItems(em: EntityManager, projectId: string): Promise<SampledItemRow[]> {
  return executeBatch<SampledItemRow>(
    em,
    `select s.item_id::text, s.external_id, s.stratum, s.inclusion_probability, s.weight, s.arm, s.pair_key, s.attributes,
            d.verdict, d.policy_codes, d.created_at as decided_at
     from project_sample s
     join review_case c on c.id = s.case_id
     -- The last decision by aggregating the case's own: with ORDER BY … LIMIT 1, a planner whose
     -- statistics lagged a burst of decisions walked decision_created_at_index backwards instead,
     -- filtering every decision per label (6 s for 10,000 labels in npm run bench's project row).
     left join lateral (select (array_agg(id order by created_at desc, id desc))[1] as id from decision where case_id = c.id) last on c.status = 'RESOLVED'
     left join decision d on d.id = last.id
     where s.project_id = ?
     order by s.item_id`,
    [projectId],
  );
}
