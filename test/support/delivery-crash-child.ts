/**
 * The child of the delivery crash test: queues `count` messages (dedupe keys make a re-run a
 * no-op), sends them through the real Outbox and Sender to the given Bot API, prints the batch
 * counts as JSON and exits. The test kills it with SIGKILL half-way and runs it again.
 *
 *   node dist/test/support/delivery-crash-child.js STORE_URL API_ROOT COUNT CONCURRENCY RATE [PRIVATE_INTERVAL_MS]
 */
import { Telegram } from 'telegraf';
import { systemClock } from '../../src/clock.js';
import { Outbox } from '../../src/delivery/outbox.js';
import { Sender } from '../../src/delivery/sender.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/index.js';

export const CRASH_BATCH = 'crash';

async function main(): Promise<void> {
  const [storeUrl, apiRoot, count = '1000', concurrency = '20', rate = '200', privateInterval] =
    process.argv.slice(2);
  if (!storeUrl || !apiRoot)
    throw new Error(
      'usage: delivery-crash-child STORE_URL API_ROOT [COUNT CONCURRENCY RATE PRIVATE_INTERVAL_MS]',
    );
  const logger = createLogger({ level: 'warn', destination: process.stderr });
  const store = await openStore(storeUrl);
  const outbox = new Outbox(store, systemClock);
  await outbox.load();
  const n = Number(count);
  // Two messages per private chat, so per-chat spacing is exercised too.
  await outbox.enqueueMany(
    Array.from({ length: n }, (_, i) => ({
      chatId: 10_000 + Math.floor(i / 2),
      text: `crash-${i}`,
      dedupeKey: `crash-${i}`,
      batchId: CRASH_BATCH,
    })),
  );
  const sender = new Sender({
    outbox,
    api: new Telegram('123456:CRASH-test', { apiRoot }),
    clock: systemClock,
    logger,
    ratePerSecond: Number(rate),
    concurrency: Number(concurrency),
    ...(privateInterval ? { privateIntervalMs: Number(privateInterval) } : {}),
  });
  process.stdout.write(`${JSON.stringify({ started: outbox.batchCounts(CRASH_BATCH) })}\n`);
  sender.start();
  await sender.idle();
  await sender.stop();
  process.stdout.write(`${JSON.stringify({ done: outbox.batchCounts(CRASH_BATCH) })}\n`);
  await store.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
