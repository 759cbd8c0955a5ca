import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBatch } from '../kernel/bulk.ts';
import type { AccountSignal } from './account-signals.ts';

/**
 * Account networks in SQL (Migration20261206100000AccountNetworks): the links ingest records,
 * and the walk that finds a cluster.
 */

/** Keeps the signals an ingest chunk's accounts carry; a signal seen before keeps its first sighting. */
export async function recordAccountSignals(em: EntityManager, rows: readonly (AccountSignal & { subjectId: string })[]): Promise<void> {
  if (rows.length === 0) return;
  await executeBatch(
    em,
    `insert into account_link (subject_id, signal, kind)
     select subject_id, signal, kind from jsonb_to_recordset(?::jsonb) as l(subject_id uuid, signal text, kind text)
     on conflict do nothing`,
    [JSON.stringify(rows.map((row) => ({ subject_id: row.subjectId, signal: row.signal, kind: row.kind })))],
  );
}

/**
 * The cluster of an account, at most `$2` members, the account first; each with how it is linked
 * (the kinds of its signals another account shares), its open cases (with the queue's team, for
 * the reader's access) and the points of its active strikes.
 *
 * `members` walks account → signal → account with UNION, which drops an account already reached,
 * so cycles end. PostgreSQL runs a recursive CTE lazily, as far as its reader pulls, so the LIMIT
 * in `cluster` also stops the walk: a signal shared by a huge crowd (a public network's device id)
 * costs what the limit allows, not the crowd. Each step is two index probes per account
 * (`account_link_pkey`, then `account_link_signal`), and so is each member's row: the subject by
 * its key in a lateral join kept apart by `offset 0` (joined plainly, the planner hashed the whole
 * subject table), and its
 * links found shared with an `exists` probe each. Checking that the sharer is in the cluster
 * instead (a join back to it per member) was most of the statement's time; a sharer is in the
 * cluster by definition, unless the limit cut it off. Measured in `npm run bench`'s network row.
 */
export const clusterSql = `
with recursive members(subject_id) as (
  select ?::uuid
  union
  select other.subject_id
  from members m
  join account_link mine on mine.subject_id = m.subject_id
  join account_link other on other.signal = mine.signal
),
cluster as (select subject_id, row_number() over () as seen from (select subject_id from members limit ?) reached)
select s.id, s.key, s.details->>'accountId' as account_id, s.details->>'handle' as handle,
       array(select distinct mine.kind from account_link mine
              where mine.subject_id = s.id
                and exists (select 1 from account_link other where other.signal = mine.signal and other.subject_id <> mine.subject_id)) as link_kinds,
       (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'status', c.status, 'queueId', c.queue_id, 'teamId', q.team_id) order by c.arrived_at), '[]'::jsonb)
          from review_case c join queue q on q.id = c.queue_id
         where c.subject_id = s.id and c.status <> 'RESOLVED' and c.golden_case_id is null) as open_cases,
       (select coalesce(sum(weight), 0)::int from strike where strike.subject_id = s.id and removed_at is null and expires_at > now()) as strike_points
from cluster
cross join lateral (select id, key, details from subject where subject.id = cluster.subject_id offset 0) s
order by cluster.seen`;
