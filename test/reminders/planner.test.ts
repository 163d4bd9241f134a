import { describe, expect, it } from 'vitest';
import { nextSendHour, plan, preview, Schedule } from '../../src/reminders/planner.js';
import { MemLog, makeUnit, pack, TZ } from './support.js';

// Grassroots cells (chi-bo-co-so): window 01/04/2025 to 29/06/2025 ("trước ngày 30/6/2025").
const W = 'dai-hoi-chi-bo-co-so';
const schedule = new Schedule(pack, TZ);
const at = (local: string) => new Date(`${local}+07:00`);
const sends = (p: ReturnType<typeof plan>) => p.send.map((r) => `${r.series.id}:${r.moment.offset}`);
/** A log in which everything of the cell's window before `offsets` was already sent. */
const logWith = (chatId: number, offsets: string[]) => new MemLog().set(chatId, W, offsets);

describe('the planner at the window edges', () => {
  it("sends 'open' at 08:00 on the window's first day, not at 07:59", () => {
    const u = makeUnit();
    const log = new MemLog();
    expect(sends(plan([u], schedule, log, at('2025-04-01T07:59:59')))).toEqual([]);
    expect(sends(plan([u], schedule, log, at('2025-04-01T08:00:00')))).toEqual([`${W}:open`]);
  });

  it('sends D-0 on the last day and the overdue D+1 on the day after', () => {
    const u = makeUnit();
    const before = ['open', 'd30', 'd14', 'd7', 'd3', 'd1'];
    expect(sends(plan([u], schedule, logWith(u.chatId, before), at('2025-06-29T08:00:00')))).toEqual([
      `${W}:d0`,
    ]);
    const p = plan([u], schedule, logWith(u.chatId, [...before, 'd0']), at('2025-06-30T08:00:00'));
    expect(sends(p)).toEqual([`${W}:p1`]);
    expect(p.send[0]?.moment.kind).toBe('overdue');
    expect(
      sends(plan([u], schedule, logWith(u.chatId, [...before, 'd0', 'p1']), at('2025-07-06T08:00:00'))),
    ).toEqual([`${W}:p7`]);
  });

  it('sends nothing once the congress is marked done, nor while inactive', () => {
    const done = makeUnit({ doneAt: '2025-06-20T10:00:00+07:00' });
    const gone = makeUnit({ active: false, inactiveReason: 'blocked' });
    const p = plan([done, gone], schedule, new MemLog(), at('2025-06-30T08:00:00'));
    expect(p).toEqual({ send: [], collapse: [], suppress: [], skip: [], dropSnoozes: [] });
  });

  it('reads 00:00 and 23:59 as local time in TIMEZONE, whatever the host zone', () => {
    const u = makeUnit();
    const log = logWith(u.chatId, ['open', 'd30', 'd14']);
    // D-7 is 22/06/2025. At 00:00 local nothing is due yet; 08:00 local is 01:00 UTC.
    expect(sends(plan([u], schedule, log, at('2025-06-22T00:00:00')))).toEqual([]);
    expect(sends(plan([u], schedule, log, new Date('2025-06-22T00:59:59Z')))).toEqual([]);
    expect(sends(plan([u], schedule, log, new Date('2025-06-22T01:00:00Z')))).toEqual([`${W}:d7`]);
    const late = plan([u], schedule, log, at('2025-06-22T23:59:59')).send[0];
    expect(late?.late).toBe(false);
    expect(late?.today).toBe('2025-06-22');
    // One second later it is the next day: the same reminder is now a late one, counted from today.
    const next = plan([u], schedule, log, at('2025-06-23T00:00:00')).send[0];
    expect(next?.moment.offset).toBe('d7');
    expect(next?.late).toBe(true);
    expect(next?.today).toBe('2025-06-23');
  });
});

describe('registration', () => {
  it('a unit registered at 07:59 on D-7 gets the D-7 reminder at 08:00, and nothing from before', () => {
    const u = makeUnit({ registeredAt: '2025-06-22T07:59:00+07:00' });
    const p = plan([u], schedule, new MemLog(), at('2025-06-22T08:00:00'));
    expect(sends(p)).toEqual([`${W}:d7`]);
    expect(p.collapse).toEqual([]);
  });

  it('a unit registered at 09:00 on D-7 gets nothing that day; the next reminder is D-3', () => {
    const u = makeUnit({ registeredAt: '2025-06-22T09:00:00+07:00' });
    expect(sends(plan([u], schedule, new MemLog(), at('2025-06-22T09:30:00')))).toEqual([]);
    expect(sends(plan([u], schedule, new MemLog(), at('2025-06-25T23:00:00')))).toEqual([]);
    const p = plan([u], schedule, new MemLog(), at('2025-06-26T08:00:00'));
    expect(sends(p)).toEqual([`${W}:d3`]);
    expect(p.collapse).toEqual([]);
  });
});

describe('catch-up after downtime', () => {
  it('sends only the latest missed reminder of a window, late, and collapses the older ones', () => {
    const u = makeUnit();
    const p = plan([u], schedule, logWith(u.chatId, ['open', 'd30', 'd14']), at('2025-06-27T10:00:00'));
    expect(sends(p)).toEqual([`${W}:d3`]);
    expect(p.send[0]?.late).toBe(true);
    expect(p.collapse.map((c) => c.offset)).toEqual(['d7']);
  });

  it('collapses a missed reminder when a later one of the same window was already sent', () => {
    const u = makeUnit();
    const p = plan([u], schedule, logWith(u.chatId, ['open', 'd30', 'd7']), at('2025-06-23T08:00:00'));
    expect(sends(p)).toEqual([]);
    expect(p.collapse.map((c) => c.offset)).toEqual(['d14']);
  });

  it('does not send a missed reminder late once its window has passed; the overdue one goes instead', () => {
    const u = makeUnit({ type: 'chi-bo-co-so' });
    // Down from before D-1 until 01/07: D-1 and D-0 collapse into D+1.
    const p = plan(
      [u],
      schedule,
      logWith(u.chatId, ['open', 'd30', 'd14', 'd7', 'd3']),
      at('2025-07-01T09:00:00'),
    );
    expect(sends(p)).toEqual([`${W}:p1`]);
    expect(p.collapse.map((c) => c.offset)).toEqual(['d1', 'd0']);
  });

  it('never reminds of a preparation window after it ended (no overdue reminders for it)', () => {
    const u = makeUnit({ type: 'dang-bo-co-so', registeredAt: '2024-09-01T00:00:00+07:00' });
    const p = plan([u], schedule, new MemLog(), at('2024-11-05T09:00:00'));
    expect(sends(p)).toEqual([]);
    expect(p.skip.filter((c) => c.seriesId === 'quan-triet-10-2024').map((c) => c.offset)).toContain('d0');
  });

  it('sends one message when two offsets fall on one day (a 31-day window opens on its D-30)', () => {
    const u = makeUnit({ type: 'dang-bo-co-so', registeredAt: '2024-09-01T00:00:00+07:00' });
    const p = plan([u], schedule, new MemLog(), at('2024-10-01T08:00:00'));
    expect(sends(p)).toEqual(['quan-triet-10-2024:d30']);
    expect(p.collapse.map((c) => c.offset)).toEqual(['open']);
  });
});

describe('catch-up cut-off and fold', () => {
  // Cells under a grassroots committee (chi-bo-truc-thuoc): window 01/01/2025 to 31/03/2025.
  const T = 'dai-hoi-chi-bo-truc-thuoc';
  const cell = () => makeUnit({ type: 'chi-bo-truc-thuoc', registeredAt: '2024-12-01T00:00:00+07:00' });

  it('down from 10/03, back at 07:59:50 on 24/03/2025: nothing until 08:00, then D-7 alone', () => {
    const u = cell();
    const log = new MemLog().set(u.chatId, T, ['open', 'd30']);
    const early = plan([u], schedule, log, at('2025-03-24T07:59:50'));
    // The missed D-14 (17/03) waits for the D-7 due ten seconds later, unmarked.
    expect(early).toEqual({ send: [], collapse: [], suppress: [], skip: [], dropSnoozes: [] });
    const p = plan([u], schedule, log, at('2025-03-24T08:00:00'));
    expect(sends(p)).toEqual([`${T}:d7`]);
    expect(p.send[0]?.late).toBe(false);
    expect(p.collapse.map((c) => c.offset)).toEqual(['d14']);
  });

  it('back at 09:00 on 24/03, after the send hour: the same one message (D-7), D-14 collapsed', () => {
    const u = cell();
    const p = plan([u], schedule, new MemLog().set(u.chatId, T, ['open', 'd30']), at('2025-03-24T09:00:00'));
    expect(sends(p)).toEqual([`${T}:d7`]);
    expect(p.collapse.map((c) => c.offset)).toEqual(['d14']);
  });

  it('back on a day with nothing due: the missed one goes at once, late', () => {
    const u = cell();
    const p = plan([u], schedule, new MemLog().set(u.chatId, T, ['open', 'd30']), at('2025-03-20T07:00:00'));
    expect(sends(p)).toEqual([`${T}:d14`]);
    expect(p.send[0]?.late).toBe(true);
  });

  it('sends a missed overdue reminder late within the grace, and skips it after', () => {
    const u = makeUnit();
    const before = ['open', 'd30', 'd14', 'd7', 'd3', 'd1', 'd0'];
    // Last day 29/06/2025; D+1 due 30/06; grace 7 days: until 06/07 inclusive.
    expect(pack.reminders.catchUpGraceDays).toBe(7);
    const within = plan([u], schedule, logWith(u.chatId, before), at('2025-07-05T10:00:00'));
    expect(sends(within)).toEqual([`${W}:p1`]);
    const after = plan([u], schedule, logWith(u.chatId, before), at('2025-07-20T10:00:00'));
    expect(sends(after)).toEqual([]);
    expect(after.skip.map((c) => c.offset)).toEqual(['p1', 'p7']);
    expect(after.collapse).toEqual([]);
  });

  it('a pack with no grace skips an overdue reminder missed by one day', () => {
    const strict = new Schedule({ ...pack, reminders: { ...pack.reminders, catchUpGraceDays: 0 } }, TZ);
    const u = makeUnit();
    const log = logWith(u.chatId, ['open', 'd30', 'd14', 'd7', 'd3', 'd1', 'd0']);
    const p = plan([u], strict, log, at('2025-07-01T10:00:00'));
    expect(sends(p)).toEqual([]);
    expect(p.skip.map((c) => c.offset)).toEqual(['p1']);
  });

  it('skips everything missed of a window that closed while the bot was down (no overdue series)', () => {
    const u = makeUnit({ type: 'dang-bo-co-so', registeredAt: '2024-09-01T00:00:00+07:00' });
    const p = plan([u], schedule, new MemLog(), at('2024-11-05T09:00:00'));
    const prep = p.skip.filter((c) => c.seriesId === 'quan-triet-10-2024').map((c) => c.offset);
    expect(prep).toEqual(['open', 'd30', 'd14', 'd7', 'd3', 'd1', 'd0']);
    expect(p.send.filter((r) => r.series.id === 'quan-triet-10-2024')).toEqual([]);
  });
});

describe('approximate windows, pauses, congress dates and snoozes', () => {
  it('plans the approximate pilot window of a district pilot unit and says it is approximate', () => {
    const u = makeUnit({ type: 'dang-bo-co-so', pilot: true, registeredAt: '2024-12-20T00:00:00+07:00' });
    const p = plan([u], schedule, new MemLog(), at('2025-01-01T08:00:00'));
    const r = p.send.find((x) => x.series.id === 'dai-hoi-diem-quan');
    expect(r?.moment.offset).toBe('open');
    expect(r?.series.window?.approximate).toBe(true);
    expect(r?.series.window?.last).toBe('2025-02-15');
  });

  it('suppresses what falls due while a unit is paused', () => {
    const u = makeUnit({ paused: true });
    const p = plan([u], schedule, logWith(u.chatId, ['open', 'd30']), at('2025-06-15T08:00:00'));
    expect(p.send).toEqual([]);
    expect(p.suppress.map((c) => c.offset)).toEqual(['d14']);
  });

  it('reminds 7, 3 and 1 days before the congress date; not late after the congress', () => {
    const u = makeUnit({ congressDate: '2025-05-10' });
    const log = logWith(u.chatId, ['open', 'd30', 'd14', 'd7', 'd3', 'd1', 'd0']);
    const p = plan([u], schedule, log, at('2025-05-03T08:00:00'));
    expect(sends(p)).toEqual(['ngay-dai-hoi-2025-05-10:c7']);
    const after = plan([u], schedule, log, at('2025-05-11T08:00:00'));
    expect(after.send.filter((r) => r.moment.kind === 'congress')).toEqual([]);
    expect(after.skip.map((c) => c.offset)).toEqual(['c7', 'c3', 'c1']);
    expect(after.collapse).toEqual([]);
  });

  it('sends a snoozed reminder back at the next send hour, once per snooze', () => {
    const u = makeUnit();
    const log = logWith(u.chatId, ['open', 'd30', 'd14']).snooze(u.chatId, W, {
      offset: 'd14',
      at: nextSendHour(schedule, at('2025-06-15T10:00:00')),
    });
    expect(new Date(log.snoozes(u.chatId)?.get(W)?.at ?? 0).toISOString()).toBe('2025-06-16T01:00:00.000Z');
    expect(sends(plan([u], schedule, log, at('2025-06-16T07:59:00')))).toEqual([]);
    const p = plan([u], schedule, log, at('2025-06-16T08:00:00'));
    expect(p.send.map((r) => [r.moment.offset, r.snoozed])).toEqual([['d14', true]]);
    expect(p.send[0]?.dedupeKey).toMatch(/^rem:\d+:dai-hoi-chi-bo-co-so:d14:snooze:\d+$/);
  });

  it('drops a snooze when a regular reminder of the same window goes at the same time', () => {
    const u = makeUnit();
    const log = logWith(u.chatId, ['open', 'd30', 'd14', 'd7', 'd3']).snooze(u.chatId, W, {
      offset: 'd3',
      at: at('2025-06-28T08:00:00').getTime(),
    });
    const p = plan([u], schedule, log, at('2025-06-28T08:00:00'));
    expect(sends(p)).toEqual([`${W}:d1`]);
    expect(p.dropSnoozes).toEqual([{ chatId: u.chatId, seriesId: W }]);
  });
});

describe('preview for /lichnhac', () => {
  it('counts what goes out on a day, by type, without the units already reminded', () => {
    const a = makeUnit();
    const b = makeUnit();
    const c = makeUnit({ type: 'dang-bo-co-so' });
    const late = makeUnit({ registeredAt: '2025-06-22T09:00:00+07:00' });
    const log = new MemLog().set(b.chatId, W, ['d7']);
    const lines = preview([a, b, c, late], schedule, log, '2025-06-22');
    expect(lines.map((l) => [l.type, l.seriesId, l.offset, l.count])).toEqual([
      ['chi-bo-co-so', W, 'd7', 1],
      ['dang-bo-co-so', 'dai-hoi-dang-bo-co-so', 'd7', 1],
    ]);
  });
});
