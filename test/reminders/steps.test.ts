import { describe, expect, it } from 'vitest';
import { addDay } from '../../src/calendar.js';
import { type Plan, plan, preview, Schedule } from '../../src/reminders/planner.js';
import type { Unit } from '../../src/units/unit.js';
import { datedPack, MemLog, makeUnit, TZ } from './support.js';

/**
 * A checklist step with a due gets its own reminders (the checklist's beforeDays: 7, 1 and 0 in
 * this pack), with the windows' catch-up rules, and none once the step is ticked.
 */
const schedule = new Schedule(datedPack, TZ);
const at = (local: string) => new Date(`${local}+07:00`);
const REVIEW = 'buoc-tong-ket-2020-2025-20241215';
const tick = { by: 1, at: '2024-09-20T03:00:00.000Z' };
/** A grassroots cell registered in September 2024, before every reminder of the campaign. */
const cell = (over: Partial<Unit> = {}) =>
  makeUnit({ type: 'chi-bo-co-so', registeredAt: '2024-09-15T09:00:00+07:00', ...over });
const stepSends = (p: Plan) =>
  p.send.filter((r) => r.series.step).map((r) => `${r.series.id}:${r.moment.offset}`);

/** Applies a plan to the log as the engine does: sends as sent, the rest as planned. */
function record(log: MemLog, p: Plan): void {
  for (const r of p.send) log.set(r.chatId, r.series.id, [r.moment.offset]);
  for (const c of p.collapse) log.set(c.chatId, c.seriesId, [c.offset], 'collapsed');
  for (const c of p.suppress) log.set(c.chatId, c.seriesId, [c.offset], 'suppressed');
  for (const c of p.skip) log.set(c.chatId, c.seriesId, [c.offset], 'skipped');
}

/** A pass every hour from `from` to `to` (local days), recorded; the step sends, with the day. */
function run(units: Unit[], log: MemLog, from: string, to: string, each?: (day: string) => void) {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDay(day, 1)) {
    each?.(day);
    for (const hour of ['07', '08', '15']) {
      const p = plan(units, schedule, log, at(`${day}T${hour}:00:00`));
      for (const s of stepSends(p)) out.push(`${day} ${s}`);
      record(log, p);
    }
  }
  return out;
}

describe('step reminders', () => {
  it('reminds a step with a due day 7, 1 and 0 days before it at the send hour, each exactly once', () => {
    const u = cell();
    const log = new MemLog();
    expect(stepSends(plan([u], schedule, log, at('2024-12-08T07:59:59')))).toEqual([]);
    expect(run([u], log, '2024-11-01', '2025-01-10').filter((s) => s.includes('tong-ket'))).toEqual([
      `2024-12-08 ${REVIEW}:s7`,
      `2024-12-14 ${REVIEW}:s1`,
      `2024-12-15 ${REVIEW}:s0`,
    ]);
    const due = plan([u], schedule, new MemLog(), at('2024-12-08T08:00:00')).send.find((r) => r.series.step);
    expect(due?.moment.kind).toBe('step');
    expect(due?.series.step?.due).toBe('2024-12-15');
    expect(due?.dedupeKey).toBe(`rem:${u.chatId}:${REVIEW}:s7`);
  });

  it('reads dues from the congress date and from the window, pilot or not', () => {
    const ids = (u: Unit) =>
      schedule
        .seriesOf(u)
        .filter((s) => s.step)
        .map((s) => s.id);
    expect(ids(cell({ congressDate: '2025-05-20' }))).toEqual([
      REVIEW,
      'buoc-to-van-kien-20250530',
      'buoc-bao-cao-chinh-tri-20250510',
    ]);
    // No congress date: the political report has no due yet, so no reminder.
    expect(ids(cell())).toEqual([REVIEW, 'buoc-to-van-kien-20250530']);
    // A pilot cell's window ends 15/02/2025: the documents team is due 30 days before.
    expect(ids(cell({ pilot: true }))).toEqual([REVIEW, 'buoc-to-van-kien-20250116']);
    // A cell under a committee has only the political report among the dated steps.
    expect(ids(makeUnit({ type: 'chi-bo-truc-thuoc', congressDate: '2025-03-20' }))).toEqual([
      'buoc-bao-cao-chinh-tri-20250310',
    ]);
  });

  it("gives no series of its own to a step due on the last day of one of the unit's windows", () => {
    // The dissemination conference is due 31/10/2024, the last day of the 10/2024 window.
    expect(datedPack.checklist.steps.find((s) => s.id === 'quan-triet')?.due).toEqual({ date: '2024-10-31' });
    const log = new MemLog();
    expect(run([cell()], log, '2024-10-01', '2024-10-31')).toEqual([]);
  });

  it('follows a congress date that moves: the new due is reminded, the old one no more', () => {
    const u = cell({ congressDate: '2025-05-20' });
    const log = new MemLog();
    const sent = run([u], log, '2025-05-01', '2025-05-15', (day) => {
      if (day === '2025-05-05') u.congressDate = '2025-05-25';
    });
    expect(sent.filter((s) => s.includes('bao-cao-chinh-tri'))).toEqual([
      '2025-05-03 buoc-bao-cao-chinh-tri-20250510:s7',
      '2025-05-08 buoc-bao-cao-chinh-tri-20250515:s7',
      '2025-05-14 buoc-bao-cao-chinh-tri-20250515:s1',
      '2025-05-15 buoc-bao-cao-chinh-tri-20250515:s0',
    ]);
  });

  it('does not remind a step ticked before its reminder; unticked while still due, it comes back once', () => {
    const u = cell({ readiness: { 'tong-ket-2020-2025': tick } });
    const log = new MemLog();
    const sent = run([u], log, '2024-12-01', '2024-12-20', (day) => {
      if (day === '2024-12-10') u.readiness = {};
    });
    // Ticked on D-7: nothing. Unticked on 10/12: the missed D-7 goes late that day, then D-1 and D-0.
    expect(sent.filter((s) => s.includes('tong-ket'))).toEqual([
      `2024-12-10 ${REVIEW}:s7`,
      `2024-12-14 ${REVIEW}:s1`,
      `2024-12-15 ${REVIEW}:s0`,
    ]);
  });

  it('sends no step reminder at all to a unit with every step done, and still the window ones', () => {
    const all = Object.fromEntries(datedPack.checklist.steps.map((s) => [s.id, tick]));
    const u = cell({ readiness: all, congressDate: '2025-05-20' });
    expect(schedule.seriesOf(u).filter((s) => s.step)).toEqual([]);
    const log = new MemLog();
    expect(run([u], log, '2024-11-01', '2025-06-29')).toEqual([]);
    expect(log.marks(u.chatId)?.has('dai-hoi-chi-bo-co-so:d7')).toBe(true);
    expect([...(log.marks(u.chatId)?.keys() ?? [])].filter((k) => k.startsWith('buoc-'))).toEqual([]);
  });

  it('catches up after downtime: the latest missed one late, older ones collapsed; none after the due', () => {
    const u = cell();
    // Down from 07/12 to 10:00 on 14/12: D-7 missed, D-1 due today and past its hour.
    const back = plan([u], schedule, new MemLog(), at('2024-12-14T10:00:00'));
    expect(stepSends(back)).toEqual([`${REVIEW}:s1`]);
    expect(back.send.find((r) => r.series.step)?.late).toBe(false);
    expect(back.collapse.filter((c) => c.seriesId === REVIEW).map((c) => c.offset)).toEqual(['s7']);
    // Back on 12/12 (nothing due that day): D-7 goes at once, late.
    const late = plan([u], schedule, new MemLog(), at('2024-12-12T07:00:00'));
    expect(late.send.filter((r) => r.series.step).map((r) => [r.moment.offset, r.late])).toEqual([
      ['s7', true],
    ]);
    // Back the day after the due: every moment is past the cut-off, logged as skipped, never sent.
    const after = plan([u], schedule, new MemLog(), at('2024-12-16T09:00:00'));
    expect(stepSends(after)).toEqual([]);
    expect(after.skip.filter((c) => c.seriesId === REVIEW).map((c) => c.offset)).toEqual(['s7', 's1', 's0']);
  });

  it('folds missed step reminders into the one due later the same day (one message at the send hour)', () => {
    const u = cell();
    const log = new MemLog();
    const early = plan([u], schedule, log, at('2024-12-15T07:00:00'));
    expect(stepSends(early)).toEqual([]);
    expect(early.collapse.filter((c) => c.seriesId === REVIEW)).toEqual([]);
    const p = plan([u], schedule, log, at('2024-12-15T08:00:00'));
    expect(stepSends(p)).toEqual([`${REVIEW}:s0`]);
    expect(p.collapse.filter((c) => c.seriesId === REVIEW).map((c) => c.offset)).toEqual(['s7', 's1']);
  });

  it('suppresses step reminders while paused and sends nothing once the congress is done', () => {
    const paused = cell({ paused: true });
    const done = cell({ doneAt: '2024-12-01T10:00:00+07:00' });
    const p = plan([paused, done], schedule, new MemLog(), at('2024-12-08T08:00:00'));
    expect(p.send).toEqual([]);
    expect(p.suppress.filter((c) => c.seriesId === REVIEW).map((c) => [c.chatId, c.offset])).toEqual([
      [paused.chatId, 's7'],
    ]);
  });

  it('previews step reminders for /lichnhac by step, without the units that ticked it', () => {
    const open = [cell(), cell()];
    const ticked = cell({ readiness: { 'tong-ket-2020-2025': tick } });
    const lines = preview([...open, ticked], schedule, new MemLog(), '2024-12-08');
    expect(lines.map((l) => [l.seriesId, l.offset, l.step?.id, l.count])).toEqual([
      ['buoc-tong-ket-2020-2025', 's7', 'tong-ket-2020-2025', 2],
    ]);
  });
});
