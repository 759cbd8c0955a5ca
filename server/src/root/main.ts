/**
 * `npm start`: one process serving the API and the web app. With no DATABASE_URL it runs an
 * embedded PostgreSQL under .data/, migrates it and seeds demo data on first start.
 */
import 'reflect-metadata';
import path from 'node:path';
import { seedDemoActivity } from '../../../seeds/demo-activity.ts';
import { seedDemoReports } from '../../../seeds/demo-reports.ts';
import { demoPassword, demoUsers, seedDemo } from '../../../seeds/demo.ts';
import { seedDemoHistory } from '../../../seeds/demo-history.ts';
import { startApp } from './app.ts';
import { readConfig } from './config.ts';
import { databaseUrl, ensureDatabase, migrate } from './db/database.ts';
import { type RunningPostgres, startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { hasSeeded, seedOnce } from './db/seeding.ts';

const config = readConfig();
const log = (message: string) => console.log(message);
// Said first, so a start that fell back to an unsupported machine Node shows it at once.
log(`Vigil on Node ${process.version}`);

let postgres: RunningPostgres | null = null;
let url = config.databaseUrl;
if (!url) {
  log(`starting embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`);
  postgres = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'postgres'),
    log: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) console.error(message);
    },
  });
  await ensureDatabase(postgres.url, config.databaseName);
  url = databaseUrl(postgres.url, config.databaseName);
}

const applied = await migrate(url);
if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);

// The job worker starts once the demo data is in: a draft the scheduler made first would collide with the seeded ones.
const app = await startApp({ databaseUrl: url, port: config.port, host: config.host, chromiumPath: config.chromiumPath, tokenRequestsPerMinute: config.tokenRequestsPerMinute, log, jobs: false });
const em = app.orm.em.fork();
if (config.seedDemo && (await seedOnce(em, 'demo', seedDemo))) log('seeded demo data');
// The activity decides through statements on pool connections of their own, which refuse to run
// inside the marker's transaction, so it gets a separate fork: its work commits step by step
// while the uncommitted marker row's lock keeps a second instance starting now from playing it too.
if (config.seedDemo && (await seedOnce(em, 'demo-activity', () => seedDemoActivity(app.orm.em.fork())))) log('seeded demo activity');
if (config.seedDemo && (await seedOnce(em, 'demo-history', () => seedDemoHistory(app.orm.em.fork())))) log('seeded demo history');
if (config.seedDemo && (await seedOnce(em, 'demo-reports', () => seedDemoReports(app.orm.em.fork())))) log('seeded demo reports');
const demo = await hasSeeded(em, 'demo');
await app.startJobs();

let shuttingDown = false;
async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${signal}: stopping`);
  await app.stop().catch((error) => console.error(error));
  await postgres?.stop();
  log('stopped');
  process.exit(0);
}
// Stop in order: the server drains first, then the database.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

// One write, so whoever reads the log sees the banner whole.
const banner = [`\nVigil is ready at ${app.url}  (GraphQL: ${app.url}/graphql)`];
if (demo) {
  banner.push(`\nDemo sign-ins (password for all: ${demoPassword}):`);
  const shown = new Set<string>();
  for (const user of demoUsers) {
    const role = user.roles[0];
    if (!role || shown.has(role)) continue;
    shown.add(role);
    banner.push(`  ${role.padEnd(11)} ${user.email}`);
  }
}
log(banner.join('\n'));
