import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Telegram } from 'telegraf';
import { systemClock } from '../../src/clock.js';
import { Outbox, type OutboxMessage } from '../../src/delivery/outbox.js';
import { type DeliveryEvents, Sender, type SenderOptions } from '../../src/delivery/sender.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { FakeBotApi, type FakeBotApiOptions } from '../support/fake-bot-api.js';

export const silent = createLogger({ level: 'silent' });

export function tempStoreUrl(): { url: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-delivery-'));
  return {
    url: `sqlite://${join(dir, 'bot.sqlite')}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const msg = (chatId: number, key: string, batchId = 'b1'): OutboxMessage => ({
  chatId,
  text: `text ${key}`,
  dedupeKey: key,
  batchId,
});

export interface Rig {
  fake: FakeBotApi;
  telegram: Telegram;
  store: Store;
  outbox: Outbox;
  sender: Sender;
  gone: Array<[number, string]>;
  migrated: Array<[number, number]>;
  close(): Promise<void>;
}

/** Outbox + Sender driving telegraf's real client against the limit-enforcing fake. */
export async function rig(
  opts: { fake?: FakeBotApiOptions; sender?: Partial<SenderOptions>; apiRoot?: string } = {},
): Promise<Rig> {
  const fake = new FakeBotApi(opts.fake);
  const apiRoot = await fake.start();
  const telegram = new Telegram('123456:TEST-token', { apiRoot: opts.apiRoot ?? apiRoot });
  const tmp = tempStoreUrl();
  const store = await openStore(tmp.url);
  const outbox = new Outbox(store, systemClock);
  await outbox.load();
  const gone: Array<[number, string]> = [];
  const migrated: Array<[number, number]> = [];
  const events: DeliveryEvents = {
    onChatGone: (chatId, reason) => {
      gone.push([chatId, reason]);
    },
    onChatMigrated: (from, to) => {
      migrated.push([from, to]);
    },
  };
  const sender = new Sender({
    outbox,
    api: telegram,
    clock: systemClock,
    logger: silent,
    events,
    backoff: { baseMs: 20, capMs: 100, maxFailures: 3 },
    sendTimeoutMs: 500,
    ...opts.sender,
  });
  return {
    fake,
    telegram,
    store,
    outbox,
    sender,
    gone,
    migrated,
    async close() {
      await sender.stop();
      await fake.stop();
      await store.close();
      tmp.cleanup();
    },
  };
}
