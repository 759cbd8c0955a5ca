import { inject } from 'vitest';
import { startApp, type RunningApp } from '../../server/src/root/app.ts';
import { createTestDatabase } from './database.ts';

export interface TestServer {
  /** Base URL, e.g. http://localhost:41234 */
  url: string;
  app: RunningApp;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * A real Vigil server on a free port, on a database of its own cloned from the seeded template.
 * `databaseUrl` lets a second instance share the database, as instances behind a load balancer do.
 */
export async function startTestServer(
  options: { serveWeb?: boolean; databaseUrl?: string; scheduledChecksIntervalMs?: number | null; reportSchedulingIntervalMs?: number | null; chromiumPath?: string } = {},
): Promise<TestServer> {
  const database = options.databaseUrl ? null : await createTestDatabase(inject('postgresUrl'));
  const databaseUrl = options.databaseUrl ?? database!.url;
  const app = await startApp({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    serveWeb: options.serveWeb ?? false,
    scheduledChecksIntervalMs: options.scheduledChecksIntervalMs,
    // Off unless a test asks: a scheduled draft's audit row would land in other tests' logs.
    reportSchedulingIntervalMs: options.reportSchedulingIntervalMs ?? null,
    chromiumPath: options.chromiumPath,
    log: () => undefined,
  });
  return {
    url: app.url,
    app,
    databaseUrl,
    stop: async () => {
      await app.stop();
      await database?.drop();
    },
  };
}
