import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { GoldenService } from '../golden/golden.service.ts';
import { ApiToken } from '../people/api-token.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { Site } from '../people/site.entity.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import type { Viewer } from '../people/viewer.ts';
import type { QueueCountsFeed } from '../queues/queue-counts.feed.ts';
import { QueueService } from '../queues/queue.service.ts';
import type { PostgresPubSub } from './pubsub.ts';

/** How the session cookie reaches the browser; a WebSocket cannot set cookies, so it may be absent. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver gets: the caller, a request-scoped EntityManager, and request plumbing. */
export interface Context {
  /** Forked once per request (per operation on a WebSocket): no identity map leaks between callers. */
  em: EntityManager;
  viewer: Viewer;
  /** The session token or API token the request came with, if any. */
  credential?: string;
  cookie?: SessionCookie;
  pubSub: PostgresPubSub;
  queueCounts: QueueCountsFeed;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Batches the lookups field resolvers make per row, so a page of 100 rows costs one query, not 100. */
export function createLoaders(em: EntityManager) {
  const byId = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    user: byId(User),
    apiToken: byId(ApiToken),
    team: byId(Team),
    site: byId(Site),
    queue: byId(Queue),
    subject: byId(Subject),
    reviewCase: byId(ReviewCase),
    decision: byId(Decision),
    goldenScore: new DataLoader(async (goldenIds: readonly string[]) => {
      const scores = await new GoldenService(em).scores(goldenIds);
      return goldenIds.map((goldenId) => scores.get(goldenId)!);
    }),
    queueCounts: new DataLoader(async (queueIds: readonly string[]) => {
      const counts = await new QueueService(em).countsFor(queueIds);
      return queueIds.map((queueId) => counts.get(queueId)!);
    }),
  };
}
