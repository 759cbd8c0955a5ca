import { Cursor, type EntityName, type FilterQuery, type OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from './errors.ts';
import { isStorableText } from './text-input.ts';
import { isUuid } from './ids.ts';

/** A page request: at most `first` items after the opaque cursor `after`. */
export interface Page {
  first: number;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of results in the shape of a Relay connection. */
export interface PageResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export const maxPageSize = 100;

/**
 * Keyset pagination: the cursor encodes the order-by values of the last row, so a page costs
 * an index range scan however deep the client has paged, and rows inserted meanwhile do not
 * shift pages.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: OrderDefinition<T>,
  page: Page,
  populate: readonly string[] = [],
): Promise<PageResult<T>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > maxPageSize) {
    throw new BadUserInputError(`first must be between 1 and ${maxPageSize}.`, 'first');
  }
  if (page.after) assertCursorOf(em, entity, orderBy, page.after);
  const cursor = await em.findByCursor(entity, where, {
    first: page.first,
    after: page.after ?? undefined,
    orderBy,
    includeCount: false,
    populate: populate as never,
  });
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

const maxCursorLength = 2000;

/**
 * A cursor is opaque to clients but is only base64url JSON: the ORM would put whatever it
 * decodes to into the keyset condition, and a value of the wrong type (`[{"a":1},"x"]`, a date
 * that is not a date, an id that is not a uuid) then failed inside PostgreSQL as
 * INTERNAL_SERVER_ERROR. Each value must have the type of its order-by column, as the ORM
 * encodes it, or the cursor is BAD_USER_INPUT on `after`.
 */
function assertCursorOf<T extends object>(em: EntityManager, entity: EntityName<T>, orderBy: OrderDefinition<T>, after: string): void {
  const refuse = () => new BadUserInputError('after is not a cursor from this list.', 'after');
  if (after.length > maxCursorLength) throw refuse();
  let values: unknown[];
  try {
    values = Cursor.decode(after);
  } catch {
    throw refuse();
  }
  const meta = em.getMetadata().find(entity);
  const keys = (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((order) => Object.keys(order as object));
  if (!meta || !Array.isArray(values) || values.length !== keys.length) throw refuse();
  keys.forEach((key, index) => {
    const prop = meta.properties[key as never] as { type?: string; runtimeType?: string; columnTypes?: string[] } | undefined;
    if (!prop || !cursorValueFits(prop, values[index])) throw refuse();
  });
}

function cursorValueFits(prop: { type?: string; runtimeType?: string; columnTypes?: string[] }, value: unknown): boolean {
  const column = (prop.columnTypes?.[0] ?? prop.type ?? '').toLowerCase();
  const type = (prop.runtimeType ?? prop.type ?? '').toLowerCase();
  if (value instanceof Date) return (type === 'date' || column.startsWith('timestamp')) && !Number.isNaN(value.getTime());
  if (column === 'uuid') return typeof value === 'string' && isUuid(value);
  if (column === 'bigint' || column === 'bigserial' || column.startsWith('int8')) return (typeof value === 'string' && /^\d{1,19}$/.test(value)) || Number.isSafeInteger(value);
  if (type === 'number' || column.startsWith('int') || column.startsWith('double') || column.startsWith('numeric')) return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'date' || column.startsWith('timestamp')) return false; // a date that Cursor.decode did not read as one
  return typeof value === 'string' && isStorableText(value);
}
