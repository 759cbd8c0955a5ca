import { MikroORM } from '@mikro-orm/postgresql';
import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';
import { ormConfig } from './orm-config.ts';

/** The URL of `database` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the database when it does not exist yet (the embedded server starts with none). */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Runs the committed migrations that have not run yet, then the job queue's own (graphile-worker's schema). Never `schema:update`. */
export async function migrate(url: string): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(url, { poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    await runMigrations({ connectionString: url, logger: quietLogger });
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close();
  }
}

const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`job queue migrations: ${message}`);
});
