/**
 * Bench volumes in seconds: `cases` cases (with their subjects) and `decisions` decisions, made
 * by Postgres itself with `INSERT … SELECT generate_series`, into the database at
 * `connectionString` (the bench's own, never the demo's). Synthetic and neutral: subjects are
 * numbered placeholder queries ("volume-query-17"), rationales say "volume".
 *
 * Shape: cases spread evenly over the last `days` days across the given queues, a quarter per
 * severity; one in `openEvery` still open (the backlog, due four hours after arrival), the rest
 * resolved. Decisions cycle over the cases: the first pass is PRIMARY, the last fifth of all
 * decisions are QA_REVIEW (one in ten of them with another verdict), the rest SECOND_REVIEW;
 * each is made a few minutes after its case arrived, by one of `deciderIds`.
 *
 * Why it is fast (under a minute for a million cases and three million decisions on two cores,
 * given shared buffers that hold the new pages, as the bench's Postgres has):
 * - Triggers and foreign-key checks are off for the loading sessions
 *   (`session_replication_role = replica`, a superuser setting, as on the embedded Postgres):
 *   the rollups are rebuilt from the tables afterwards, as any bulk load does.
 * - Ids count up (`volumeId`), so every primary-key insert appends to the right edge of its
 *   btree instead of landing on a random page.
 * - The plain indexes and the unique constraints no foreign key leans on are dropped first and
 *   built again from their own definitions afterwards: one sorted build each.
 * - Rows are made in two sessions at once from a list of statements (decisions in chunks, then
 *   subjects, then cases; foreign keys are not checked, so the order does not matter), and the
 *   indexes are built the same way; each statement streams its numbers and works out a row's
 *   flags once.
 * The app's scheduled rounds must not run meanwhile: they would read the tables without indexes.
 */
import pg from 'pg';

export interface VolumeOptions {
  queueIds: readonly string[];
  deciderIds: readonly string[];
  cases?: number;
  decisions?: number;
  days?: number;
  openEvery?: number;
}

/** Largest first: its indexes take longest, so they are built first and the builders end together. */
const tables = ['decision', 'review_case', 'subject'];

interface Statement {
  sql: string;
  values?: unknown[];
}
const statement = (sql: string, values: unknown[]): Statement => ({ sql, values });

/**
 * The n-th volume row's id in a table (n a bigint below 2^48): a fixed prefix per table, then
 * n + 2^48 in hex, thirteen digits whatever n is (cheaper than lpad), whose leading 1 closes the
 * fourth group.
 */
const volumeId = (prefix: string, n: string) => `('${prefix}-0000-4000-800' || to_hex(${n} + 281474976710656))::uuid`;
const subjectId = (n: string) => volumeId('f0000001', n);
const caseId = (n: string) => volumeId('f0000002', n);
const decisionId = (n: string) => volumeId('f0000003', n);

export async function generateVolume(connectionString: string, options: VolumeOptions): Promise<{ cases: number; decisions: number; ms: number }> {
  const { queueIds, deciderIds, cases = 1_000_000, decisions = 3_000_000, days = 30, openEvery = 50 } = options;
  const started = Date.now();
  const spanMs = days * 24 * 3600_000;
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  // Two sessions (the two cores), each running the next statement until none is left.
  const inParallel = async (statements: Statement[], setup: string[]) => {
    const queue = [...statements];
    await Promise.all([1, 2].map(() => withClient(async (client) => {
      for (const sql of setup) await client.query(sql);
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.sql, next.values);
    })));
  };

  await withClient(async (client) => {
    const { rows: dropped } = await client.query<{ drop: string; create: string }>(
      `select format('drop index %I', indexname) as drop, indexdef as create, array_position($1::text[], tablename::text) as rank from pg_indexes
       where schemaname = current_schema() and tablename::text = any($1::text[]) and indexname not in (select conname from pg_constraint)
       union all
       select format('alter table %s drop constraint %I', conrelid::regclass, conname),
              format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)), array_position($1::text[], conrelid::regclass::text)
       from pg_constraint c
       where contype = 'u' and conrelid::regclass::text = any($1::text[])
         and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = c.conindid)
       order by rank`,
      [tables],
    );
    for (const { drop } of dropped) await client.query(drop);
    try {
      const chunk = 500_000;
      await inParallel(
        [
          ...Array.from({ length: Math.ceil(decisions / chunk) }, (_, n) =>
            insertDecisions({ cases, decisions, deciderIds, spanMs, from: n * chunk + 1, to: Math.min(decisions, (n + 1) * chunk) })),
          insertSubjects(cases),
          insertCases(cases, queueIds, openEvery, spanMs),
        ],
        ['set session_replication_role = replica', 'set synchronous_commit = off'],
      );
    } finally {
      await inParallel(dropped.map(({ create }) => ({ sql: create })), ["set maintenance_work_mem = '256MB'"]);
    }
    await client.query(`analyze ${tables.join(', ')}`);
  });
  return { cases, decisions, ms: Date.now() - started };
}

// generate_series in the select list streams (in FROM it is materialised first); the lateral `k`
// works out a row's flags once. Case n arrives at start + span·n/cases, the last one ten minutes
// ago.
const numbers = (from: string, to: string) => `(select generate_series(${from}::bigint, ${to}::bigint) as n) s`;
const start = (spanMs: string) => `(select now() - (${spanMs}::bigint + 600000) * interval '1 millisecond' as start) b`;

function insertSubjects(cases: number): Statement {
  return statement(
    `insert into subject (id, kind, domain, key, locale, details, created_at, updated_at)
     select ${subjectId('n')}, 'SEARCH_QUERY', 'SEARCH', 'volume-query-' || n || '|en-gb', 'en-GB', '{}'::jsonb, now(), now()
     from ${numbers('1', '$1')}`,
    [cases],
  );
}

function insertCases(cases: number, queueIds: readonly string[], openEvery: number, spanMs: number): Statement {
  return statement(
    `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, report_count, arrived_at, sla_due_at, resolved_at, created_at, updated_at)
     select ${caseId('n')}, ($2::uuid[])[1 + n % cardinality($2::uuid[])], ${subjectId('n')},
            case when k.open then 'OPEN' else 'RESOLVED' end,
            (array['S0', 'S1', 'S2', 'S3'])[1 + (n / 7) % 4], '{bench}', '{volume}', 1,
            k.arrived, k.arrived + interval '4 hours', case when k.open then null else k.arrived + interval '5 minutes' end, k.arrived, k.arrived
     from ${start('$4')}, ${numbers('1', '$1')},
          lateral (select n % $3::int = 0 as open, b.start + ($4::bigint * n / $1::int) * interval '1 millisecond' as arrived) k`,
    [cases, queueIds, openEvery, spanMs],
  );
}

interface DecisionRange {
  cases: number;
  decisions: number;
  deciderIds: readonly string[];
  spanMs: number;
  /** The first and last decision number of this chunk (1-based, inclusive). */
  from: number;
  to: number;
}

/** Decision n reviews case c = (n - 1) mod cases + 1, pass (n - 1) div cases + 1 minutes after it arrived. */
function insertDecisions({ cases, decisions, deciderIds, spanMs, from, to }: DecisionRange): Statement {
  return statement(
    `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key, created_at)
     select ${decisionId('n')}, ${caseId('k.c')},
            case when n <= $1::int then 'PRIMARY' when k.qa then 'QA_REVIEW' else 'SECOND_REVIEW' end,
            ($3::uuid[])[1 + n % cardinality($3::uuid[])],
            case when k.flagged then 'VIOLATING' else 'NOT_VIOLATING' end,
            case when k.flagged then '{SPAM_AND_FAKE_ENGAGEMENT}'::text[] else '{}'::text[] end,
            1, case when k.flagged then 'BLOCK_RESULTS' else 'NO_ACTION' end, '{}'::jsonb, 'volume',
            5000 + (n * 7919) % 120000, 'volume-' || n,
            b.start + ($4::bigint * k.c / $1::int + ((n - 1) / $1::int + 1) * 60000) * interval '1 millisecond'
     from ${start('$4')}, ${numbers('$5', '$6')},
          lateral (select (n - 1) % $1::int + 1 as c, n > $2::int * 4 / 5 as qa, n > $2::int * 4 / 5 and n % 10 = 0 as flagged) k`,
    [cases, decisions, deciderIds, spanMs, from, to],
  );
}
