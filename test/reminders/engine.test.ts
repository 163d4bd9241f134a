import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { Outbox } from '../../src/delivery/outbox.js';
import { createLogger } from '../../src/logger.js';
import { ReminderEngine } from '../../src/reminders/engine.js';
import { ReminderLog } from '../../src/reminders/log.js';
import { nextSendHour, Schedule } from '../../src/reminders/planner.js';
import { ArrayUnits, MemoryStore, makeUnit, pack, TZ } from './support.js';

const schedule = new Schedule(pack, TZ);
const silent = createLogger({ level: 'silent' });
const W_CELL = 'dai-hoi-chi-bo-co-so';

/** A bot process as far as reminders go: outbox, log and engine over a store that outlives it. */
async function boot(store: MemoryStore, clock: ManualClock, units: ArrayUnits) {
  const outbox = new Outbox(store, clock);
  await outbox.load();
  const log = new ReminderLog(store);
  await log.load();
  const engine = new ReminderEngine({
    units,
    outbox,
    log,
    schedule,
    clock,
    compose: async (r) => ({ text: `${r.series.id} ${r.moment.offset} ${r.today}` }),
    logger: silent,
  });
  return { outbox, log, engine };
}

const outboxTexts = (store: MemoryStore) =>
  store
    .values<{ text: string }>('outbox')
    .map((i) => i.text)
    .sort();

describe('the reminder engine', () => {
  it('sends the D-7 reminder once across a restart', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-06-22T08:00:30+07:00');
    const units = new ArrayUnits([makeUnit({ registeredAt: '2025-06-22T07:59:00+07:00' })]);
    const first = await boot(store, clock, units);
    expect((await first.engine.pass()).sent).toBe(1);
    expect((await first.engine.pass()).sent).toBe(0);
    clock.advance(5 * 60_000);
    const second = await boot(store, clock, units);
    expect((await second.engine.pass()).sent).toBe(0);
    expect(outboxTexts(store)).toEqual(['dai-hoi-chi-bo-co-so d7 2025-06-22']);
  });

  it('does not duplicate when the process dies between enqueue and the sent log', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-06-22T08:00:30+07:00');
    const units = new ArrayUnits([makeUnit({ registeredAt: '2025-06-22T07:59:00+07:00' })]);
    const first = await boot(store, clock, units);
    store.failAfter = { collection: 'reminders', writes: 0 };
    const crashed = await first.engine.pass();
    expect(crashed.failed).toBe(1);
    store.failAfter = undefined;
    const second = await boot(store, clock, units);
    expect((await second.engine.pass()).sent).toBe(0);
    expect(second.log.mark(units.units[0]?.chatId ?? 0, 'dai-hoi-chi-bo-co-so', 'd7')?.s).toBe('sent');
    expect(outboxTexts(store)).toHaveLength(1);
  });

  it('after downtime over D-3 sends one catch-up with the countdown of the day it goes', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-06-22T08:00:30+07:00');
    const units = new ArrayUnits([makeUnit({ registeredAt: '2025-06-22T07:59:00+07:00' })]);
    await (await boot(store, clock, units)).engine.pass();
    clock.set('2025-06-27T10:00:00+07:00');
    const after = await boot(store, clock, units);
    const report = await after.engine.pass();
    expect(report).toMatchObject({ sent: 1, collapsed: 0 });
    expect(outboxTexts(store)).toEqual([
      'dai-hoi-chi-bo-co-so d3 2025-06-27',
      'dai-hoi-chi-bo-co-so d7 2025-06-22',
    ]);
  });

  it('brings a snoozed reminder back at the next send hour, once', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-06-22T09:00:00+07:00');
    const unit = makeUnit({ registeredAt: '2025-06-22T07:00:00+07:00' });
    const bot = await boot(store, clock, new ArrayUnits([unit]));
    await bot.engine.pass();
    await bot.log.snooze(unit.chatId, 'dai-hoi-chi-bo-co-so', {
      offset: 'd7',
      at: nextSendHour(schedule, clock.now()),
    });
    clock.set('2025-06-23T08:00:10+07:00');
    expect((await bot.engine.pass()).sent).toBe(1);
    expect((await bot.engine.pass()).sent).toBe(0);
    expect(bot.log.snoozes(unit.chatId)).toBeUndefined();
    expect(outboxTexts(store)).toContain('dai-hoi-chi-bo-co-so d7 2025-06-23');
  });

  it('moves the sent log with a unit that changes chat, so nothing is sent twice', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-06-22T08:00:30+07:00');
    const unit = makeUnit({ chatId: -100, registeredAt: '2025-06-22T07:59:00+07:00' });
    const units = new ArrayUnits([unit]);
    const bot = await boot(store, clock, units);
    await bot.engine.pass();
    await bot.log.move(-100, -100200);
    units.units[0] = { ...unit, chatId: -100200 };
    expect((await bot.engine.pass()).sent).toBe(0);
  });

  it('after downtime until 07:59:50 on 24/03/2025, the unit gets one message, not two', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-03-24T07:59:50+07:00');
    const u = makeUnit({ type: 'chi-bo-truc-thuoc', registeredAt: '2025-03-09T10:00:00+07:00' });
    const units = new ArrayUnits([u]);
    const { engine, log } = await boot(store, clock, units);
    // Open (01/01) and D-30 (01/03) came before registration; D-14 (17/03) was missed.
    expect((await engine.pass()).sent).toBe(0);
    clock.advance(10_000);
    expect((await engine.pass()).sent).toBe(1);
    clock.advance(60_000);
    expect((await engine.pass()).sent).toBe(0);
    expect(outboxTexts(store)).toEqual(['dai-hoi-chi-bo-truc-thuoc d7 2025-03-24']);
    expect(log.mark(u.chatId, 'dai-hoi-chi-bo-truc-thuoc', 'd14')?.s).toBe('collapsed');
  });

  it('records missed reminders past the cut-off as skipped, logs them and sends nothing', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2025-07-20T10:00:00+07:00');
    const u = makeUnit({ registeredAt: '2025-06-27T10:00:00+07:00' });
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    const outbox = new Outbox(store, clock);
    await outbox.load();
    const log = new ReminderLog(store);
    await log.load();
    const compose = async () => ({ text: 'x' });
    const units = new ArrayUnits([u]);
    const engine = new ReminderEngine({ units, outbox, log, schedule, clock, compose, logger });
    const report = await engine.pass();
    expect(report).toMatchObject({ sent: 0, skipped: 4 });
    expect(outboxTexts(store)).toEqual([]);
    expect(log.mark(u.chatId, W_CELL, 'p7')?.s).toBe('skipped');
    const skippedLines = lines.filter((l) => l.includes('past the catch-up cut-off'));
    expect(skippedLines.map((l) => (JSON.parse(l) as { offset: string }).offset)).toEqual([
      'd1',
      'd0',
      'p1',
      'p7',
    ]);
  });
});
