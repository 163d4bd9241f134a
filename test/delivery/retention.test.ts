import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { Outbox, type OutboxItem } from '../../src/delivery/outbox.js';
import { compactOutbox, summaryCollection } from '../../src/delivery/retention.js';
import { openStore, type Store } from '../../src/store/index.js';
import { msg, tempStoreUrl } from './helpers.js';

const DAY = 24 * 3600 * 1000;

describe('outbox retention', () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setUp(): Promise<{ store: Store; url: string; clock: ManualClock; outbox: Outbox }> {
    const tmp = tempStoreUrl();
    const store = await openStore(tmp.url);
    cleanups.push(tmp.cleanup, () => store.close());
    const clock = new ManualClock('2025-03-01T08:00:00+07:00');
    const outbox = new Outbox(store, clock);
    await outbox.load();
    return { store, url: tmp.url, clock, outbox };
  }

  /** Enqueues and delivers (or kills) items the way the sender records them. */
  async function deliver(outbox: Outbox, batchId: string, n: number, dead = 0): Promise<void> {
    for (let i = 0; i < n + dead; i++) {
      await outbox.enqueue(msg(100 + i, `${batchId}:${i}`, batchId));
      const item = outbox.head(100 + i) as OutboxItem;
      await outbox.markSending(item);
      if (i < n) await outbox.markSent(item, 1_000 + i);
      else await outbox.markDead(item, '403: Forbidden: bot was blocked by the user', 403);
    }
  }

  it('compacts sent items after 30 days into the batch summary; counts, dedupe and the failure list stay', async () => {
    const { store, clock, outbox } = await setUp();
    await deliver(outbox, 'bc:old', 10, 2);
    clock.advance(20 * DAY);
    await deliver(outbox, 'bc:new', 5);
    clock.advance(11 * DAY);

    const report = await compactOutbox(store, outbox, clock.now().getTime());
    expect(report).toEqual({ compacted: 10, batches: 1 });
    const rows: OutboxItem[] = [];
    for await (const [, item] of store.collection<OutboxItem>('outbox').entries()) rows.push(item);
    expect(rows.filter((r) => r.batchId === 'bc:old').map((r) => r.state)).toEqual(['dead', 'dead']);
    expect(rows.filter((r) => r.batchId === 'bc:new')).toHaveLength(5);
    expect((await summaryCollection(store).get('bc:old'))?.ids).toHaveLength(10);

    const counts = { queued: 0, sending: 0, sent: 10, failed: 0, dead: 2, total: 12 };
    expect(outbox.batchCounts('bc:old')).toEqual(counts);
    expect((await outbox.batchItems('bc:old')).map((i) => i.state)).toEqual(['dead', 'dead']);
    expect((await outbox.enqueue(msg(100, 'bc:old:0', 'bc:old'))).created).toBe(false);

    // After a restart: the same counts and the same dedupe, from the summary.
    const again = new Outbox(store, clock);
    await again.load();
    expect(again.batchCounts('bc:old')).toEqual(counts);
    expect(again.batchCounts('bc:new').sent).toBe(5);
    expect((await again.enqueue(msg(103, 'bc:old:3', 'bc:old'))).created).toBe(false);
    // A second compaction finds nothing more to do.
    expect(await compactOutbox(store, again, clock.now().getTime())).toEqual({ compacted: 0, batches: 0 });
  });

  it('counts an item once when a crash left it both in its summary and in the outbox', async () => {
    const { store, clock, outbox } = await setUp();
    await deliver(outbox, 'bc:1', 3);
    const ids = [...outbox.sentIds()];
    await summaryCollection(store).set('bc:1', { batchId: 'bc:1', ids, lastSentAt: 0 });
    const reloaded = new Outbox(store, clock);
    await reloaded.load();
    expect(reloaded.batchCounts('bc:1')).toMatchObject({ sent: 3, total: 3 });
  });
});
