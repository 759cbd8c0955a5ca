import { EventEmitter, on } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced } from '../../server/src/kernel/coalesced.ts';

/** A source of events pushed by the test, like a pubsub topic. */
function source() {
  const emitter = new EventEmitter();
  const abort = new AbortController();
  async function* events(): AsyncIterable<number> {
    try {
      for await (const [value] of on(emitter, 'event', { signal: abort.signal })) yield value as number;
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  }
  return { iterable: events(), push: (value: number) => emitter.emit('event', value), end: () => abort.abort() };
}

/** Lets the source's async iteration run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('coalesced dashboard events', () => {
  it('sends the first change after a quiet spell at once', async () => {
    const events = source();
    const feed = coalesced(events.iterable, 1000, (changes) => changes);
    const next = feed.next();
    await settle();
    events.push(1);
    await settle();
    expect(await next).toEqual({ value: 1, done: false });
    await feed.return?.();
  });

  it('folds a burst into one event per window, carrying how many changes it holds', async () => {
    const events = source();
    const feed = coalesced(events.iterable, 1000, (changes) => changes);
    const first = feed.next();
    await settle();
    events.push(1);
    await settle();
    expect(await first).toEqual({ value: 1, done: false });

    let second: IteratorResult<number> | null = null;
    void feed.next().then((result) => (second = result));
    for (let i = 0; i < 64; i++) events.push(i);
    await vi.advanceTimersByTimeAsync(999);
    expect(second).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toEqual({ value: 64, done: false });
    await feed.return?.();
  });

  it('ends a pending wait at once when the subscriber leaves', async () => {
    const events = source();
    const feed = coalesced(events.iterable, 1000, (changes) => changes);
    const pending = feed.next();
    await feed.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await feed.next()).toEqual({ value: undefined, done: true });
    events.end();
  });
});
