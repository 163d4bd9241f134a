import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { LaneScheduler, laneOf } from '../../src/delivery/lanes.js';
import { type Rig, rig } from './helpers.js';

/** Waits (polling, with a deadline) until `cond` holds. */
async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('outbox lanes', () => {
  it('reads the lane from the batch when the message does not name one', () => {
    expect(laneOf({ batchId: 'reminders:2025-06-22' })).toBe('reminder');
    expect(laneOf({ batchId: 'bc:abc' })).toBe('broadcast');
    expect(laneOf({ batchId: 'digest:2025-06-22' })).toBe('broadcast');
    expect(laneOf({ batchId: 'reminders:2025-06-22', lane: 'reply' })).toBe('reply');
    expect(laneOf({ batchId: 'anything' })).toBe('reply');
  });

  it('shares the picks 4:2:1 among lanes with something due, so none is starved', () => {
    const s = new LaneScheduler();
    for (let i = 0; i < 700; i++) {
      s.schedule(1_000 + i, 0, 'reminder');
      s.schedule(2_000 + i, 0, 'broadcast');
      s.schedule(3_000 + i, 0, 'reply');
    }
    const picks = { reply: 0, broadcast: 0, reminder: 0 };
    for (let i = 0; i < 700; i++) {
      const n = s.next(10);
      if (!n || !('chatId' in n)) throw new Error('nothing due');
      const lane = n.chatId >= 3_000 ? 'reply' : n.chatId >= 2_000 ? 'broadcast' : 'reminder';
      picks[lane]++;
    }
    expect(picks).toEqual({ reply: 400, broadcast: 200, reminder: 100 });
  });

  describe('through the sender against the fake Bot API', () => {
    let r: Rig | undefined;
    afterEach(async () => {
      await r?.close();
      r = undefined;
    });

    it('starts a broadcast queued behind 1,500 reminders at once, and keeps sending reminders meanwhile', async () => {
      r = await rig({ fake: { globalPerSecond: 240 }, sender: { ratePerSecond: 200 } });
      const rigged = r;
      await rigged.outbox.enqueueMany(
        Array.from({ length: 1_500 }, (_, i) => ({
          chatId: 10_000 + i,
          text: `reminder ${i}`,
          dedupeKey: `rem:${i}`,
          batchId: 'reminders:2025-06-22',
        })),
      );
      rigged.sender.start();
      await until(() => rigged.fake.delivered.length >= 100);
      // A broadcast to 150 units, 50 of them with a reminder still queued.
      const queuedAt = performance.now();
      const deliveredBefore = rigged.fake.delivered.length;
      const reached = new Set(rigged.fake.delivered.map((d) => d.chatId));
      const waiting = Array.from({ length: 1_500 }, (_, i) => 10_000 + i)
        .filter((c) => !reached.has(c))
        .slice(0, 50);
      await rigged.outbox.enqueueMany(
        Array.from({ length: 150 }, (_, i) => ({
          chatId: i < 50 ? (waiting[i] as number) : 20_000 + i,
          text: `broadcast ${i}`,
          dedupeKey: `bc:1:${i}`,
          batchId: 'bc:1',
        })),
      );
      await until(() => rigged.outbox.batchCounts('bc:1').sent === 150);
      const broadcast = rigged.fake.delivered
        .slice(deliveredBefore)
        .filter((d) => d.text.startsWith('broadcast'));
      const during = rigged.fake.delivered.slice(deliveredBefore);
      const lastBroadcast = during.findLastIndex((d) => d.text.startsWith('broadcast'));
      const remindersDuring = during
        .slice(0, lastBroadcast)
        .filter((d) => d.text.startsWith('reminder')).length;
      // The first broadcast message goes within about a second, not after the 1,400 reminders left.
      expect((broadcast[0]?.at ?? Number.POSITIVE_INFINITY) - queuedAt).toBeLessThan(2_000);
      expect(rigged.outbox.batchCounts('reminders:2025-06-22').queued).toBeGreaterThan(500);
      // Reminders keep about a third of the rate while the broadcast runs (weights 2:1).
      expect(remindersDuring).toBeGreaterThan(150 * 0.3);
      // In a chat with both (its reminder not yet sent when the broadcast came), the broadcast went first.
      await rigged.sender.idle();
      for (const chatId of waiting) expect(rigged.fake.textsFor(chatId)[0]).toMatch(/^broadcast /);
      expect(rigged.outbox.batchCounts('reminders:2025-06-22').sent).toBe(1_500);
      expect(rigged.fake.count429).toBe(0);
    }, 60_000);
  });
});
