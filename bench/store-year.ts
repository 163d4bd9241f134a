/**
 * Store growth over a simulated year for 1,000 units on SQLite, through the real repositories:
 * a reminder to every unit every day (outbox item enqueued, sending, sent; a mark in the sent log,
 * written a week at a time to spare the bench the rewrites),
 * a staff broadcast to every unit every week, 20 unanswered questions a day, and the retention
 * job (compaction of sent items older than 30 days; weekly here, daily in the bot: at most six
 * more days of items at the end than the bot would keep). Prints:
 *   bench store_mb_year N         the SQLite file's size after the year (pages in use, MB)
 *   bench store_kb_per_unit_year N   the same per unit
 *   bench store_outbox_rows_year N   outbox rows left at the end (the last ~30 days)
 * Standalone: `node dist/bench/store-year.js` (env BENCH_YEAR_UNITS, BENCH_YEAR_DAYS).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../src/clock.js';
import { Outbox, type OutboxItem } from '../src/delivery/outbox.js';
import { compactOutbox } from '../src/delivery/retention.js';
import { UnansweredLog } from '../src/knowledge/unanswered.js';
import { ReminderLog } from '../src/reminders/log.js';
import { openStore } from '../src/store/index.js';
import { openSqlite } from '../src/store/sqlite-file.js';
import { UnitsRepo } from '../src/units/repo.js';
import { makeUnitRecord } from '../test/support/units.js';

const UNITS = Number(process.env.BENCH_YEAR_UNITS ?? 1_000);
const DAYS = Number(process.env.BENCH_YEAR_DAYS ?? 365);
const DAY = 24 * 3600 * 1000;

/** One message to every unit, recorded as the sender records it. */
async function sendToAll(outbox: Outbox, batchId: string, text: string, chats: number[]): Promise<void> {
  await outbox.enqueueMany(
    chats.map((chatId) => ({ chatId, text, dedupeKey: `${batchId}:${chatId}`, batchId })),
  );
  const heads = chats.map((c) => outbox.head(c)).filter((i): i is OutboxItem => i !== undefined);
  await Promise.all(heads.map((i) => outbox.markSending(i)));
  await Promise.all(heads.map((i, n) => outbox.markSent(i, n + 1)));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-bench-year-'));
  const path = join(dir, 'year.sqlite');
  const clock = new ManualClock('2025-01-01T08:00:00+07:00');
  const store = await openStore(`sqlite://${path}`);
  try {
    const units = new UnitsRepo(store, clock);
    const chats = Array.from({ length: UNITS }, (_, i) => 1_000_000 + i);
    await Promise.all(chats.map((chatId) => units.update(chatId, () => makeUnitRecord({ chatId }))));
    const outbox = new Outbox(store, clock);
    await outbox.load();
    const log = new ReminderLog(store);
    await log.load();
    const questions = new UnansweredLog(store);
    const text = 'Chi bộ số 5: còn 7 ngày đến hạn hoàn thành đại hội (29/06/2025). '.repeat(4);
    for (let d = 0; d < DAYS; d++) {
      const day = clock.now().toISOString().slice(0, 10);
      await sendToAll(outbox, `reminders:${day}`, text, chats);
      // The week's marks in one write per unit: the same records at the end, a seventh of the rewrites.
      if (d % 7 === 6 || d === DAYS - 1) {
        const at = clock.now().getTime();
        const week = Array.from({ length: (d % 7) + 1 }, (_, k) => ({
          seriesId: 'dai-hoi-chi-bo-co-so',
          offset: `x${d - k}`,
          s: 'sent' as const,
        }));
        await Promise.all(chats.map((c) => log.record(c, week, at)));
      }
      if (d % 7 === 0) await sendToAll(outbox, `bc:week-${d}`, `Thông báo tuần ${d / 7}: ${text}`, chats);
      for (let q = 0; q < 20; q++)
        await questions.add(`Câu hỏi số ${q} ngày ${day} về lịch đại hội?`, clock.now());
      if (d % 7 === 6) await compactOutbox(store, outbox, clock.now().getTime());
      clock.advance(DAY);
    }
    let rows = 0;
    for await (const _ of store.collection('outbox').entries()) rows++;
    await store.close();
    const db = await openSqlite(path);
    const [pages] = await db.all<{ n: number }>(
      'SELECT (page_count - freelist_count) * page_size AS n FROM pragma_page_count, pragma_freelist_count, pragma_page_size',
    );
    await db.close();
    const mb = (pages?.n ?? 0) / 1e6;
    const out = (name: string, value: number | string, unit = '') =>
      process.stdout.write(`bench ${name} ${value}${unit ? ` ${unit}` : ''}\n`);
    out('store_mb_year', mb.toFixed(1), 'MB');
    out('store_kb_per_unit_year', ((mb * 1000) / UNITS).toFixed(1), 'kB');
    out('store_outbox_rows_year', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
