import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { event, type PostgresPubSub, publish } from '../kernel/pubsub.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';
import type { SignedInUser } from '../kernel/viewer.ts';

/**
 * Who a session token belongs to, remembered for a few seconds per instance: every request asks,
 * and the lookup was a round trip to Postgres each time (npm run bench). Any change to a person
 * or their sessions drops their entries on every instance at once (`SessionChanges`); the time
 * limit only bounds what a missed notification could leave behind.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SignedInUser; until: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 50_000,
  ) {}

  get(tokenHash: string, now: Date): SignedInUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > now.getTime()) return entry.user;
    this.entries.delete(tokenHash);
    return undefined;
  }

  remember(tokenHash: string, user: SignedInUser, sessionExpiresAt: Date, now: Date): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(tokenHash, { user, until: Math.min(now.getTime() + this.ttlMs, sessionExpiresAt.getTime()) });
  }

  forgetUser(userId: string): void {
    for (const [tokenHash, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(tokenHash);
  }

  /** Drops a person's entries whenever any instance announces a change to them. */
  async follow(pubSub: PostgresPubSub): Promise<void> {
    for await (const { userId } of pubSub.subscribeTo('USER_SESSIONS_CHANGED')) this.forgetUser(userId);
  }
}

/** Announces, after commit, every change to a person or to one of their sessions. Registered in the ORM config. */
export class SessionChanges implements EventSubscriber<User | Session> {
  getSubscribedEntities() {
    return [User, Session];
  }

  async afterUpdate(args: EventArgs<User | Session>): Promise<void> {
    await this.announce(args);
  }

  async afterDelete(args: EventArgs<User | Session>): Promise<void> {
    await this.announce(args);
  }

  private async announce({ entity, em }: EventArgs<User | Session>): Promise<void> {
    const userId = entity instanceof Session ? entity.user.id : entity.id;
    await publish(em as EntityManager, event('USER_SESSIONS_CHANGED', { userId }));
  }
}
