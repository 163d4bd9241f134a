import { describe, expect, it, vi } from 'vitest';
import { KeyedQueue } from '../src/keyed-queue.js';

/** A promise and its resolver, to hold work open until the test lets it go. */
const gate = () => {
  let open!: () => void;
  const closed = new Promise<void>((r) => {
    open = r;
  });
  return { closed, open };
};

describe('KeyedQueue', () => {
  it("runs one key's work in the order queued, one at a time", async () => {
    const q = new KeyedQueue<number>(10_000);
    const log: string[] = [];
    const first = gate();
    const a = q.run(1, async () => {
      log.push('a start');
      await first.closed;
      log.push('a end');
    });
    const b = q.run(1, async () => {
      log.push('b');
      return 'b done';
    });
    await Promise.resolve();
    expect(log).toEqual(['a start']);
    first.open();
    await a;
    expect(await b).toBe('b done');
    expect(log).toEqual(['a start', 'a end', 'b']);
    await new Promise((r) => setImmediate(r));
    expect(q.busyKeys).toBe(0);
  });

  it('runs different keys side by side', async () => {
    const q = new KeyedQueue<number>(10_000);
    const held = gate();
    const slow = q.run(1, () => held.closed);
    expect(await q.run(2, async () => 'other key')).toBe('other key');
    held.open();
    await slow;
  });

  it('lets the next work go after a failure, and passes the failure to its caller', async () => {
    const q = new KeyedQueue<string>(10_000);
    const failed = q.run('k', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect(await q.run('k', async () => 2)).toBe(2);
  });

  it('does not let a hung handler block its key beyond the timeout, and says so', async () => {
    vi.useFakeTimers();
    try {
      const timedOut: string[] = [];
      const q = new KeyedQueue<string>(20_000, (k) => timedOut.push(k));
      void q.run('chat', () => new Promise<never>(() => {}));
      let ran = false;
      const next = q.run('chat', async () => {
        ran = true;
      });
      await vi.advanceTimersByTimeAsync(19_999);
      expect(ran).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await next;
      expect(ran).toBe(true);
      expect(timedOut).toEqual(['chat']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts the timeout from when the work starts, not from when it was queued', async () => {
    vi.useFakeTimers();
    try {
      const timedOut: number[] = [];
      const q = new KeyedQueue<number>(20_000, (k) => timedOut.push(k));
      const steps = [gate(), gate(), gate()];
      const runs = steps.map((s) => q.run(1, () => s.closed));
      // Each takes 15 s: 45 s in all, but none waited 20 s after it started.
      for (const s of steps) {
        await vi.advanceTimersByTimeAsync(15_000);
        s.open();
      }
      await Promise.all(runs);
      expect(timedOut).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs work on several keys after the work queued on each, holds each, and never waits in a cycle', async () => {
    const q = new KeyedQueue<number>(10_000);
    const log: string[] = [];
    const one = gate();
    const two = gate();
    const a = q.run(1, async () => {
      await one.closed;
      log.push('a on 1');
    });
    const b = q.run(2, async () => {
      await two.closed;
      log.push('b on 2');
    });
    const both = q.runAll([1, 2], async () => {
      log.push('both');
      return 'moved';
    });
    // The same keys the other way round, queued after: it waits for `both`, not the reverse.
    const reversed = q.runAll([2, 1], async () => {
      log.push('reversed');
    });
    const after = q.run(2, async () => {
      log.push('after on 2');
    });
    two.open();
    await b;
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['b on 2']);
    one.open();
    expect(await both).toBe('moved');
    await Promise.all([a, reversed, after]);
    expect(log).toEqual(['b on 2', 'a on 1', 'both', 'reversed', 'after on 2']);
    await new Promise((r) => setImmediate(r));
    expect(q.busyKeys).toBe(0);
  });
});
