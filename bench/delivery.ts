/**
 * Delivery benchmark: 2,000 chats through the real Outbox (SQLite store) and Sender, driving
 * telegraf's client against the limit-enforcing fake Bot API at a raised limit so it runs in
 * seconds. Prints:
 *   bench delivery_rate_ratio R   achieved rate / configured rate (target ≥ 0.95)
 *   bench delivery_429 N          429 answers from the fake (target 0)
 *   bench delivery_lost N         items never delivered (must be 0)
 * Standalone: `node dist/bench/delivery.js`; also run by `npm run bench`.
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

const CHATS = Number(process.env.BENCH_DELIVERY_CHATS ?? 2000);
/** The fake's bot-wide limit, raised from Telegram's 30/s. */
const SERVER_LIMIT = Number(process.env.BENCH_DELIVERY_LIMIT ?? 120);
/** The sender's configured rate: the same margin under the limit as 25 under 30. */
const RATE = Number(process.env.BENCH_DELIVERY_RATE ?? Math.floor((SERVER_LIMIT * 25) / 30));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-delivery-'));
  const fake = new FakeBotApi({ globalPerSecond: SERVER_LIMIT });
  const apiRoot = await fake.start();
  const store = await openStore(`sqlite://${join(dir, 'bench.sqlite')}`);
  try {
    const outbox = new Outbox(store, systemClock);
    await outbox.load();
    // Private and group chats alike; one message each, so the bot-wide rate is what is measured.
    await outbox.enqueueMany(
      Array.from({ length: CHATS }, (_, i) => ({
        chatId: i % 4 === 0 ? -(1_000_000 + i) : 1_000_000 + i,
        text: `bench ${i}`,
        dedupeKey: `bench-${i}`,
        batchId: 'bench',
      })),
    );
    const telegram = new Telegram('123456:BENCH-token', { apiRoot });
    // telegraf drops its keep-alive agent for http:// roots; production (https) keeps connections open.
    telegram.options.agent = new Agent({ keepAlive: true });
    const sender = new Sender({
      outbox,
      api: telegram,
      clock: systemClock,
      logger: createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }),
      ratePerSecond: RATE,
      ...(process.env.BENCH_DELIVERY_CONCURRENCY
        ? { concurrency: Number(process.env.BENCH_DELIVERY_CONCURRENCY) }
        : {}),
    });

    const started = performance.now();
    sender.start();
    await sender.idle();
    const seconds = (performance.now() - started) / 1000;
    await sender.stop();

    const delivered = new Set(fake.delivered.map((d) => d.chatId));
    const counts = outbox.batchCounts('bench');
    const lost = CHATS - delivered.size + (CHATS - counts.sent);
    const out = (name: string, value: number | string, unit = '') =>
      process.stdout.write(`bench ${name} ${value}${unit ? ` ${unit}` : ''}\n`);
    out('delivery_rate_ratio', (CHATS / seconds / RATE).toFixed(3));
    out('delivery_429', fake.count429);
    out('delivery_lost', lost);
    out('delivery_rate', (CHATS / seconds).toFixed(1), 'msg/s');
    out('delivery_configured_rate', RATE, 'msg/s');
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
