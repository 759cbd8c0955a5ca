import { EventEmitter, on } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { PubSub } from 'type-graphql';

/** The one Postgres channel every Vigil instance listens on (hand-written SQL notifies it too). */
export const eventChannel = 'vigil_events';
const channel = eventChannel;

/** Topics and their payloads. Payloads carry ids and states, never whole objects. */
export interface TopicPayloads {
  AUDIT_EVENT_APPENDED: { auditEventId: string; action: string; entityType: string };
  /** Something in the queue changed; listeners recompute what they show. */
  QUEUE_CHANGED: { queueId: string };
  CASE_CHANGED: { caseId: string; queueId: string; status: string };
}
export type Topic = keyof TopicPayloads;

/**
 * Publishes through the caller's EntityManager. Inside `em.transactional` this is the
 * transaction's connection, and Postgres delivers a NOTIFY only when that transaction commits:
 * subscribers never hear of a change that rolled back, and a crash between commit and publish
 * cannot lose the event. (Audit events are announced by a trigger on `audit_event` instead.)
 */
export async function publish<T extends Topic>(em: EntityManager, topic: T, payload: TopicPayloads[T]): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [channel, JSON.stringify({ topic, payload })]);
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
