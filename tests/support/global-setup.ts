/**
 * Once per run: one real PostgreSQL (embedded, or the server in DATABASE_URL) and a template
 * database, migrated and seeded with the demo data. Each test file clones the template, so files
 * run in parallel on databases of their own and start in milliseconds.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import type { TestProject } from 'vitest/node';
import rootPackage from '../../package.json' with { type: 'json' };
import { demoPassword } from '../../seeds/demo.ts';
import { repoRoot } from '../../server/src/root/config.ts';
import { removeAbandonedClusters, startEmbeddedPostgres, type RunningPostgres } from '../../server/src/root/db/embedded-postgres.ts';
import { createTemplateDatabase } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    demoPassword: string;
  }
}

// Each run has a cluster of its own, so two runs at once (two terminals) never stop each other's.
const clustersDir = path.join(repoRoot, '.data', 'test-runs');
const clusterDir = path.join(clustersDir, String(process.pid));
let postgres: RunningPostgres | null = null;

export async function setup(project: TestProject): Promise<void> {
  // npm scripts run on the Node the project ships; run any other way, say which one this is.
  console.log(`tests on Node ${process.version}`);
  if (!semver.satisfies(process.version, rootPackage.engines.node)) {
    throw new Error(`Node ${process.version} is not supported (package.json engines: ${rootPackage.engines.node}); run the tests with \`npm test\`.`);
  }
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    await removeAbandonedClusters(clustersDir);
    postgres = await startEmbeddedPostgres({ dataDir: clusterDir, fast: true });
    serverUrl = postgres.url;
  }
  await createTemplateDatabase(serverUrl);
  project.provide('postgresUrl', serverUrl);
  project.provide('demoPassword', demoPassword);
}

export async function teardown(): Promise<void> {
  if (!postgres) return;
  await postgres.stop();
  await rm(clusterDir, { recursive: true, force: true });
}
