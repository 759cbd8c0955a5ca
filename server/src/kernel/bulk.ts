import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a statement with its bindings sent as protocol parameters, in the em's transaction when
 * it has one. MikroORM's `execute` writes every binding into the SQL text instead (quoting it
 * character by character), which for a batch's JSON of 500 rows cost more Node CPU than the
 * statement's work, and made Postgres parse a literal of that size; measured in `npm run bench`'s
 * ingest row. For statements that carry a batch; the rest use `em.execute`. Errors come back as
 * the ORM's exceptions, as from `em.execute`.
 */
export async function executeBatch<T>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<T[]> {
  const query = em.getKnex().raw(sql, bindings as never);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  try {
    const result = (await query) as { rows: T[] };
    return result.rows;
  } catch (error) {
    // As em.execute does: a unique violation is a UniqueConstraintViolationException, and so on, whatever ran it.
    throw em.getDriver().convertException(error as Error);
  }
}
