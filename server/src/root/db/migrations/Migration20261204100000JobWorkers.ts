import { Migration } from '@mikro-orm/migrations';

/**
 * The job queue's workers and worker pools (jobs are locked under either id) and the instance
 * each runs in (server/src/root/jobs.ts): the instance names its connections with `instance`, so
 * a worker whose instance holds none is dead and the jobs it had locked can be given back at once
 * rather than after graphile-worker's four hours.
 * graphile-worker's own tables live in its schema, installed by its migrations (db/database.ts).
 */
export class Migration20261204100000JobWorkers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "job_worker" (
      "worker_id" text primary key,
      "instance" text not null,
      "started_at" timestamptz not null default now()
    );`);
  }
}
