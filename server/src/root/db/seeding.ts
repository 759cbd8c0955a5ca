import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `seed` once per database. The marker row and the seed's rows commit in one transaction,
 * and the marker insert takes a row lock, so two instances starting together cannot both seed.
 */
export async function seedOnce(em: EntityManager, name: string, seed: (tx: EntityManager) => Promise<void>): Promise<boolean> {
  return em.transactional(async (tx) => {
    const inserted = await tx.execute('insert into seed_run (name) values (?) on conflict do nothing returning name', [name]);
    if (inserted.length === 0) return false;
    await seed(tx);
    return true;
  });
}

export async function hasSeeded(em: EntityManager, name: string): Promise<boolean> {
  const rows = await em.execute('select 1 from seed_run where name = ?', [name]);
  return rows.length > 0;
}
