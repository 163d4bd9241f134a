import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/delivery/outbox.js';
import { Emulator, freePort } from '../../src/local/emulator.js';
import { openStore, type Store } from '../../src/store/index.js';
import { BotProcess } from '../support/bot-process.js';
import { describeWith, POSTGRES_URL } from '../support/services.js';

/**
 * Three webhook replicas on one PostgreSQL database, updates spread round robin, 100 units of
 * the same type, and three days of their campaign replayed with BOT_CLOCK: each reminder day the
 * replicas start at 08:00 of that day and every unit must get that day's reminder exactly once.
 * A third of the way through one day a replica that is not sending is killed; on another day the
 * one that sends is killed. Nothing may be lost; duplicates only within the sender's stated bound.
 * REMINDER_TICK fires every second. On the day without a kill the replicas send at DELIVERY_RATE 50
 * (two seconds for the day instead of four); on the kill days at the default 25 a second, so that
 * the kill lands with most of the day still to send, the sender with its full concurrency (25, its
 * cap at any rate) in flight.
 *
 * A replica is killed once a third of the units have their reminder and every reminder of the day
 * is in the outbox: the kill in the middle of sending is what this file is about. A kill between a
 * dedupe claim and its outbox write (which used to lose the reminder) is
 * test/delivery/dedupe-claim.test.ts's.
 */
const UNITS = 100;
const SECRET = 'replica-secret';
const CHAT0 = 500_000;
const STAFF = 4_242;
/** The sender's concurrency: items in flight at a crash are the only ones that may go twice. */
const DUPLICATE_BOUND = 25;
/** Reminder days of a chi-bo-co-so window (01/04–29/06/2025), 08:00 local. */
const DAYS = [
  { day: '2025-04-01', kill: undefined, rate: '50' },
  { day: '2025-06-15', kill: 'standby', rate: '25' },
  { day: '2025-06-22', kill: 'sender', rate: '25' },
] as const;

const untilAsync = async (what: string, ok: () => boolean | Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
const until = (what: string, ok: () => boolean, ms: number) => untilAsync(what, ok, ms);

describeWith('postgres', 'three webhook replicas on one PostgreSQL', () => {
  const dbName = `daihoi_replicas_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  /**
   * One statement on a connection of its own: an admin connection left idle for the whole file
   * is dropped when another suite on the shared server terminates backends, and pg reports that
   * as an unhandled error.
   */
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let storeUrl: string;
  let emulator: Emulator;
  let replicas: Array<{ bot: BotProcess; url: string }> = [];
  let updateId = 1;
  /** The test's own view of the shared store, opened once. */
  let reader: Store | undefined;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const u = new URL(POSTGRES_URL);
    u.pathname = `/${dbName}`;
    storeUrl = u.toString();
    emulator = await Emulator.start();
  });

  // A test that failed half-way leaves its replicas running: they must not stay to hold the next
  // test's leases and database connections.
  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      await Promise.all(replicas.map((r) => r.bot.stop('SIGKILL')));
      replicas = [];
    });
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.bot.stop('SIGKILL')));
    await reader?.close();
    await emulator?.stop();
    // Without FORCE while the test's own connections finish closing: FORCE would terminate one
    // still ending, and pg reports that as an unhandled error. FORCE only for what is left after.
    const dropped = () =>
      admin(`DROP DATABASE IF EXISTS ${dbName}`).then(
        () => true,
        () => false,
      );
    await untilAsync('the test database to be free', dropped, 5000).catch(() =>
      admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`),
    );
  });

  const startReplicas = async (clock: string, extra: Record<string, string> = {}) => {
    replicas = await Promise.all(
      [0, 1, 2].map(async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/tg`;
        const bot = new BotProcess(emulator, {
          STORE_URL: storeUrl,
          WEBHOOK_URL: url,
          WEBHOOK_SECRET: SECRET,
          PORT: String(port),
          BOT_CLOCK: clock,
          REMINDER_TICK: '* * * * * *',
          LOG_LEVEL: 'info',
          ...extra,
        });
        await bot.start();
        return { bot, url };
      }),
    );
  };
  const stopReplicas = async () => {
    await Promise.all(replicas.map((r) => r.bot.stop('SIGTERM')));
    replicas = [];
  };

  /** A private message from the unit's secretary, POSTed to one replica as Telegram would. */
  const post = async (replica: number, chatId: number, text: string) => {
    const id = updateId++;
    const target = replicas[replica % replicas.length];
    if (!target) throw new Error('no replica');
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify({
        update_id: id,
        message: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private', first_name: 'S' },
          from: { id: chatId, is_bot: false, first_name: 'S', language_code: 'vi' },
          text,
          ...(text.startsWith('/')
            ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }] }
            : {}),
        },
      }),
    });
    expect(res.status).toBe(200);
  };

  const chats = Array.from({ length: UNITS }, (_, i) => CHAT0 + i);
  /** Every outbox item in the shared store is sent or given up (none queued, failed or in flight). */
  const outboxDrained = async () => {
    reader ??= await openStore(storeUrl);
    for await (const [, item] of reader.collection<OutboxItem>('outbox').entries())
      if (item.state !== 'sent' && item.state !== 'dead') return false;
    return true;
  };
  /** The shared store's outbox items to these chats (what a failure reports). */
  const itemsTo = async (chatIds: number[]) => {
    reader ??= await openStore(storeUrl);
    const items: OutboxItem[] = [];
    for await (const [, item] of reader.collection<OutboxItem>('outbox').entries())
      if (chatIds.includes(item.chatId)) items.push(item);
    return items;
  };
  const count = (chatId: number) => emulator.messagesTo(chatId).length;
  /** Messages to each chat, in one pass over what the bot sent (the polls below run every 10 ms). */
  const counts = (): Map<number, number> => {
    const by = new Map<number, number>();
    for (const m of emulator.inner.storage.botMessages) {
      const chat = Number(m.message.chat_id);
      by.set(chat, (by.get(chat) ?? 0) + 1);
    }
    return by;
  };

  it('registers 100 units through updates spread over the replicas', async () => {
    await startReplicas('2025-03-31T09:00:00+07:00', { ADMIN_IDS: String(STAFF) });
    await Promise.all(chats.map((chatId, i) => post(i, chatId, `/dangky chi-bo-co-so Chi bộ số ${i + 1}`)));
    await until(
      'a reply to every registration',
      () => {
        const n = counts();
        return chats.every((c) => (n.get(c) ?? 0) >= 1);
      },
      30_000,
    );
    expect(chats.every((c) => count(c) === 1)).toBe(true);
    expect(emulator.messagesTo(CHAT0)[0]?.text).toContain('Chi bộ số 1');
  }, 120_000);

  it("shows a unit registered on one replica in another replica's staff statistics at once", async () => {
    const late = CHAT0 + UNITS;
    await post(0, late, '/dangky chi-bo-co-so Chi bộ đến muộn');
    await until('the registration reply', () => count(late) >= 1, 20_000);
    registered++;
    await post(1, STAFF, '/thongke');
    await until('the statistics', () => count(STAFF) >= 1, 20_000);
    await stopReplicas();
    expect(emulator.messagesTo(STAFF).at(-1)?.text).toMatch(/^Tổng\s+101\b/m);
  }, 120_000);

  /** Units registered: each gets each day's reminder. */
  let registered = UNITS;
  for (const { day, kill, rate } of DAYS) {
    it(`sends the reminder of ${day} to every unit${kill ? ` though the ${kill} replica is killed on the way` : ' exactly once'}`, async () => {
      const before = counts();
      const fresh = (c: number, now = counts()) => (now.get(c) ?? 0) - (before.get(c) ?? 0);
      const reached = () => {
        const now = counts();
        return chats.filter((c) => fresh(c, now) >= 1).length;
      };
      const output = () => replicas.map((r) => r.bot.output);
      /** Today's reminders written to the outbox in the shared store (the reminder passes' batch). */
      const enqueued = async () => {
        reader ??= await openStore(storeUrl);
        let n = 0;
        for await (const [, item] of reader.collection<OutboxItem>('outbox').entries())
          if (item.batchId === `reminders:${day}`) n++;
        return n;
      };
      await startReplicas(`${day}T08:00:05+07:00`, { DELIVERY_RATE: rate });

      if (kill) {
        await until('a third of the reminders', () => reached() >= UNITS / 3, 60_000);
        await untilAsync(
          "the day's reminders all in the outbox",
          async () => (await enqueued()) >= registered,
          60_000,
        );
        const senderIndex = output().findIndex((o) => o.includes('this replica now sends the outbox'));
        const victim = kill === 'sender' ? senderIndex : (senderIndex + 1) % 3;
        expect(victim).toBeGreaterThanOrEqual(0);
        // SIGKILL ends the process when it is sent; the count is taken at that moment, not once
        // the exit is reported, while the survivors go on sending.
        const killed = replicas[victim]?.bot.stop('SIGKILL');
        const reachedAtKill = reached();
        await killed;
        // The kill came while reminders were still to go: the survivors had to finish the day.
        expect(reachedAtKill, 'units reached when the replica died').toBeLessThan(UNITS);
      }

      await until(`every unit's reminder of ${day}`, () => reached() === UNITS, 90_000).catch(
        async (err: Error) => {
          const missing = chats.filter((c) => fresh(c) === 0);
          throw new Error(
            `${err.message}: ${missing.length} of ${UNITS} missing; their outbox items:\n${JSON.stringify(await itemsTo(missing))}\nreplicas said:\n${output().join('\n---\n').slice(-4000)}`,
          );
        },
      );
      // Nothing queued or in flight is left anywhere: no message can still go twice.
      await untilAsync('the outbox to drain', outboxDrained, 30_000);
      await stopReplicas();

      const sent = counts();
      const perUnit = chats.map((c) => fresh(c, sent));
      expect(perUnit.every((n) => n >= 1)).toBe(true);
      const duplicates = perUnit.reduce((sum, n) => sum + (n - 1), 0);
      if (kill === 'sender') expect(duplicates).toBeLessThanOrEqual(DUPLICATE_BOUND);
      else expect(duplicates).toBe(0);
      const last = emulator.messagesTo(CHAT0).at(-1)?.text ?? '';
      expect(last).toContain('Chi bộ số 1');
    }, 180_000);
  }
});
