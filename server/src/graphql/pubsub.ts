import { EventEmitter, on } from 'node:events';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { PubSub } from 'type-graphql';

/** The one Postgres channel every Vigil instance listens on. */
const channel = 'vigil_events';

/** Topics and their payloads. Payloads carry ids and states, never whole objects. */
export interface TopicPayloads {
  AUDIT_EVENT_APPENDED: { auditEventId: string; action: string; entityType: string };
  /** Something in the queue changed; listeners recompute what they show. */
  QUEUE_CHANGED: { queueId: string };
  CASE_CHANGED: { caseId: string; queueId: string; status: string };
}
export type Topic = keyof TopicPayloads;

export type Event = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

export function event<T extends Topic>(topic: T, payload: TopicPayloads[T]): Event {
  return { topic, payload } as Event;
}

/** Events of transactions still open, sent when (and only if) they commit. */
const pendingEvents = new WeakMap<EntityManager, Event[]>();

/**
 * Publishes an event to every instance: after the commit when `em` is inside a transaction,
 * at once otherwise. Never NOTIFY inside the writing transaction: Postgres serialises the
 * commits of notifying transactions behind one lock, WAL flush included, which capped the claim
 * and decide path at about 50 cycles/s with 64 evaluators (npm run bench). Sent afterwards, a
 * NOTIFY is a read-only statement that flushes nothing. The cost: a crash between the commit and
 * the send loses the event; subscribers refetch when they reconnect.
 */
export async function publish(em: EntityManager, ...events: Event[]): Promise<void> {
  if (events.length === 0) return;
  if (em.isInTransaction()) {
    pendingEvents.set(em, [...(pendingEvents.get(em) ?? []), ...events]);
    return;
  }
  await send(em, events);
}

async function send(em: EntityManager, events: Event[]): Promise<void> {
  const calls = events.map(() => 'pg_notify(?, ?)').join(', ');
  await em.getConnection().execute(`select ${calls}`, events.flatMap((event) => [channel, JSON.stringify(event)]));
}

/** Sends a transaction's events once it commits; drops them if it rolls back. Registered in the ORM config. */
export class PublishAfterCommit implements EventSubscriber {
  async afterTransactionCommit({ em }: TransactionEventArgs): Promise<void> {
    const events = pendingEvents.get(em as EntityManager);
    if (!events) return;
    pendingEvents.delete(em as EntityManager);
    await send(em as EntityManager, events);
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    pendingEvents.delete(em as EntityManager);
  }
}

/**
 * Delivers every notification on the channel to this instance's subscribers. One dedicated
 * connection per instance LISTENs; subscribers are in-process iterators over an emitter, so any
 * number of instances behind a load balancer each serve their own sockets.
 */
export class PostgresPubSub implements PubSub {
  private readonly emitter = new EventEmitter({ captureRejections: true });
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {
    // One listener per open subscription; a thousand subscribers is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.reconnect(error));
    await client.connect();
    await client.query(`listen ${channel}`);
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.emitter.emit('close');
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Publishing outside a transaction, e.g. from a scheduled job. */
  publish(topic: string, payload: unknown): void {
    this.client?.query('select pg_notify($1, $2)', [channel, JSON.stringify({ topic, payload })]).catch((error) => {
      this.log(`pubsub: publish to ${topic} failed: ${String(error)}`);
    });
  }

  subscribeTo<T extends Topic>(topic: T): AsyncIterable<TopicPayloads[T]> {
    return this.subscribe(topic) as AsyncIterable<TopicPayloads[T]>;
  }

  async *subscribe(topic: string): AsyncIterable<unknown> {
    const abort = new AbortController();
    const close = () => abort.abort();
    this.emitter.once('close', close);
    try {
      for await (const [payload] of on(this.emitter, topic, { signal: abort.signal })) yield payload;
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    } finally {
      this.emitter.off('close', close);
    }
  }

  private deliver(raw: string | undefined): void {
    if (!raw) return;
    try {
      const { topic, payload } = JSON.parse(raw) as { topic: string; payload: unknown };
      this.emitter.emit(topic, payload);
    } catch {
      this.log(`pubsub: ignored a malformed notification: ${raw.slice(0, 200)}`);
    }
  }

  /** Events published while the listener is down are missed; clients refetch on reconnect. */
  private reconnect(error: Error): void {
    this.log(`pubsub: listener connection lost (${error.message}); reconnecting`);
    const lost = this.client;
    this.client = null;
    lost?.end().catch(() => undefined);
    if (this.stopped) return;
    this.reconnectTimer = setTimeout(() => {
      this.start().catch((retryError: Error) => this.reconnect(retryError));
    }, 1000);
  }
}

/** The items of `source` that match, for subscriptions to one id out of a busy topic. */
export async function* where<T>(source: AsyncIterable<T>, matches: (item: T) => boolean): AsyncIterable<T> {
  for await (const item of source) if (matches(item)) yield item;
}
