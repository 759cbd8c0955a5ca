import { createSubscriber } from 'svelte/reactivity';

/**
 * The current time as a reactive value. It ticks only while something on screen reads `now`,
 * so a countdown or a "due in" label keeps itself fresh without a timer per component.
 */
export class Clock {
  readonly #subscribe: () => void;

  constructor(intervalMs: number) {
    this.#subscribe = createSubscriber((update) => {
      const timer = setInterval(update, intervalMs);
      return () => clearInterval(timer);
    });
  }

  get now(): number {
    this.#subscribe();
    return Date.now();
  }
}
