import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Logger, makeWorkerUtils, run, type Runner, type TaskList, type WorkerEvents, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { DashboardService } from '../dashboard/dashboard.service.ts';
import { EscalationService } from '../escalations/escalation.service.ts';
import { ReportRollup } from '../reports/report.rollup.ts';
import { ReportService } from '../reports/report.service.ts';
import { TrainingService } from '../training/training.service.ts';
import { CaseStatus } from '../cases/case-status.ts';
import { coalesced } from '../kernel/coalesced.ts';
import { type PostgresPubSub, where } from '../kernel/pubsub.ts';
import { WebhookService, webhookTasks } from '../webhooks/webhook.service.ts';

/**
 * Vigil's background work on graphile-worker: a durable job queue in the same Postgres, so a job
 * is run by one instance, outlives the instance that was running it, and is retried on failure
 * (graphile-worker's backoff, exp(attempt) seconds: three attempts for a minute's cron run, 25 for
 * a queued job; a webhook delivery schedules its own retries, see WebhookService).
 * Every instance runs a worker pool; the crontab's items run once per minute across all of them
 * (graphile-worker's known_crontabs), and each task is safe to run twice anyway (an atomic
 * UPDATE or a unique key decides who acts), because a recovered job may have half-run before.
 *
 * A job held by a worker that dies stays locked until graphile-worker's own four-hour timeout,
 * so instances name their pool connections (application_name) and record their workers in
 * `job_worker`: a worker whose instance has no connection left is dead, and its jobs are unlocked
 * (`recover_abandoned_jobs`, each minute and at every instance's start). While the database
 * restarts, every instance is briefly without connections, so a live worker's job may be given
 * back and run twice: the tasks above allow for it.
 */
export interface JobsOptions {
  orm: MikroORM;
  databaseUrl: string;
  pubSub: PostgresPubSub;
  log: (message: string) => void;
  /** The first webhook retry's delay (see WebhookService); 30 s unless told. */
  webhookRetryBaseMs?: number;
}

const tasks = ({ orm, webhookRetryBaseMs }: JobsOptions, recover: () => Promise<unknown>): TaskList => ({
  escalation_sla_breaches: async () => void (await new EscalationService(orm.em.fork()).notifyBreaches()),
  certification_reminders: async () => void (await new TrainingService(orm.em.fork()).remindExpiring()),
  remedial_training: async () => void (await new TrainingService(orm.em.fork()).assignRemedial()),
  // Keep the dashboard's delta heap small and the report rollups folded while nobody reads them.
  dashboard_compact: async () => void (await new DashboardService(orm.em.fork()).compact()),
  report_rollup_fold: async () => void (await new ReportRollup(orm.em.fork()).fold()),
  // Each closed week's and month's draft, once (ReportService.generateDue takes a lock and a unique key).
  report_drafts: async () => void (await new ReportService(orm.em.fork()).generateDue()),
  recover_abandoned_jobs: async () => void (await recover()),
  [webhookTasks.dispatch]: async () => void (await new WebhookService(orm.em.fork()).dispatch()),
  [webhookTasks.deliver]: async (payload) => void (await new WebhookService(orm.em.fork(), { retryBaseMs: webhookRetryBaseMs }).deliver((payload as { deliveryId: string }).deliveryId)),
});

/** Outcomes are recorded hundreds of times a second on a busy floor; one dispatch covers a window of them. */
const dispatchWindowMs = 100;

/** `?max=3`: a minute's run that keeps failing gives way to the next minute's. */
const crontab = [
  'escalation_sla_breaches',
  'certification_reminders',
  'remedial_training',
  'dashboard_compact',
  'report_rollup_fold',
  'report_drafts',
  'recover_abandoned_jobs',
  // The safety net: a wake-up missed (an instance down at the time) is caught within a minute.
  webhookTasks.dispatch,
]
  .map((task) => `* * * * * ${task} ?max=3`)
  .join('\n');

/** Unlocks the jobs of workers whose instance holds no connection any more; the worker ids unlocked. */
async function recoverAbandonedJobs(pool: pg.Pool, workerUtils: WorkerUtils): Promise<string[]> {
  const { rows } = await pool.query<{ worker_id: string }>(
    `select w.worker_id from job_worker w
     where not exists (select 1 from pg_stat_activity a where a.application_name = w.instance)`,
  );
  const dead = rows.map((row) => row.worker_id);
  if (dead.length === 0) return [];
  await workerUtils.forceUnlockWorkers(dead);
  await pool.query('delete from job_worker where worker_id = any($1)', [dead]);
  return dead;
}

export interface Jobs {
  stop(): Promise<void>;
}

/** Starts this instance's worker pool (and its share of the crontab); `stop` lets running jobs finish. */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const { databaseUrl, pubSub, log } = options;
  const instance = `vigil-jobs ${randomUUID().slice(0, 8)}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, application_name: instance, max: 6 });
  // An idle or checked-out connection that drops (a database restart) is logged, never thrown.
  pool.on('error', (error) => log(`error: job pool: ${error.message}`));
  pool.on('connect', (client) => client.on('error', (error) => log(`error: job pool: ${error.message}`)));
  const logger = new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(`${level === 'error' ? 'error' : 'warning'}: jobs: ${message}`);
  });
  const workerUtils = await makeWorkerUtils({ pgPool: pool, logger });
  const recover = () => recoverAbandonedJobs(pool, workerUtils);
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked under the pool's id or a worker's, depending on how they were fetched.
  let lockers: string[] = [];
  const register = (lockerId: string) => {
    lockers.push(lockerId);
    void pool.query('insert into job_worker (worker_id, instance) values ($1, $2) on conflict do nothing', [lockerId, instance]).catch((error: Error) => log(`error: jobs: ${error.message}`));
  };
  events.on('pool:create', ({ workerPool }) => register(workerPool.id));
  events.on('worker:create', ({ worker }) => register(worker.workerId));
  let runner: Runner | null = null;
  let stopped = false;
  const startRunner = async (): Promise<void> => {
    const started = await run({
      pgPool: pool,
      logger,
      events,
      taskList: tasks(options, recover),
      crontab,
      concurrency: 4,
      noHandleSignals: true,
      pollInterval: 1000,
      // Batched (within 0 ms), a job's end that cannot be recorded is reported to the pool, which
      // shuts down and is started again below; unbatched, graphile-worker 0.18 leaves that
      // rejection unhandled and it ended the process when the database went away mid-job.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    runner = started;
    // graphile-worker gives up its pool when it cannot record a job's end (the database went away
    // mid-job, as in tests/faults/instance-and-database-crash.test.ts). The instance keeps
    // serving and starts a new pool once it can.
    // It may end its promise either way: any end while this instance runs is a stop to recover from.
    const ended = (reason: string) => {
      if (stopped) return;
      log(`error: jobs: the worker pool stopped (${reason}); starting a new one`);
      void restartRunner();
    };
    started.promise.then(
      () => ended('it shut itself down'),
      (error: Error) => ended(error.message),
    );
  };
  const restartRunner = async (): Promise<void> => {
    for (let attempt = 1; !stopped; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 250 * 2 ** attempt)).unref());
      if (stopped) return;
      try {
        // A pool that gave up may have left jobs locked, and its instance (this one) is alive.
        if (lockers.length > 0) {
          await workerUtils.forceUnlockWorkers(lockers);
          await pool.query('delete from job_worker where worker_id = any($1)', [lockers]);
          lockers = [];
        }
        await recover();
        await startRunner();
        return;
      } catch (error) {
        log(`error: jobs: the worker pool could not start yet (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  };
  try {
    await recover();
    await startRunner();
    // A start catches up on drafts due while no instance ran (one job however many start at once).
    await workerUtils.addJob('report_drafts', {}, { jobKey: 'report_drafts:start', maxAttempts: 3 });
    void dispatchOnOutcomes(pubSub, workerUtils, log, () => stopped);
  } catch (error) {
    await (runner as Runner | null)?.stop();
    await workerUtils.release();
    await pool.end();
    throw error;
  }
  return {
    stop: async () => {
      stopped = true;
      await (runner as Runner | null)?.stop().catch(() => undefined);
      await workerUtils.release();
      await pool.query('delete from job_worker where instance = $1', [instance]).catch(() => undefined);
      await pool.end();
    },
  };
}

/**
 * A resolved case may have put an event on the decision feed: the webhook dispatcher is asked to
 * run (one waiting job however many instances and outcomes ask, graphile-worker's job key).
 */
async function dispatchOnOutcomes(pubSub: PostgresPubSub, workerUtils: WorkerUtils, log: (message: string) => void, stopped: () => boolean): Promise<void> {
  const resolved = where(pubSub.subscribeTo('CASE_CHANGED'), (change) => change.status === CaseStatus.RESOLVED);
  for await (const _ of coalesced(resolved, dispatchWindowMs, () => true)) {
    if (stopped()) return;
    await workerUtils.addJob(webhookTasks.dispatch, {}, { jobKey: webhookTasks.dispatch }).catch((error: Error) => log(`error: jobs: ${error.message}`));
  }
}
