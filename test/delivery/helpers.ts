import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Telegram, TelegramError } from 'telegraf';
import { Outbox, type OutboxMessage } from '../../src/delivery/outbox.js';
import { type DeliveryEvents, type SendApi, Sender, type SenderOptions } from '../../src/delivery/sender.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type Store } from '../../src/store/index.js';
import { FakeBotApi, type FakeBotApiOptions } from '../support/fake-bot-api.js';
import { connectInProcess, disconnectInProcess } from '../support/in-process-api.js';
import { trackedStore, VirtualTime } from './virtual-time.js';

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

/** One sendMessage the sender made: when (virtual ms) and, once answered, how. */
export interface SendCall {
  chatId: number;
  at: number;
  /** The error code of a refusal (429, 500, …); undefined while unanswered, for a success or a network error. */
  code?: number;
  ok?: boolean;
}

export interface Rig {
  /** The rig's time: the sender, the outbox and the fake's limits all run on it. */
  vt: VirtualTime;
  /** Every sendMessage call, in order. */
  calls: SendCall[];
  /** Called as each request is about to leave (after it is in `calls`). */
  beforeSend: ((call: SendCall) => void) | undefined;
  /** Moves virtual time until the promise settles or the condition holds (`VirtualTime.run`). */
  run(until: Promise<unknown> | (() => boolean)): Promise<void>;
  fake: FakeBotApi;
  telegram: Telegram;
  store: Store;
  outbox: Outbox;
  sender: Sender;
  gone: Array<[number, string]>;
  migrated: Array<[number, number]>;
  close(): Promise<void>;
}

/**
 * Outbox (SQLite in memory) + Sender driving telegraf's real client against the limit-enforcing fake, all
 * on one virtual time: the sender's clock and timers, the outbox's clock and the fake's limits.
 * Only the requests and the writes take real time (and time stands still while they do).
 */
export async function rig(
  opts: {
    fake?: FakeBotApiOptions;
    sender?: Partial<SenderOptions>;
    apiRoot?: string;
    /** telegraf's client answered by the fake in process (support/in-process-api.ts), not over HTTP. */
    inProcess?: boolean;
  } = {},
): Promise<Rig> {
  const vt = new VirtualTime();
  const fake = new FakeBotApi({ ...opts.fake, now: () => vt.now() });
  vt.stalled = () => fake.hanging;
  const apiRoot = await fake.start();
  if (opts.inProcess) connectInProcess(apiRoot, fake);
  const telegram = new Telegram('123456:TEST-token', { apiRoot: opts.apiRoot ?? apiRoot });
  const calls: SendCall[] = [];
  const api: SendApi = {
    sendMessage(chatId, text, extra) {
      const call: SendCall = { chatId, at: vt.now() };
      calls.push(call);
      handle.beforeSend?.(call);
      const sent = telegram.sendMessage(chatId, text, extra as Parameters<Telegram['sendMessage']>[2]).then(
        (res) => {
          call.ok = true;
          return res;
        },
        (err: unknown) => {
          if (err instanceof TelegramError) call.code = err.code;
          throw err;
        },
      );
      return vt.track(sent);
    },
  };
  // SQLite in memory: the same store code without the file's fsyncs (the crash test has the file).
  const store = await openStore('sqlite://:memory:');
  const outbox = new Outbox(trackedStore(store, vt), vt.clock);
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
  // The production defaults (rate 25, spacing 1.05 s / 3.05 s, backoff 2 s · 2ⁿ, 30 s timeout),
  // but dead after 3 failures instead of 8.
  const sender = new Sender({
    outbox,
    api,
    clock: vt.clock,
    timers: vt.timers,
    logger: silent,
    events,
    backoff: { maxFailures: 3 },
    ...opts.sender,
  });
  const handle: Rig = {
    vt,
    calls,
    beforeSend: undefined,
    run: (until) => vt.run(until),
    fake,
    telegram,
    store,
    outbox,
    sender,
    gone,
    migrated,
    async close() {
      await vt.run(sender.stop());
      disconnectInProcess(apiRoot);
      await fake.stop();
      await store.close();
    },
  };
  return handle;
}
