import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { Outbox, outboxId } from '../../src/delivery/outbox.js';
import { openStore, type Store } from '../../src/store/index.js';
import { msg, tempStoreUrl } from './helpers.js';

describe('Outbox', () => {
  const clock = new ManualClock('2025-03-24T01:00:00Z');
  const opened: Array<{ store: Store; cleanup(): void }> = [];
  const open = async (url?: string) => {
    const tmp = url ? { url, cleanup: () => {} } : tempStoreUrl();
    const store = await openStore(tmp.url);
    opened.push({ store, cleanup: tmp.cleanup });
    const outbox = new Outbox(store, clock);
    await outbox.load();
    return { outbox, store, url: tmp.url };
  };

  afterEach(async () => {
    for (const { store, cleanup } of opened.splice(0).reverse()) {
      await store.close();
      cleanup();
    }
  });

  it('enqueues a message once per dedupe key, even when both arrive together', async () => {
    const { outbox } = await open();
    const [a, b] = await Promise.all([outbox.enqueue(msg(1, 'k1')), outbox.enqueue(msg(1, 'k1'))]);
    expect([a?.created, b?.created].sort()).toEqual([false, true]);
    expect(a?.id).toBe(outboxId('k1'));
    expect(await outbox.enqueueMany([msg(1, 'k1'), msg(2, 'k2'), msg(2, 'k2')])).toBe(1);
    expect(outbox.batchCounts('b1')).toEqual({
      queued: 2,
      sending: 0,
      sent: 0,
      failed: 0,
      dead: 0,
      total: 2,
    });
  });

  it('remembers dedupe keys and batch counts across a restart', async () => {
    const first = await open();
    await first.outbox.enqueueMany([msg(1, 'a'), msg(2, 'b'), msg(3, 'c')]);
    const a = first.outbox.head(1);
    if (!a) throw new Error('no head');
    await first.outbox.markSending(a);
    await first.outbox.markSent(a, 42);

    const second = await open(first.url);
    expect((await second.outbox.enqueue(msg(1, 'a'))).created).toBe(false);
    expect(second.outbox.batchCounts('b1')).toMatchObject({ queued: 2, sent: 1, total: 3 });
    const items = await second.outbox.batchItems('b1');
    expect(items.find((i) => i.dedupeKey === 'a')).toMatchObject({
      state: 'sent',
      messageId: 42,
      attempts: 1,
    });
  });

  it('queues again, on load, the items a crash left in sending', async () => {
    const first = await open();
    await first.outbox.enqueue(msg(7, 'x'));
    const x = first.outbox.head(7);
    if (!x) throw new Error('no head');
    await first.outbox.markSending(x);

    const second = await open(first.url);
    expect(second.outbox.head(7)).toMatchObject({ dedupeKey: 'x', state: 'queued', attempts: 1 });
    expect(second.outbox.batchCounts('b1')).toMatchObject({ queued: 1, sending: 0 });
    expect((await second.outbox.get(x.id))?.state).toBe('queued');
  });

  it('keeps one chat in enqueue order and moves its queue on migration', async () => {
    const { outbox } = await open();
    await outbox.enqueueMany([msg(-5, 'g1'), msg(-5, 'g2'), msg(-9, 'h1')]);
    expect(outbox.head(-5)?.dedupeKey).toBe('g1');
    const g1 = outbox.head(-5);
    if (!g1) throw new Error('no head');
    await outbox.markSending(g1);
    await outbox.moveChat(g1, -9);
    expect(outbox.head(-5)).toBeUndefined();
    const moved = await outbox.batchItems('b1');
    expect(moved.map((i) => [i.dedupeKey, i.chatId, i.state])).toEqual([
      ['g1', -9, 'queued'],
      ['g2', -9, 'queued'],
      ['h1', -9, 'queued'],
    ]);
    expect(outbox.head(-9)?.dedupeKey).toBe('g1');
  });
});
