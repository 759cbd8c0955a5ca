import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { PostgresPubSub } from './pubsub.ts';
import type { Viewer } from './viewer.ts';

/** How the session cookie reaches the browser; a WebSocket cannot set cookies, so it may be absent. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/**
 * What every resolver gets: the caller, a request-scoped EntityManager, and request plumbing. An
 * area that adds to it (a feed, its loaders) declares its part in its own `<area>.loaders.ts` by
 * augmenting this interface, so the kernel names no area and the root fills in every part.
 */
export interface Context {
  /** Forked once per request (per operation on a WebSocket): no identity map leaks between callers. */
  em: EntityManager;
  viewer: Viewer;
  /** The session token or API token the request came with, if any. */
  credential?: string;
  cookie?: SessionCookie;
  pubSub: PostgresPubSub;
  loaders: Loaders;
}

/**
 * The request's batched lookups, so a page of 100 rows costs one query, not 100. Empty here: each
 * area adds its loaders by augmentation, and `root/loaders.ts` builds them all per request.
 */
export interface Loaders {}

/** Loads rows of one entity by id, batched per request; a missing id loads null. */
export function loaderById<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
