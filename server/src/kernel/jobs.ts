import type { EntityManager } from '@mikro-orm/postgresql';

export interface JobOptions {
  /** Not before this time; now when omitted. */
  runAt?: Date;
  /** One pending job per key: adding again replaces the waiting one (graphile-worker's `job_key`). */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Queues a background job in the caller's transaction (graphile-worker's `add_job`), so the job
 * exists exactly when the change that asked for it commits. The tasks are listed in
 * root/jobs.ts.
 */
export async function enqueueJob(em: EntityManager, task: string, payload: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await em.execute('select graphile_worker.add_job(?, ?::json, run_at := ?::timestamptz, job_key := ?, max_attempts := ?)', [
    task,
    JSON.stringify(payload),
    options.runAt ?? null,
    options.jobKey ?? null,
    options.maxAttempts ?? 25,
  ]);
}
