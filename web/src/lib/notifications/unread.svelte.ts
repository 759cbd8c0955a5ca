import type { Client } from '@urql/core';
import { getContext, setContext } from 'svelte';
import { MyUnreadNotificationCountDocument, NotificationReceivedDocument } from '$lib/graphql/generated/graphql';

/**
 * The signed-in person's unread count, as the nav badge shows it. The shell owns one and follows
 * `notificationReceived`; the inbox sets it from `markNotificationsRead`'s answer, so the badge
 * clears without another round trip.
 */
export class UnreadCount {
  count = $state<number | null>(null);
  readonly #client: Client;
  /** Answers can cross on the wire; only the latest request may set the count. */
  #asked = 0;

  constructor(client: Client) {
    this.#client = client;
  }

  async refresh(): Promise<void> {
    const ask = ++this.#asked;
    const result = await this.#client.query(MyUnreadNotificationCountDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (ask === this.#asked && result.data) this.count = result.data.myUnreadNotificationCount;
  }

  /** A count the server just answered with, e.g. after marking read. */
  set(count: number): void {
    this.#asked += 1;
    this.count = count;
  }

  /** Reads the count now and again after every notification. Returns the unsubscribe. */
  follow(): () => void {
    void this.refresh();
    return followNotifications(this.#client, () => void this.refresh());
  }
}

/** Calls back for each notification that arrives in the signed-in person's inbox. Returns the unsubscribe. */
export function followNotifications(client: Client, onReceived: () => void): () => void {
  const { unsubscribe } = client.subscription(NotificationReceivedDocument, {}).subscribe((result) => {
    if (result.data && !result.error) onReceived();
  });
  return unsubscribe;
}

const key = Symbol('unread-count');

export function setUnreadCount(count: UnreadCount): void {
  setContext(key, count);
}

/** The shell's count, or null outside it. */
export function getUnreadCount(): UnreadCount | null {
  return getContext<UnreadCount | undefined>(key) ?? null;
}
