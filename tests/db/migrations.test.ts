import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ormConfig } from '../../server/src/root/db/orm-config.ts';
import { createTestDatabase } from '../support/database.ts';

let orm: MikroORM;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'));
  orm = await MikroORM.init(ormConfig(database.url, { poolMax: 2 }));
});
afterAll(async () => {
  await orm.close();
  await database.drop();
});

it('leaves the database exactly as the entities describe it (no migration is missing)', async () => {
  const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(pending.trim()).toBe('');
});

it('has run every committed migration', async () => {
  expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
});
