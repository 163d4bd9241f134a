/**
 * `npm run soak` (not part of npm test): a simulated campaign year for 1,000 units through the real
 * process (`node dist/src/main.js`) and the Bot API emulator, killed with SIGKILL at random
 * moments chosen from a seed. The units are seeded into the SQLite store before the first start
 * (registering 1,000 units through chat would only slow the soak). The bot is started on each day
 * that has a reminder for some unit, with BOT_CLOCK just before the send hour and a pass every
 * second, and stopped once the day's reminders arrived (the days between have nothing to send).
 * On some days, chosen by the seed, it is killed with SIGKILL part-way through the sending and
 * started again at once; on others, killed once idle. Prints:
 *   bench soak_duplicates N   reminders that arrived more than once (bound: 25 per kill mid-send)
 *   bench soak_missed N       reminders due that never arrived (must be 0)
 *   bench soak_restarts N     starts after the first (kills and daily restarts)
 *   bench soak_kills_mid_send N   SIGKILLs that landed while the day's reminders were going out
 * Env: SOAK_SEED (default 16), SOAK_UNITS (1000), SOAK_KILL_SHARE (0.3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Day } from '../src/calendar.js';
import { ManualClock } from '../src/clock.js';
import { loadPack } from '../src/knowledge/pack.js';
import { Emulator } from '../src/local/emulator.js';
import { CONFIG_DIR } from '../src/paths.js';
import { Schedule } from '../src/reminders/planner.js';
import { openStore } from '../src/store/index.js';
import { UnitsRepo } from '../src/units/repo.js';
import type { Unit } from '../src/units/unit.js';
import { BotProcess } from '../test/support/bot-process.js';
import { makeUnitRecord } from '../test/support/units.js';

const SEED = Number(process.env.SOAK_SEED ?? 16);
const UNITS = Number(process.env.SOAK_UNITS ?? 1_000);
const KILL_SHARE = Number(process.env.SOAK_KILL_SHARE ?? 0.3);
const TZ = 'Asia/Ho_Chi_Minh';
const TYPES = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];

/** mulberry32: a small seeded generator, so a seed repeats the same kills. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const until = async (ok: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
};

/** Per day: how many messages each chat should get (one per series with a moment that day). */
function expectedByDay(units: Unit[], schedule: Schedule): Map<Day, Map<number, number>> {
  const out = new Map<Day, Map<number, number>>();
  for (const u of units) {
    for (const series of schedule.seriesOf(u)) {
      for (const day of new Set(
        series.moments.filter((m) => m.at >= Date.parse(u.registeredAt)).map((m) => m.day),
      )) {
        let perChat = out.get(day);
        if (!perChat) {
          perChat = new Map();
          out.set(day, perChat);
        }
        perChat.set(u.chatId, (perChat.get(u.chatId) ?? 0) + 1);
      }
    }
  }
  return out;
}

async function seedUnits(storeUrl: string): Promise<Unit[]> {
  const store = await openStore(storeUrl);
  const repo = new UnitsRepo(store, new ManualClock('2024-09-01T00:00:00+07:00'));
  const units = Array.from({ length: UNITS }, (_, i) =>
    makeUnitRecord({
      chatId: 5_000_000 + i,
      type: TYPES[i % TYPES.length] as string,
      pilot: i % 10 === 0,
      registeredAt: '2024-09-01T00:00:00+07:00',
    }),
  );
  await Promise.all(units.map((u) => repo.update(u.chatId, () => u)));
  await store.close();
  return units;
}

async function main(): Promise<void> {
  const random = rng(SEED);
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-soak-'));
  const storeUrl = `sqlite://${join(dir, 'soak.sqlite')}`;
  const units = await seedUnits(storeUrl);
  const schedule = new Schedule(loadPack(join(CONFIG_DIR, 'dh-2025-2030.yaml')), TZ);
  const expected = expectedByDay(units, schedule);
  const days = [...expected.keys()].filter((d) => d >= '2024-09-02' && d <= '2025-08-31').sort();
  const emulator = await Emulator.start();
  const bot = new BotProcess(emulator, {
    STORE_URL: storeUrl,
    REMINDER_TICK: '* * * * * *',
    DELIVERY_RATE: '1000',
  });
  const sent = () => emulator.calls.filter((c) => c.method === 'sendMessage');
  let restarts = -1;
  let killsMidSend = 0;
  let missed = 0;
  let duplicates = 0;
  try {
    for (const day of days) {
      const perChat = expected.get(day) as Map<number, number>;
      const want = [...perChat.values()].reduce((a, b) => a + b, 0);
      const before = sent().length;
      const startAt = Date.now();
      const clockAt = (ms: number) => new Date(Date.parse(`${day}T07:59:58+07:00`) + ms).toISOString();
      await bot.start({ BOT_CLOCK: clockAt(0) });
      restarts++;
      if (random() < KILL_SHARE) {
        const at = Math.floor(want * random());
        await until(() => sent().length - before >= at, 120_000);
        if (sent().length - before < want) killsMidSend++;
        await bot.stop('SIGKILL');
        await bot.start({ BOT_CLOCK: clockAt(Date.now() - startAt) });
        restarts++;
      }
      await until(() => sent().length - before >= want, 180_000);
      // Let anything that would go twice have the time to, then end the day.
      await new Promise((r) => setTimeout(r, 1_500));
      await bot.stop(random() < 0.2 ? 'SIGKILL' : 'SIGTERM');
      const got = new Map<number, number>();
      for (const c of sent().slice(before)) {
        const chatId = Number(c.params.chat_id);
        got.set(chatId, (got.get(chatId) ?? 0) + 1);
      }
      for (const [chatId, n] of perChat) {
        const g = got.get(chatId) ?? 0;
        if (g < n) missed += n - g;
        if (g > n) duplicates += g - n;
      }
      for (const [chatId, g] of got) if (!perChat.has(chatId)) duplicates += g;
      process.stderr.write(`soak ${day}: ${want} due, ${sent().length - before} sent\n`);
    }
  } finally {
    await bot.stop('SIGKILL');
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const out = (name: string, value: number) => process.stdout.write(`bench ${name} ${value}\n`);
  out('soak_duplicates', duplicates);
  out('soak_missed', missed);
  out('soak_restarts', restarts);
  out('soak_kills_mid_send', killsMidSend);
  out('soak_days', days.length);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
