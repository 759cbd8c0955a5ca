import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { loaderById } from '../kernel/context.ts';
import type { QueueCountsFeed } from './queue-counts.feed.ts';
import { Queue } from './queue.entity.ts';
import { type QueueCounts, QueueService } from './queue.service.ts';

declare module '../kernel/context.ts' {
  interface Context {
    /** The instance's live queue counts, shared by every subscriber. */
    queueCounts: QueueCountsFeed;
  }
  interface Loaders {
    queue: DataLoader<string, Queue | null>;
    queueCounts: DataLoader<string, QueueCounts>;
  }
}

export function queueLoaders(em: EntityManager) {
  return {
    queue: loaderById(em, Queue),
    queueCounts: new DataLoader(async (queueIds: readonly string[]) => {
      const counts = await new QueueService(em).countsFor(queueIds);
      return queueIds.map((queueId) => counts.get(queueId)!);
    }),
  };
}
