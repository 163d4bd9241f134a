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
    const previous = this.#gates.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const gate = previous.then(
      () =>
        new Promise<void>((release) => {
          const timer = setTimeout(() => {
            this.onTimeout(key);
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
    this.#gates.set(key, gate);
    void gate.then(() => {
      if (this.#gates.get(key) === gate) this.#gates.delete(key);
    });
    return result;
  }
}
