/**
 * Bench volumes in seconds: `cases` cases (with their subjects) and `decisions` decisions, made
 * by Postgres itself with one `INSERT … SELECT generate_series` per table, into the database the
 * client is connected to (the bench's own, never the demo's). Synthetic and neutral: subjects are
 * numbered placeholder queries ("volume-query-17"), rationales say "volume".
 *
 * Shape: cases spread evenly over the last `days` days across the given queues, a quarter per
 * severity; one in `openEvery` still open (the backlog, due four hours after arrival), the rest
 * resolved. Decisions cycle over the cases: the first pass is PRIMARY, the last fifth of all
 * decisions are QA_REVIEW (one in ten of them with another verdict), the rest SECOND_REVIEW;
 * each is made a few minutes after its case arrived, by one of `deciderIds`.
 *
 * Triggers (and foreign-key checks) are off for the session while it inserts
 * (`session_replication_role = replica`, a superuser setting, as on the embedded Postgres): the
 * dashboard's rollups are rebuilt from the tables afterwards (DashboardService.rebuild), which
 * is what a bulk load does anyway. Likewise the tables' plain indexes (not the keys) are dropped
 * first and built again afterwards from their own definitions: one sorted build each instead of
 * millions of random inserts into them.
 */
import type pg from 'pg';

export interface VolumeOptions {
  queueIds: readonly string[];
  deciderIds: readonly string[];
  cases?: number;
  decisions?: number;
  days?: number;
  openEvery?: number;
}

export async function generateVolume(client: pg.ClientBase, options: VolumeOptions): Promise<{ cases: number; decisions: number; ms: number }> {
  const { queueIds, deciderIds, cases = 1_000_000, decisions = 3_000_000, days = 30, openEvery = 50 } = options;
  const started = Date.now();
  const spanMs = days * 24 * 3600_000;
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
     where schemaname = current_schema() and tablename in ('subject', 'review_case', 'decision')
       and indexname not in (select conname from pg_constraint)`,
  );
  await client.query('set session_replication_role = replica');
  for (const { indexname } of indexes) await client.query(`drop index "${indexname}"`);
  try {
    await client.query(
      `insert into subject (id, kind, domain, key, locale, details, created_at, updated_at)
       select md5('vigil-volume-subject-' || i)::uuid, 'SEARCH_QUERY', 'SEARCH', 'volume-query-' || i || '|en-gb', 'en-GB', '{}'::jsonb, now(), now()
       from generate_series(1, $1::int) i`,
      [cases],
    );
    await client.query(
      `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, report_count, arrived_at, sla_due_at, resolved_at, created_at, updated_at)
       select md5('vigil-volume-case-' || i)::uuid, ($2::uuid[])[1 + i % cardinality($2::uuid[])], md5('vigil-volume-subject-' || i)::uuid,
              case when i % $3::int = 0 then 'OPEN' else 'RESOLVED' end,
              (array['S0', 'S1', 'S2', 'S3'])[1 + (i / 7) % 4], '{bench}', '{volume}', 1,
              t.arrived, t.arrived + interval '4 hours', case when i % $3::int = 0 then null else t.arrived + interval '5 minutes' end, t.arrived, t.arrived
       from generate_series(1, $1::int) i, lateral (select now() - ($4::bigint * ($1::int - i) / $1::int) * interval '1 millisecond' - interval '10 minutes' as arrived) t`,
      [cases, queueIds, openEvery, spanMs],
    );
    await client.query(
      `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key, created_at)
       select md5('vigil-volume-decision-' || j)::uuid, md5('vigil-volume-case-' || c)::uuid,
              case when j <= $1::int then 'PRIMARY' when j > $2::int * 4 / 5 then 'QA_REVIEW' else 'SECOND_REVIEW' end,
              ($3::uuid[])[1 + j % cardinality($3::uuid[])],
              case when j > $2::int * 4 / 5 and j % 10 = 0 then 'VIOLATING' else 'NOT_VIOLATING' end,
              case when j > $2::int * 4 / 5 and j % 10 = 0 then '{SPAM_AND_FAKE_ENGAGEMENT}'::text[] else '{}'::text[] end,
              1, case when j > $2::int * 4 / 5 and j % 10 = 0 then 'BLOCK_RESULTS' else 'NO_ACTION' end, '{}'::jsonb, 'volume',
              5000 + ((j::bigint * 7919) % 120000)::int, 'volume-' || j,
              now() - ($4::bigint * ($1::int - c) / $1::int) * interval '1 millisecond' - interval '10 minutes' + ((j - 1) / $1::int + 1) * interval '1 minute'
       from generate_series(1, $2::int) j, lateral (select (j - 1) % $1::int + 1 as c) k`,
      [cases, decisions, deciderIds, spanMs],
    );
  } finally {
    await client.query('set session_replication_role = origin');
    await client.query("set maintenance_work_mem = '256MB'");
    for (const { indexdef } of indexes) await client.query(indexdef);
  }
  await client.query('analyze subject, review_case, decision');
  return { cases, decisions, ms: Date.now() - started };
}
