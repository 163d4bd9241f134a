import type { Clock } from '../../src/clock.js';
import type { Timers } from '../../src/delivery/timers.js';
import type { Collection, Store } from '../../src/store/index.js';

interface Pending {
  due: number;
  seq: number;
  fn: () => void;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Virtual time for the delivery tests: a clock and timers that move only inside `run`. `run` lets
 * the real I/O in flight finish (whatever goes through `track`: the HTTP requests to the fake Bot
 * API, the store's writes), then jumps to the earliest timer and fires it, and so on until the
 * awaited promise settles or the condition holds. Time never moves while a request or a write is
 * on its way, so a rate wait or a retry_after costs no real time and the times a test reads (the
 * fake's `delivered[].at`, given `now`) are exact.
 */
export class VirtualTime {
  #now: number;
  #seq = 0;
  readonly #timers = new Map<number, Pending>();
  #inFlight = 0;
  #onSettle: Array<() => void> = [];
  /** Tracked operations that will never settle on their own (the fake's hanging requests). */
  stalled: () => number = () => 0;

  constructor(start = Date.parse('2025-06-22T08:00:00Z')) {
    this.#now = start;
  }

  readonly clock: Clock = { now: () => new Date(this.#now) };

  readonly timers: Timers = {
    now: () => this.#now,
    setTimeout: (fn, ms) => {
      const seq = ++this.#seq;
      // Whole milliseconds, never early: like a real timer, and like the clock's Date.
      this.#timers.set(seq, { due: this.#now + Math.max(0, Math.ceil(ms)), seq, fn });
      return seq;
    },
    clearTimeout: (handle) => {
      this.#timers.delete(handle as number);
    },
  };

  now(): number {
    return this.#now;
  }

  /** Counts `p` as I/O in flight until it settles: time stands still meanwhile. */
  track<T>(p: Promise<T>): Promise<T> {
    this.#inFlight++;
    const done = () => {
      this.#inFlight--;
      for (const wake of this.#onSettle.splice(0)) wake();
    };
    p.then(done, done);
    return p;
  }

  /**
   * Moves time, timer by timer, until `until` (a promise settles, or a condition holds). Fails
   * when nothing is left to wait for, or past `virtualMs` of virtual or `realMs` of real time.
   */
  async run(
    until: Promise<unknown> | (() => boolean),
    { virtualMs = 3_600_000, realMs = 20_000 } = {},
  ): Promise<void> {
    let settled = false;
    if (typeof until !== 'function') {
      until.then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
    }
    const done = typeof until === 'function' ? until : () => settled;
    const realEnd = performance.now() + realMs;
    const virtualEnd = this.#now + virtualMs;
    for (;;) {
      await this.#quiet(realEnd);
      if (done()) break;
      const next = this.#earliest();
      if (!next) throw new Error('virtual time: nothing in flight, no timer set, and not done');
      if (next.due > virtualEnd) throw new Error(`virtual time: not done within ${virtualMs} ms`);
      this.#timers.delete(next.seq);
      this.#now = Math.max(this.#now, next.due);
      next.fn();
    }
    if (typeof until !== 'function') await until;
  }

  /** Resolves once no tracked I/O is in flight and every microtask has run. */
  async #quiet(realEnd: number): Promise<void> {
    for (;;) {
      await turn();
      if (this.#inFlight <= this.stalled()) return;
      if (performance.now() > realEnd) throw new Error('virtual time: I/O still in flight at the deadline');
      // Woken by a settle; the short poll notices a request the fake has just left hanging.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5);
        this.#onSettle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  #earliest(): Pending | undefined {
    let best: Pending | undefined;
    for (const t of this.#timers.values()) {
      if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
    }
    return best;
  }
}

/** The store with every read and write counted as I/O in flight. */
export function trackedStore(store: Store, vt: VirtualTime): Store {
  return {
    kind: store.kind,
    url: store.url,
    close: () => store.close(),
    collection<T>(name: string, options?: Parameters<Store['collection']>[1]): Collection<T> {
      const c = store.collection<T>(name, options);
      const setIf = c.setIf?.bind(c);
      return {
        get: (key) => vt.track(c.get(key)),
        getMany: (keys) => vt.track(c.getMany(keys)),
        set: (key, value) => vt.track(c.set(key, value)),
        delete: (key) => vt.track(c.delete(key)),
        entries: () => c.entries(),
        ...(setIf
          ? {
              setIf: (key: string, value: T, expected: number | undefined) =>
                vt.track(setIf(key, value, expected)),
            }
          : {}),
      };
    },
  };
}
