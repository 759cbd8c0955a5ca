import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { entities } from './entities.ts';
import { PublishAfterCommit } from '../../kernel/pubsub.ts';
import { SessionChanges } from '../../people/session-cache.ts';
import { migrationsList } from './migrations/index.ts';

export function ormConfig(clientUrl: string, options: { poolMax?: number } = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: new URL('./migrations', import.meta.url).pathname,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
      // Diff against a scratch database (npm run migration:create), not a snapshot file.
      snapshot: false,
    },
    // The dashboard's and the reports' rollups, the decision feed, the enforcement lists, the job
    // workers, the webhook dispatcher's place, the token rate limits, evaluation projects'
    // populations and samples and account strikes are written by triggers,
    // folds, jobs.ts or rate-limiter-flexible and read by hand-written SQL only
    // (dashboard/dashboard.sql.ts, reports/report.rollup.ts, decisions/decision-feed.sql.ts,
    // enforcement/enforcement.sql.ts, projects/project.sql.ts, strikes/strike.sql.ts); the rollups' heaps have no key by design and the feed's
    // order is a transaction id, so no entity describes them. Their migrations are their definition.
    // graphile-worker's schema is kept by its own migrations (db/database.ts); the generator
    // matches table names without their schema, so its tables are named here.
    schemaGenerator: {
      skipTables: [
        /^dashboard_/,
        /^report_(arrival|resolution|term|sla|quality)_hour$/,
        'report_rollup_state',
        'report_dirty_hour',
        'decision_event',
        'enforcement_entry',
        'job_worker',
        'account_link',
        'webhook_dispatch_state',
        'token_rate_limit',
        'project_item',
        'project_sample',
        'strike',
        'strike_ladder',
        /^_private_(jobs|job_queues|known_crontabs|tasks)$/,
        'migrations',
      ],
    },
    forceUtcTimezone: true,
    subscribers: [new PublishAfterCommit(), new SessionChanges()],
    // Fail loudly on a forgotten fork instead of sharing one identity map across requests.
    allowGlobalContext: false,
    // A request waits at most 10 s for a connection (knex's default is 60 s), then answers
    // SERVICE_UNAVAILABLE: when Postgres is unreachable without refusing (a partition, a failover
    // in progress), clients hear "retry" in time rather than hanging on a full pool.
    pool: { min: 0, max: options.poolMax ?? 20, acquireTimeoutMillis: 10_000 },
    debug: process.env.VIGIL_SQL_DEBUG === 'true',
  });
}
