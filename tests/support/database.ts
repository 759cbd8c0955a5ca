import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { seedDemo } from '../../seeds/demo.ts';
import { databaseUrl, migrate } from '../../server/src/root/db/database.ts';
import { ormConfig } from '../../server/src/root/db/orm-config.ts';
import { seedOnce } from '../../server/src/root/db/seeding.ts';

export const templateDatabase = 'vigil_test_template';

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh template: the committed migrations, then the demo seed, exactly as a first start. */
export async function createTemplateDatabase(serverUrl: string): Promise<void> {
  await admin(serverUrl, async (client) => {
    await client.query(`drop database if exists ${templateDatabase} with (force)`);
    await client.query(`create database ${templateDatabase}`);
  });
  const url = databaseUrl(serverUrl, templateDatabase);
  await migrate(url);
  const orm = await MikroORM.init(ormConfig(url, { poolMax: 2 }));
  try {
    await seedOnce(orm.em.fork(), 'demo', seedDemo);
  } finally {
    await orm.close();
  }
}

/** A database of this test file's own, cloned from the template. */
export async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `vigil_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`create database ${name} template ${templateDatabase}`));
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => admin(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
