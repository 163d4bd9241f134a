/**
 * Fair delivery under load: 70,000 reminders (an 08:00 on a D-7 day for 100,000 units) queued in
 * the real Outbox (SQLite store), the Sender at the configured rate against the fake Bot API with
 * Telegram's own limits; once they are flowing, a staff broadcast to 1,000 units (a third of them
 * with a reminder still queued) is enqueued. Prints:
 *   bench delivery_broadcast_first_ms N   the broadcast's first delivery after it was queued (target ≤ 5,000)
 *   bench delivery_broadcast_reminder_share S   share of reminders among the messages sent while the
 *                                               first 200 broadcast messages went (weights 2:1: ~0.33)
 *   bench delivery_broadcast_429 N        429s from the fake during the run (target 0)
 * Standalone: `node dist/bench/delivery-lanes.js` (env BENCH_LANES_REMINDERS, DELIVERY_RATE).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Telegram } from 'telegraf';
import { systemClock } from '../src/clock.js';
import { Outbox } from '../src/delivery/outbox.js';
import { Sender } from '../src/delivery/sender.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/index.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';

const REMINDERS = Number(process.env.BENCH_LANES_REMINDERS ?? 70_000);
const RATE = Number(process.env.DELIVERY_RATE ?? 25);
const BROADCAST = 1_000;

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error('not reached in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-lanes-'));
  const fake = new FakeBotApi({ globalPerSecond: 30 });
  const apiRoot = await fake.start();
  const store = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`);
  const out = (name: string, value: number | string, unit = '') =>
    process.stdout.write(`bench ${name} ${value}${unit ? ` ${unit}` : ''}\n`);
  try {
    const outbox = new Outbox(store, systemClock);
    await outbox.load();
    await outbox.enqueueMany(
      Array.from({ length: REMINDERS }, (_, i) => ({
        chatId: 1_000_000 + i,
        text: `reminder ${i}`,
        dedupeKey: `rem:${i}`,
        batchId: 'reminders:2025-06-22',
      })),
    );
    const telegram = new Telegram('123456:BENCH-token', { apiRoot });
    telegram.options.agent = new Agent({ keepAlive: true });
    const sender = new Sender({
      outbox,
      api: telegram,
      clock: systemClock,
      logger: createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }),
      ratePerSecond: RATE,
    });
    sender.start();
    await until(() => fake.delivered.length >= RATE * 2, 60_000);

    const reached = new Set(fake.delivered.map((d) => d.chatId));
    const waiting: number[] = [];
    for (let i = 0; waiting.length < BROADCAST / 3 && i < REMINDERS; i++)
      if (!reached.has(1_000_000 + i)) waiting.push(1_000_000 + i);
    const before = fake.delivered.length;
    const queuedAt = performance.now();
    await outbox.enqueueMany(
      Array.from({ length: BROADCAST }, (_, i) => ({
        chatId: waiting[i] ?? 5_000_000 + i,
        text: `broadcast ${i}`,
        dedupeKey: `bc:bench:${i}`,
        batchId: 'bc:bench',
      })),
    );
    const isBroadcast = (d: { text: string }) => d.text.startsWith('broadcast');
    await until(() => fake.delivered.slice(before).some(isBroadcast), 120_000);
    const first = fake.delivered.slice(before).find(isBroadcast);
    out('delivery_broadcast_first_ms', Math.round((first?.at ?? Number.NaN) - queuedAt), 'ms');
    await until(() => outbox.batchCounts('bc:bench').sent >= 200, 120_000);
    const during = fake.delivered.slice(before);
    const reminders = during.filter((d) => !isBroadcast(d)).length;
    out('delivery_broadcast_reminder_share', (reminders / during.length).toFixed(2));
    out('delivery_broadcast_429', fake.count429);
    await sender.stop();
  } finally {
    await fake.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
