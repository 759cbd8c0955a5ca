import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../server/src/root/config.ts';
import { type RunningPostgres, startEmbeddedPostgres } from '../../server/src/root/db/embedded-postgres.ts';
import pg from 'pg';
import { createTemplateDatabase, createTestDatabase } from './database.ts';

export interface RestartablePostgres {
  /** A database of the test's own on this cluster, cloned from a seeded template like every test database. */
  databaseUrl: string;
  /** A fast shutdown (SIGINT): Postgres ends every session with 57P01 and stops. */
  stop(): Promise<void>;
  /**
   * An immediate shutdown (SIGQUIT), as close to a crash as a test can get and still restart:
   * every backend quits at once, nothing is checkpointed, the next start replays the WAL.
   */
  crash(): Promise<void>;
  /** Starts the cluster again on the same port, so every URL handed out still works. */
  start(): Promise<void>;
  /** Stops the cluster for good and deletes it. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster for one test file alone, for tests that stop and restart the database: the
 * run's shared cluster serves every other file and must stay up. It lives under
 * `.data/test-runs/<pid of this test process>`, so a later run removes it if this one is killed
 * (see `removeAbandonedClusters`). Durable (fsync and synchronous commit on), because these tests
 * check that acknowledged commits survive a crash.
 */
export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const dataDir = path.join(repoRoot, '.data', 'test-runs', String(process.pid));
  await rm(dataDir, { recursive: true, force: true });
  let running: RunningPostgres | null = await startEmbeddedPostgres({ dataDir });
  const port = running.port;
  await createTemplateDatabase(running.url);
  const database = await createTestDatabase(running.url);
  // A database cloned from a template (CREATE DATABASE's WAL_LOG strategy) carries its sequences'
  // pages as they were, prefetch count included, and nextval WAL-logs nothing while that count
  // lasts: after a crash, Postgres 18 replays the page and hands out ids again that committed rows
  // hold (seen: audit_event_pkey violated after crash()). A checkpoint makes the next nextval log.
  await checkpoint(running.url);

  const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    databaseUrl: database.url,
    stop: async () => {
      await running?.stop();
      running = null;
    },
    crash: async () => {
      const pid = postmasterPid();
      process.kill(pid, 'SIGQUIT');
      // Bounded: an immediate shutdown takes milliseconds.
      for (let waited = 0; waited < 30_000 && alive(pid); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      // Unhooks the exit handler; the postmaster is gone already.
      await running?.stop();
      running = null;
    },
    start: async () => {
      running ??= await startEmbeddedPostgres({ dataDir, port });
    },
    destroy: async () => {
      await running?.stop();
      running = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function checkpoint(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}
