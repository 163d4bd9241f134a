import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDay, dayIn } from '../../src/calendar.js';
import { ReminderLog } from '../../src/reminders/log.js';
import {
  type MarkState,
  nextSendHour,
  type Plan,
  PlanCache,
  plan,
  Schedule,
} from '../../src/reminders/planner.js';
import type { Unit } from '../../src/units/unit.js';
import { datedPack, MemLog, MemoryStore, makeUnit, TZ } from './support.js';

/**
 * The PlanCache must never change a plan: over a simulated campaign (units registering again,
 * changing type, pilot flag and congress date, pausing, finishing, leaving, ticking and unticking
 * checklist steps that have their own reminders; passes recorded or dropped half-way; snoozes;
 * restarts that reload the log; the clock going back), the plan with the cache equals the plan
 * without it at every pass.
 */

const schedule = new Schedule(datedPack, TZ);
// Step reminders on many days, so that ticks and unticks fall between them often.
const dense = new Schedule(
  { ...datedPack, checklist: { ...datedPack.checklist, beforeDays: [90, 60, 45, 30, 21, 14, 7, 3, 1, 0] } },
  TZ,
);
/** The steps with a due (absolute, from the window, from the congress date) and one without. */
const STEPS = ['tong-ket-2020-2025', 'to-van-kien', 'bao-cao-chinh-tri', 'to-nhan-su'];
const START = Date.parse('2024-09-01T00:00:00+07:00');
const END = Date.parse('2025-08-15T00:00:00+07:00');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const TYPES = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'] as const;

const eventArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('pass' as const), record: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), unit: fc.nat(), what: fc.nat(9) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snooze' as const), unit: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const), minutes: fc.nat(3 * 24 * 60) }) },
);
const stepArb = fc.record({
  gapMin: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 * 60 }) },
    { weight: 2, arbitrary: fc.integer({ min: 12 * 60, max: 4 * 24 * 60 }) },
  ),
  event: eventArb,
});

/** Applies a plan as the engine does: one record per chat (sends as sent, the rest as planned). */
async function record(log: ReminderLog, p: Plan, at: number, only: (chatId: number) => boolean) {
  const work = new Map<
    number,
    { marks: Array<{ seriesId: string; offset: string; s: MarkState }>; drop: string[] }
  >();
  const of = (chatId: number) => {
    let w = work.get(chatId);
    if (!w) {
      w = { marks: [], drop: [] };
      work.set(chatId, w);
    }
    return w;
  };
  for (const r of p.send) {
    if (r.snoozed) of(r.chatId).drop.push(r.series.id);
    else of(r.chatId).marks.push({ seriesId: r.series.id, offset: r.moment.offset, s: 'sent' });
  }
  for (const c of p.collapse) of(c.chatId).marks.push({ ...c, s: 'collapsed' });
  for (const c of p.suppress) of(c.chatId).marks.push({ ...c, s: 'suppressed' });
  for (const d of p.dropSnoozes) of(d.chatId).drop.push(d.seriesId);
  for (const [chatId, w] of work) if (only(chatId)) await log.record(chatId, w.marks, at, w.drop);
}

describe('PlanCache', () => {
  it('gives the same plan as no cache over a simulated campaign', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            type: fc.constantFrom(...TYPES),
            pilot: fc.boolean(),
            reg: fc.integer({ min: 0, max: 300 * DAY }),
            congressIn: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
          }),
          { minLength: 12, maxLength: 12 },
        ),
        fc.array(stepArb, { minLength: 100, maxLength: 400 }),
        async (raw, steps) => {
          const store = new MemoryStore();
          let log = new ReminderLog(store);
          await log.load();
          const cache = new PlanCache();
          // Units are edited in place half of the time and replaced the other half.
          const units: Unit[] = raw.map((r, i) =>
            makeUnit({
              chatId: 50_000 + i,
              type: r.type,
              pilot: r.pilot,
              registeredAt: new Date(START + r.reg).toISOString(),
              ...(r.congressIn !== undefined
                ? { congressDate: dayIn(TZ, new Date(START + r.reg + r.congressIn * DAY)) }
                : {}),
            }),
          );
          let t = START;
          let passes = 0;
          for (const step of steps) {
            if (t >= END) break;
            t += step.gapMin * MIN;
            const now = new Date(t);
            const e = step.event;
            const live = () => units.filter((u) => u.active && Date.parse(u.registeredAt) <= t);
            if (e.kind === 'restart') {
              log = new ReminderLog(store);
              await log.load();
            } else if (e.kind === 'back') {
              t -= Math.min(e.minutes * MIN, t - START);
            } else if (e.kind === 'snooze') {
              const u = units[e.unit % units.length] as Unit;
              const series = dense.seriesOf(u);
              const s = series[e.unit % series.length];
              const m = s?.moments[e.unit % s.moments.length];
              if (s && m)
                await log.snooze(u.chatId, s.id, { offset: m.offset, at: nextSendHour(dense, now) });
            } else if (e.kind === 'edit') {
              const i = e.unit % units.length;
              const u = units[i] as Unit;
              const next: Unit = { ...u };
              switch (e.what) {
                case 0:
                  next.paused = !u.paused;
                  break;
                case 1:
                  if (u.doneAt) delete next.doneAt;
                  else next.doneAt = now.toISOString();
                  break;
                case 2:
                  next.active = !u.active;
                  break;
                case 3:
                  next.congressDate = addDay(dayIn(TZ, now), 1 + (e.unit % 20));
                  break;
                case 4:
                  delete next.congressDate;
                  break;
                case 5:
                  next.registeredAt = now.toISOString();
                  break;
                case 6:
                  next.type = TYPES[e.unit % TYPES.length] as string;
                  break;
                case 7:
                case 8: {
                  // Tick or untick a step: a new readiness record, or the same one changed in place.
                  const id = STEPS[(e.unit >> 1) % STEPS.length] as string;
                  const r = e.unit % 4 < 2 ? { ...(u.readiness ?? {}) } : (u.readiness ?? {});
                  if (e.what === 7) r[id] = { by: 1, at: now.toISOString() };
                  else delete r[id];
                  next.readiness = r;
                  break;
                }
                default:
                  next.pilot = !u.pilot;
              }
              if (e.unit % 2 === 0) units[i] = next;
              else {
                const fields = u as unknown as Record<string, unknown>;
                for (const k of Object.keys(fields)) if (!(k in next)) delete fields[k];
                Object.assign(u, next);
              }
            } else {
              const active = live();
              const plain = plan(active, dense, log, now);
              const withCache = plan(active, dense, log, now, cache);
              expect(withCache).toEqual(plain);
              passes++;
              // A pass that crashed half-way records only some chats.
              if (e.record) await record(log, plain, t, () => true);
              else await record(log, plain, t, (chatId) => chatId % 3 !== 0);
            }
          }
          // The cache was in use, not bypassed.
          expect(passes).toBeGreaterThan(0);
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  }, 120_000);

  it('skips units with nothing due and plans them again once a moment or a snooze comes', async () => {
    const log = new ReminderLog(new MemoryStore());
    await log.load();
    const cache = new PlanCache();
    const u = makeUnit();
    const at = (s: string) => new Date(`${s}+07:00`);
    const W = 'dai-hoi-chi-bo-co-so';
    // Open on 01/04 08:00: nothing before, the open reminder at it.
    expect(plan([u], schedule, log, at('2025-04-01T07:59:59'), cache).send).toEqual([]);
    expect(cache.size).toBe(1);
    const p = plan([u], schedule, log, at('2025-04-01T08:00:00'), cache);
    expect(p.send.map((r) => r.moment.offset)).toEqual(['open']);
    await record(log, p, Date.parse('2025-04-01T08:00:00+07:00'), () => true);
    expect(plan([u], schedule, log, at('2025-04-02T08:00:00'), cache).send).toEqual([]);
    // A snooze made after the cache was filled comes back at its time.
    await log.snooze(u.chatId, W, { offset: 'open', at: Date.parse('2025-04-03T08:00:00+07:00') });
    const back = plan([u], schedule, log, at('2025-04-03T08:00:00'), cache);
    expect(back.send.map((r) => [r.moment.offset, r.snoozed])).toEqual([['open', true]]);
    await record(log, back, Date.parse('2025-04-03T08:00:00+07:00'), () => true);
    // A snooze seen while paused is left out until the unit resumes; after, it comes back.
    await log.snooze(u.chatId, W, { offset: 'open', at: Date.parse('2025-04-05T08:00:00+07:00') });
    u.paused = true;
    expect(plan([u], schedule, log, at('2025-04-04T08:00:00'), cache).send).toEqual([]);
    u.paused = false;
    const resumed = plan([u], schedule, log, at('2025-04-05T08:00:00'), cache);
    expect(resumed).toEqual(plan([u], schedule, log, at('2025-04-05T08:00:00')));
    expect(resumed.send.map((r) => [r.moment.offset, r.snoozed])).toEqual([['open', true]]);
    // A unit that is no longer planned leaves the cache.
    plan([], schedule, log, at('2025-04-03T09:00:00'), cache);
    expect(cache.size).toBe(0);
  });

  it('plans a unit again when a step is ticked or unticked, whether its record is replaced or changed in place', async () => {
    const log = new ReminderLog(new MemoryStore());
    await log.load();
    const cache = new PlanCache();
    const u = makeUnit({ registeredAt: '2024-09-15T09:00:00+07:00' });
    const at = (s: string) => new Date(`${s}+07:00`);
    const steps = (p: Plan) => p.send.filter((r) => r.series.step).map((r) => r.series.id);
    const REVIEW = 'buoc-tong-ket-2020-2025-20241215';
    // Filled before D-7 (08/12): the step's first moment is the unit's next one.
    expect(plan([u], schedule, log, at('2024-12-08T07:00:00'), cache).send).toEqual([]);
    u.readiness = { 'tong-ket-2020-2025': { by: 1, at: '2024-12-08T00:00:00.000Z' } };
    const ticked = plan([u], schedule, log, at('2024-12-08T08:00:00'), cache);
    expect(ticked).toEqual(plan([u], schedule, log, at('2024-12-08T08:00:00')));
    expect(steps(ticked)).toEqual([]);
    // Unticked in place (the same readiness object): the reminder is due again, late.
    delete u.readiness['tong-ket-2020-2025'];
    const unticked = plan([u], schedule, log, at('2024-12-09T08:00:00'), cache);
    expect(unticked).toEqual(plan([u], schedule, log, at('2024-12-09T08:00:00')));
    expect(steps(unticked)).toEqual([REVIEW]);
    expect(cache.size).toBe(1);
  });

  it('is not used with a log that has no revisions', () => {
    const cache = new PlanCache();
    const log = new MemLog();
    const u = makeUnit();
    const now = new Date('2025-06-22T08:00:00+07:00');
    expect(plan([u], schedule, log, now, cache)).toEqual(plan([u], schedule, log, now));
    log.set(u.chatId, 'dai-hoi-chi-bo-co-so', ['open', 'd30', 'd14', 'd7']);
    expect(plan([u], schedule, log, now, cache).send).toEqual([]);
    expect(cache.size).toBe(0);
  });
});
