/**
 * `npm run migration:create`: writes a migration for the difference between the entities and the
 * committed migrations, diffed on a scratch database. Review it, then list it in migrations/index.ts.
 */
import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { repoRoot } from '../config.ts';
import { databaseUrl, ensureDatabase, migrate } from './database.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { ormConfig } from './orm-config.ts';

const scratch = 'vigil_migration_scratch';
const postgres = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'migration-postgres'), fast: true });
const serverUrl = process.env.DATABASE_URL ?? postgres!.url;
try {
  await ensureDatabase(serverUrl, scratch);
  const url = databaseUrl(serverUrl, scratch);
  await migrate(url);
  const orm = await MikroORM.init(ormConfig(url, { poolMax: 2 }));
  try {
    const result = await orm.getMigrator().createMigration();
    if (result.diff.up.length === 0) console.log('The entities match the migrations: nothing to write.');
    else console.log(`Wrote ${result.fileName}. Review it, then add it to server/src/root/db/migrations/index.ts.`);
  } finally {
    await orm.close();
  }
} finally {
  await postgres?.stop();
}
