/**
 * Coalesces a busy stream of events into at most one per `windowMs`: the first change after a
 * quiet spell goes out at once, later ones wait for the window and go out together as one event
 * with their count. 64 evaluators deciding make ~1,000 queue changes a second; a dashboard that
 * refetched on each would read 1,000 times a second, this makes it one.
 *
 * Hand-rolled rather than an async generator so that `return()` (the client unsubscribing) ends
 * the iteration at once even while no event is pending.
 */
export function coalesced<T, R>(source: AsyncIterable<T>, windowMs: number, make: (changes: number) => R): AsyncIterableIterator<R> {
  const upstream = source[Symbol.asyncIterator]();
  let pending = 0;
  let lastSent = 0;
  let closed = false;
  let waiter: ((result: IteratorResult<R>) => void) | null = null;
  let timer: NodeJS.Timeout | null = null;

  const deliver = () => {
    timer = null;
    if (!waiter || pending === 0) return;
    const resolve = waiter;
    waiter = null;
    const changes = pending;
    pending = 0;
    lastSent = Date.now();
    resolve({ value: make(changes), done: false });
  };
  const schedule = () => {
    if (!waiter || pending === 0 || timer) return;
    timer = setTimeout(deliver, Math.max(0, lastSent + windowMs - Date.now()));
  };
  const close = () => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    waiter?.({ value: undefined, done: true });
    waiter = null;
    // Not awaited: the upstream generator finishes when its next event arrives.
    void upstream.return?.();
  };
  void (async () => {
    try {
      while (!closed) {
        const next = await upstream.next();
        if (next.done) break;
        pending++;
        schedule();
      }
    } catch {
      // The pubsub closed; end the subscription.
    } finally {
      close();
    }
  })();

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiter = resolve;
        schedule();
      });
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}
