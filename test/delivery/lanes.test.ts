import { afterEach, describe, expect, it } from 'vitest';
import { LaneScheduler, laneOf } from '../../src/delivery/lanes.js';
import { type Rig, rig } from './helpers.js';

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

  // On the rig's virtual time: `delivered[].at` and `vt.now()` are exact virtual milliseconds.
  describe('through the sender against the fake Bot API', () => {
    let r: Rig | undefined;
    afterEach(async () => {
      await r?.close();
      r = undefined;
    });

    // At the production pace (25/s) against Telegram's limits, in virtual time.
    const REMINDERS = 1_500;
    const BROADCAST = 150;
    /** Broadcast chats that still have their reminder queued. */
    const BOTH = 50;

    it('starts a broadcast queued behind 1,400 reminders at once, and keeps sending reminders meanwhile', async () => {
      // Scheduling is what is tested here: the fake answers telegraf's client in process, no HTTP.
      r = await rig({ inProcess: true });
      const rigged = r;
      await rigged.outbox.enqueueMany(
        Array.from({ length: REMINDERS }, (_, i) => ({
          chatId: 10_000 + i,
          text: `reminder ${i}`,
          dedupeKey: `rem:${i}`,
          batchId: 'reminders:2025-06-22',
        })),
      );
      rigged.sender.start();
      await rigged.run(() => rigged.fake.delivered.length >= 100);
      // A broadcast to 150 units, 50 of them with a reminder still queued.
      const queuedAt = rigged.vt.now();
      const deliveredBefore = rigged.fake.delivered.length;
      const reached = new Set(rigged.fake.delivered.map((d) => d.chatId));
      const waiting = Array.from({ length: REMINDERS }, (_, i) => 10_000 + i)
        .filter((c) => !reached.has(c))
        .slice(0, BOTH);
      await rigged.outbox.enqueueMany(
        Array.from({ length: BROADCAST }, (_, i) => ({
          chatId: i < BOTH ? (waiting[i] as number) : 20_000 + i,
          text: `broadcast ${i}`,
          dedupeKey: `bc:1:${i}`,
          batchId: 'bc:1',
        })),
      );
      await rigged.run(() => rigged.outbox.batchCounts('bc:1').sent === BROADCAST);
      const during = rigged.fake.delivered.slice(deliveredBefore);
      const broadcast = during.filter((d) => d.text.startsWith('broadcast'));
      const lastBroadcast = during.findLastIndex((d) => d.text.startsWith('broadcast'));
      const remindersDuring = during
        .slice(0, lastBroadcast)
        .filter((d) => d.text.startsWith('reminder')).length;
      // The first broadcast message goes within a second, not after the 1,400 reminders left (56 s).
      expect((broadcast[0]?.at ?? Number.POSITIVE_INFINITY) - queuedAt).toBeLessThan(1_000);
      expect(rigged.outbox.batchCounts('reminders:2025-06-22').queued).toBeGreaterThan(1_000);
      // Reminders keep about a third of the rate while the broadcast runs (weights 2:1).
      const share = remindersDuring / (remindersDuring + BROADCAST);
      expect(share).toBeGreaterThan(0.28);
      expect(share).toBeLessThan(0.4);
      // In a chat with both (its reminder not yet sent when the broadcast came), the broadcast went first.
      await rigged.run(rigged.sender.idle());
      for (const chatId of waiting) expect(rigged.fake.textsFor(chatId)[0]).toMatch(/^broadcast /);
      expect(rigged.outbox.batchCounts('reminders:2025-06-22').sent).toBe(REMINDERS);
      expect(rigged.fake.count429).toBe(0);
      console.info(
        `lanes: first broadcast ${(broadcast[0]?.at ?? 0) - queuedAt} ms after queued, reminder share ${share.toFixed(3)}`,
      );
    });
  });
});
