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
  options: { serveWeb?: boolean; databaseUrl?: string; jobs?: boolean; webhookRetryBaseMs?: number; tokenRequestsPerMinute?: number; chromiumPath?: string } = {},
): Promise<TestServer> {
  const database = options.databaseUrl ? null : await createTestDatabase(inject('postgresUrl'));
  const databaseUrl = options.databaseUrl ?? database!.url;
  const app = await startApp({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    serveWeb: options.serveWeb ?? false,
    // Off unless a test asks (tests call the scheduled work directly): a scheduled draft's audit
    // row or an SLA notification would land in other tests' assertions.
    jobs: options.jobs ?? false,
    webhookRetryBaseMs: options.webhookRetryBaseMs,
    tokenRequestsPerMinute: options.tokenRequestsPerMinute,
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
