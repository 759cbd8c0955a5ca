import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
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
  /** A person, their roles or team, or one of their sessions changed: forget cached sign-ins. */
  USER_SESSIONS_CHANGED: { userId: string };
  ESCALATION_MESSAGE_POSTED: { escalationId: string; messageId: string };
  /** An escalation was raised, claimed, held, released or resolved; `teamId` is its queue's team. */
  ESCALATION_CHANGED: { escalationId: string; status: string; teamId: string };
  /** A notification landed in the person's inbox. */
  NOTIFICATION_RECEIVED: { recipientId: string; notificationId: string; kind: string };
  /** QA tasks of the queue were added, claimed, released or finished. */
  QA_TASKS_CHANGED: { queueId: string };
  /** The scheduled report drafts being generated: `done` of `total`, the one in hand (null when finished). */
  REPORT_DRAFTS_PROGRESS: { done: number; total: number; finished: boolean; kind: string | null; periodStart: string | null; teamId: string | null };
}
export type Topic = keyof TopicPayloads;

export type Event = { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic];

export function event<T extends Topic>(topic: T, payload: TopicPayloads[T]): Event {
  return { topic, payload } as Event;
}

/** Events of transactions still open, sent when (and only if) they commit. */
const pendingEvents = new WeakMap<EntityManager, Event[]>();

/** The instance's pubsub per ORM (forks share the config), so services need only their `em`. */
const publishers = new WeakMap<object, PostgresPubSub>();

/**
 * Publishes events to every instance: after the commit when `em` is inside a transaction, at
 * once otherwise. With the app's pubsub attached to the ORM, sending is handed to it (batched,
 * see `PostgresPubSub.send`) and the caller does not wait for it; scripts without one send
 * through their own connection. The cost of sending after the commit: a crash in between loses
 * the event; subscribers refetch when they reconnect.
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
  const pubSub = publishers.get(em.config);
  if (pubSub) return pubSub.send(events);
  for (const payload of packed('unattached', events)) await em.getConnection().execute('select pg_notify(?, ?)', [channel, payload]);
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

/** The listener connection's `application_name`, so operators (and tests) can see each instance's in `pg_stat_activity`. */
export const listenerApplicationName = 'vigil-listener';

/** Reconnect delays: doubling from the first to the last, then staying there, until the listener is back. */
const reconnectDelaysMs = { first: 100, max: 5_000 };

/** Events kept for sending while the listener is down; past this the oldest go (subscribers refetch anyway). */
const maxOutbox = 10_000;

/** Postgres refuses a NOTIFY payload of 8000 bytes or more; batches are cut below that. */
const maxPayloadBytes = 7000;

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
  private outbox: Event[] = [];
  private readonly instanceId = randomUUID();
  private sending: Promise<void> | null = null;
  private reconnectDelayMs = reconnectDelaysMs.first;

  constructor(
    private readonly connectionString: string,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {
    // One listener per open subscription; a thousand subscribers is normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  /**
   * Connects and LISTENs. Afterwards the connection is kept: when it is lost (Postgres restarted,
   * the network dropped) a new one is made with backoff and LISTENs again, and subscriptions
   * carry on over it; the first failure here, at start, is the caller's.
   */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: listenerApplicationName });
    client.on('notification', (message) => this.deliver(message.payload));
    // `pg` reports a lost connection as 'error' (and 'end'), possibly both, and errors of a client
    // still connecting reject `connect()` too: only the current client's first loss counts.
    const lost = (error: Error) => {
      if (this.client === client) this.reconnect(error);
    };
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    try {
      await client.connect();
      // A notification is not durable whatever the commit does; see `send`.
      await client.query('set synchronous_commit = off');
      await client.query(`listen ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.reconnectDelayMs = reconnectDelaysMs.first;
    this.flush();
  }

  /** Makes `publish(em, …)` of this ORM's entity managers send through this instance. */
  attachTo(orm: MikroORM): void {
    publishers.set(orm.config, this);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.sending;
    this.emitter.emit('close');
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /**
   * Queues events for every instance. Postgres commits notifying transactions one at a time
   * behind a global lock, each with its own WAL flush: one NOTIFY per decision capped claim and
   * decide at about 80 cycles/s with 64 evaluators (npm run bench). So each instance sends from
   * its one connection, with `synchronous_commit` off, one statement at a time, and whatever
   * queued up meanwhile goes in the next statement. Each batch names its sender, which skips
   * its own batches when they come back.
   */
  send(events: Event[]): void {
    // This instance's subscribers hear at once; the others when the NOTIFY arrives.
    for (const { topic, payload } of events) this.emitter.emit(topic, payload);
    this.outbox.push(...events);
    if (this.outbox.length > maxOutbox) this.outbox.splice(0, this.outbox.length - maxOutbox);
    this.flush();
  }

  /** Publishing from type-graphql's side, e.g. a resolver outside any transaction. */
  publish(topic: string, payload: unknown): void {
    this.send([{ topic, payload } as Event]);
  }

  private flush(): void {
    if (this.sending || !this.client || this.outbox.length === 0) return;
    const client = this.client;
    this.sending = (async () => {
      while (this.outbox.length > 0 && this.client === client) {
        const payloads = packed(this.instanceId, this.outbox);
        this.outbox = [];
        const placeholders = payloads.map((_, i) => `pg_notify($1, $${i + 2})`).join(', ');
        await client.query(`select ${placeholders}`, [channel, ...payloads]).catch((error) => {
          this.log(`pubsub: ${payloads.length} notifications not sent: ${String(error)}`);
        });
      }
    })().finally(() => {
      this.sending = null;
      this.flush();
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
      const parsed = JSON.parse(raw) as Batch | Event;
      if (!('events' in parsed)) return void this.emitter.emit(parsed.topic, parsed.payload);
      if (parsed.from === this.instanceId) return;
      for (const { topic, payload } of parsed.events) this.emitter.emit(topic, payload);
    } catch {
      this.log(`pubsub: ignored a malformed notification: ${raw.slice(0, 200)}`);
    }
  }

  /**
   * Other instances' events published while the listener is down are missed (this instance's own
   * still reach its subscribers, and are sent once it is back); clients refetch on reconnect.
   */
  private reconnect(error: Error): void {
    const lost = this.client;
    this.client = null;
    lost?.end().catch(() => undefined);
    if (this.stopped || this.reconnectTimer) return;
    if (lost) this.log(`pubsub: listener connection lost (${error.message}); reconnecting`);
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, reconnectDelaysMs.max);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().then(
        () => this.log('pubsub: listening again'),
        (retryError: Error) => this.reconnect(retryError),
      );
    }, delay);
    // A process stopping while the database is down does not wait for the next attempt.
    this.reconnectTimer.unref();
  }
}

/** One NOTIFY payload: events from one instance. */
interface Batch {
  from: string;
  events: Event[];
}

/** Events as batches, each below the payload limit. */
function packed(from: string, events: Event[]): string[] {
  const payloads: string[] = [];
  const opening = `{"from":"${from}","events":[`;
  let batch: string[] = [];
  let bytes = opening.length + 2;
  for (const item of events) {
    const json = JSON.stringify(item);
    const size = Buffer.byteLength(json) + 1;
    if (batch.length > 0 && bytes + size > maxPayloadBytes) {
      payloads.push(`${opening}${batch.join(',')}]}`);
      batch = [];
      bytes = opening.length + 2;
    }
    batch.push(json);
    bytes += size;
  }
  if (batch.length > 0) payloads.push(`${opening}${batch.join(',')}]}`);
  return payloads;
}

/** The items of `source` that match, for subscriptions to one id out of a busy topic. */
export async function* where<T>(source: AsyncIterable<T>, matches: (item: T) => boolean): AsyncIterable<T> {
  for await (const item of source) if (matches(item)) yield item;
}
