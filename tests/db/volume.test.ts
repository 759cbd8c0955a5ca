import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateVolume } from '../../seeds/volume.ts';
import { createTestDatabase } from '../support/database.ts';

/**
 * The bench's volume generator at a small scale: the rows have the documented shape, and the
 * indexes and constraints it takes away for the load are all back afterwards, as they were.
 */

const cases = 1000;
const decisions = 2500;
const openEvery = 50;
const volume = "(select id from review_case where 'bench' = any(sources))";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: pg.Client;
let before: string[];

/** Every index and constraint definition on the three tables the generator loads. */
async function definitions(): Promise<string[]> {
  const { rows } = await db.query<{ definition: string }>(
    `select indexdef as definition from pg_indexes where tablename in ('subject', 'review_case', 'decision')
     union all
     select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated
     from pg_constraint where conrelid::regclass::text in ('subject', 'review_case', 'decision')
     order by 1`,
  );
  return rows.map((row) => row.definition);
}

beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'));
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  before = await definitions();
  const queueIds = (await db.query<{ id: string }>('select id from queue order by name limit 2')).rows.map((row) => row.id);
  const deciderIds = (await db.query<{ id: string }>("select id from app_user where 'EVALUATOR' = any(roles) order by email limit 3")).rows.map((row) => row.id);
  await generateVolume(database.url, { queueIds, deciderIds, cases, decisions, days: 10, openEvery });
});

afterAll(async () => {
  await db?.end();
  await database?.drop();
});

describe('the bench volume generator', () => {
  it('puts back every index and constraint it dropped for the load', async () => {
    expect(before.length).toBeGreaterThan(10);
    expect(await definitions()).toEqual(before);
  });

  it('makes the cases with their subjects, one in openEvery still open, over the span', async () => {
    const { rows: [shape] } = await db.query(
      `select count(*)::int as cases, count(*) filter (where status = 'OPEN')::int as open,
              count(distinct subject_id)::int as subjects, count(*) filter (where s.id is null)::int as orphans,
              (extract(epoch from max(arrived_at) - min(arrived_at)) / 86400)::float8 as span_days,
              count(*) filter (where status = 'RESOLVED' and resolved_at is null)::int as unresolved
       from review_case c left join subject s on s.id = c.subject_id where c.id in ${volume}`,
    );
    expect(shape).toMatchObject({ cases, open: cases / openEvery, subjects: cases, orphans: 0, unresolved: 0 });
    expect(shape.span_days).toBeGreaterThan(9.9);
    expect(shape.span_days).toBeLessThanOrEqual(10);
  });

  it('makes the decisions over those cases, each after its case arrived, QA the last fifth', async () => {
    const { rows: [shape] } = await db.query(
      `select count(*)::int as decisions,
              count(*) filter (where d.kind = 'PRIMARY')::int as primary,
              count(*) filter (where d.kind = 'QA_REVIEW')::int as qa,
              count(*) filter (where d.verdict = 'VIOLATING')::int as violating,
              count(*) filter (where d.created_at <= c.arrived_at)::int as before_arrival,
              count(distinct d.idempotency_key)::int as keys
       from decision d join review_case c on c.id = d.case_id where c.id in ${volume}`,
    );
    expect(shape).toMatchObject({ decisions, primary: cases, qa: decisions / 5, violating: decisions / 5 / 10, before_arrival: 0, keys: decisions });
  });

  it('leaves the unique keys enforced again', async () => {
    const { rows: [one] } = await db.query<{ decided_by_id: string; idempotency_key: string }>(
      `select decided_by_id, idempotency_key from decision where case_id in ${volume} limit 1`,
    );
    await expect(
      db.query(
        `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key)
         select gen_random_uuid(), case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key
         from decision where decided_by_id = $1 and idempotency_key = $2`,
        [one!.decided_by_id, one!.idempotency_key],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
