import { Cursor, type EntityName, type FilterQuery, type OrderDefinition } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../graphql/errors.ts';

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
  if (page.after) {
    try {
      Cursor.decode(page.after);
    } catch {
      throw new BadUserInputError('after is not a cursor from this list.', 'after');
    }
  }
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
