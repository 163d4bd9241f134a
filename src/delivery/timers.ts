/**
 * How the sender waits: the global pace, retries, the send timeout. Real timers in the bot;
 * the delivery tests pass virtual ones (test/delivery/virtual-time.ts), so a rate limit or a
 * retry_after costs no real time and every send has an exact time to assert on.
 */
export interface Timers {
  /** Milliseconds on a steady scale; only differences are used. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
