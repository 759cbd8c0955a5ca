/**
 * Once per run: one real PostgreSQL (embedded, or the server in DATABASE_URL) and a template
 * database, migrated and seeded with the demo data. Each test file clones the template, so files
 * run in parallel on databases of their own and start in milliseconds.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { demoPassword } from '../../seeds/demo.ts';
import { repoRoot } from '../../server/src/config.ts';
import { startEmbeddedPostgres, type RunningPostgres } from '../../server/src/db/embedded-postgres.ts';
import { createTemplateDatabase } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    demoPassword: string;
  }
}

let postgres: RunningPostgres | null = null;

export async function setup(project: TestProject): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'test-postgres'), fast: true });
    serverUrl = postgres.url;
  }
  await createTemplateDatabase(serverUrl);
  project.provide('postgresUrl', serverUrl);
  project.provide('demoPassword', demoPassword);
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
}
