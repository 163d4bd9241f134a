/**
 * Runs work one at a time per key, in the order it was queued; different keys run side by side.
 * A key's next work waits for the previous one at most `timeoutMs` from when that one started,
 * so one hung handler cannot block its key for ever (it goes on running; `onTimeout` is told).
 */
export class KeyedQueue<K> {
  readonly #gates = new Map<K, Promise<void>>();

  constructor(
    private readonly timeoutMs: number,
    private readonly onTimeout: (key: K) => void = () => {},
  ) {}

  /** Keys with work queued or running. */
  get busyKeys(): number {
    return this.#gates.size;
  }

  run<T>(key: K, work: () => Promise<T>): Promise<T> {
    return this.runAll([key], work);
  }

  /**
   * Runs `work` once the work queued earlier for every one of `keys` is done (or timed out), and
   * holds all of them until it is done. It waits only on work queued before it, so two calls
   * naming the same keys in another order cannot wait on each other.
   */
  runAll<T>(keys: readonly K[], work: () => Promise<T>): Promise<T> {
    const gates = keys.map((k) => this.#gates.get(k) ?? Promise.resolve());
    // One key: its gate itself, as before multi-key calls existed (no extra turn before the work).
    const previous = gates.length === 1 ? (gates[0] as Promise<void>) : Promise.all(gates);
    // Called with no argument: telegraf's next(ctx) would take one for a new context.
    const result = previous.then(() => work());
    const gate = previous.then(
      () =>
        new Promise<void>((release) => {
          const timer = setTimeout(() => {
            for (const k of keys) this.onTimeout(k);
            release();
          }, this.timeoutMs);
          timer.unref();
          const done = () => {
            clearTimeout(timer);
            release();
          };
          result.then(done, done);
        }),
    );
    for (const k of keys) this.#gates.set(k, gate);
    void gate.then(() => {
      for (const k of keys) if (this.#gates.get(k) === gate) this.#gates.delete(k);
    });
    return result;
  }
}
