import { EventEmitter, on, setMaxListeners } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import { broadcast } from '../kernel/broadcast.ts';
import type { PostgresPubSub } from '../kernel/pubsub.ts';
import { type QueueCounts, QueueService } from './queue.service.ts';

export interface QueueUpdate {
  queueId: string;
  counts: QueueCounts;
}

/**
 * Live queue counts for this instance's subscribers. A busy queue changes many times a second;
 * counting once per change per subscriber would not scale, so each instance counts a changed
 * queue at once when it has been quiet, at most once per `coalesceMs` when busy, and fans each
 * result out to all of its subscribers.
 */
export class QueueCountsFeed {
  private readonly emitter = new EventEmitter();
  private readonly scheduled = new Map<string, NodeJS.Timeout>();
  private readonly lastCounted = new Map<string, number>();
  private readonly abort = new AbortController();

  constructor(
    private readonly orm: MikroORM,
    pubSub: PostgresPubSub,
    private readonly coalesceMs = 100,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {
    // One listener per open subscription, on the emitter and on the shared abort signal.
    this.emitter.setMaxListeners(0);
    setMaxListeners(0, this.abort.signal);
    void this.follow(pubSub);
  }

  /** The current counts at once, then again after every change. */
  async *updates(queueId: string): AsyncIterable<QueueUpdate> {
    yield { queueId, counts: await this.count(queueId) };
    try {
      for await (const [update] of on(this.emitter, queueId, { signal: this.abort.signal })) yield update as QueueUpdate;
    } catch (error) {
      if (!this.abort.signal.aborted) throw error;
    }
  }

  stop(): void {
    this.abort.abort();
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
  }

  private async follow(pubSub: PostgresPubSub): Promise<void> {
    for await (const { queueId } of pubSub.subscribeTo('QUEUE_CHANGED')) {
      if (this.emitter.listenerCount(queueId) > 0 && !this.scheduled.has(queueId)) {
        const wait = Math.max(0, (this.lastCounted.get(queueId) ?? 0) + this.coalesceMs - Date.now());
        this.scheduled.set(queueId, setTimeout(() => void this.publish(queueId), wait));
      }
    }
  }

  private async publish(queueId: string): Promise<void> {
    this.scheduled.delete(queueId);
    this.lastCounted.set(queueId, Date.now());
    try {
      this.emitter.emit(queueId, broadcast({ queueId, counts: await this.count(queueId) } satisfies QueueUpdate));
    } catch (error) {
      this.log(`queue counts for ${queueId} failed: ${String(error)}`);
    }
  }

  private count(queueId: string): Promise<QueueCounts> {
    return new QueueService(this.orm.em.fork()).counts(queueId);
  }
}
