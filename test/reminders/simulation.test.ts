import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayIn } from '../../src/calendar.js';
import { ManualClock } from '../../src/clock.js';
import { Outbox } from '../../src/delivery/outbox.js';
import { createLogger } from '../../src/logger.js';
import { ReminderEngine } from '../../src/reminders/engine.js';
import { ReminderLog } from '../../src/reminders/log.js';
import {
  markKey,
  receivesReminders,
  Schedule,
  type Series,
  stillRelevant,
} from '../../src/reminders/planner.js';
import type { Unit } from '../../src/units/unit.js';
import { MemoryStore, makeUnit, pack, TZ } from './support.js';

/**
 * A whole campaign in simulated time: 200 units registering, setting congress dates, pausing and
 * finishing at random; the bot running passes at random moments, going down for days, restarting
 * and crashing mid-pass. Checked at the end:
 * - each (unit, series, offset) reminder reached the outbox at most once;
 * - every moment that came while the unit could be reminded and the bot ran afterwards was handled:
 *   sent, collapsed into a later one by catch-up, suppressed by a pause, or skipped past the
 *   catch-up cut-off;
 * - a moment reached by a clean pass on its own day, before the next moment of its series, was sent;
 * - a collapsed moment has a later sent one in its series, or its series had ended;
 * - a skipped moment was a day or more late and past the cut-off when it was skipped.
 */

const schedule = new Schedule(pack, TZ);
const START = Date.parse('2024-09-01T00:00:00+07:00');
const END = Date.parse('2025-08-15T00:00:00+07:00');
const DAY = 24 * 3600 * 1000;
const silent = createLogger({ level: 'silent' });

interface SimUnit {
  base: Unit;
  regAt: number;
  doneAt: number | undefined;
  pause: [number, number] | undefined;
}

const TYPES = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'] as const;

const unitArb = fc.record({
  type: fc.constantFrom(...TYPES),
  pilot: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
  reg: fc.integer({ min: 0, max: 300 * DAY }),
  regMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  congressIn: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  doneAfter: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
  pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 })), {
    nil: undefined,
  }),
});

/** A step of the bot's life: run a pass after a gap, maybe restarting or crashing. */
const stepArb = fc.record({
  gapMin: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 12 * 60 }) },
    { weight: 2, arbitrary: fc.integer({ min: 12 * 60, max: 3 * 24 * 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 3 * 24 * 60, max: 20 * 24 * 60 }) },
  ),
  restart: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  crash: fc.constantFrom<'none' | 'outbox' | 'log'>('none', 'none', 'none', 'none', 'outbox', 'log'),
  crashAfter: fc.integer({ min: 0, max: 5 }),
});

type UnitDraw = typeof unitArb extends fc.Arbitrary<infer T> ? T : never;
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function buildUnits(raw: UnitDraw[]): SimUnit[] {
  return raw.map((r, i) => {
    const regAt = START + r.reg + r.regMinute * 60_000;
    const congressDate =
      r.congressIn !== undefined ? dayIn(TZ, new Date(regAt + r.congressIn * DAY)) : undefined;
    const base = makeUnit({
      chatId: 10_000 + i,
      type: r.type,
      pilot: r.pilot,
      registeredAt: new Date(regAt).toISOString(),
      ...(congressDate ? { congressDate } : {}),
    });
    return {
      base,
      regAt,
      doneAt: r.doneAfter !== undefined ? regAt + r.doneAfter * DAY : undefined,
      pause: r.pause ? [regAt + r.pause[0] * DAY, regAt + (r.pause[0] + r.pause[1]) * DAY] : undefined,
    };
  });
}

/** The unit as the repository shows it at `t`, or undefined before it registered. */
function stateAt(u: SimUnit, t: number, cache: Map<string, Unit>): Unit | undefined {
  if (t < u.regAt) return undefined;
  const done = u.doneAt !== undefined && t >= u.doneAt;
  const paused = u.pause !== undefined && t >= u.pause[0] && t < u.pause[1];
  const key = `${u.base.chatId}|${done}|${paused}`;
  let unit = cache.get(key);
  if (!unit) {
    unit = { ...u.base, paused, ...(done ? { doneAt: new Date(u.doneAt as number).toISOString() } : {}) };
    cache.set(key, unit);
  }
  return unit;
}

interface PassRecord {
  t: number;
  clean: boolean;
}

async function simulate(units: SimUnit[], steps: Step[]) {
  const store = new MemoryStore();
  const clock = new ManualClock(new Date(START));
  const cache = new Map<string, Unit>();
  const source = {
    active: () =>
      units.map((u) => stateAt(u, clock.now().getTime(), cache)).filter((u): u is Unit => u !== undefined),
    get: (chatId: number) => {
      const u = units[chatId - 10_000];
      return u ? stateAt(u, clock.now().getTime(), cache) : undefined;
    },
  };
  /** Enqueue attempts per dedupe key: in clean passes, and in passes that crashed. */
  const attempts = new Map<string, { clean: number; crashed: number }>();
  const boot = async () => {
    const outbox = new Outbox(store, clock);
    await outbox.load();
    const log = new ReminderLog(store);
    await log.load();
    const engine = new ReminderEngine({
      units: source,
      outbox: {
        enqueue: (m) => {
          const a = attempts.get(m.dedupeKey) ?? { clean: 0, crashed: 0 };
          a.clean++;
          attempts.set(m.dedupeKey, a);
          return outbox.enqueue(m);
        },
      },
      log,
      schedule,
      clock,
      compose: async (r) => ({ text: r.dedupeKey }),
      logger: silent,
    });
    return { outbox, log, engine };
  };
  let bot = await boot();
  const passes: PassRecord[] = [];
  let i = 0;
  while (clock.now().getTime() < END) {
    const step = steps[i++ % steps.length] as Step;
    clock.advance(step.gapMin * 60_000);
    if (step.restart) bot = await boot();
    if (step.crash !== 'none') {
      store.failAfter = {
        collection: step.crash === 'outbox' ? 'outbox' : 'reminders',
        writes: step.crashAfter,
      };
    }
    const before = new Map([...attempts].map(([k, v]) => [k, { ...v }]));
    const report = await bot.engine.pass();
    store.failAfter = undefined;
    const clean = report.failed === 0;
    // Attempts of a pass that crashed count as crashed ones: the next pass is allowed to repeat them.
    if (!clean) {
      for (const [k, v] of attempts) {
        const b = before.get(k) ?? { clean: 0, crashed: 0 };
        const extra = v.clean - b.clean;
        v.clean -= extra;
        v.crashed += extra;
      }
    }
    passes.push({ t: clock.now().getTime(), clean });
    // A pass that failed half-way is a crash: the process restarts from the store.
    if (!clean) bot = await boot();
  }
  // One last clean pass, as the bot would run after its last restart.
  const final = await bot.engine.pass();
  passes.push({ t: clock.now().getTime(), clean: final.failed === 0 });
  return { store, log: bot.log, outbox: bot.outbox, passes, attempts, cache };
}

describe('reminders over a simulated campaign with restarts, downtime and crashes', () => {
  it('sends each reminder at most once and every due one unless catch-up collapsed it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(unitArb, { minLength: 200, maxLength: 200 }),
        fc.array(stepArb, { minLength: 50, maxLength: 300 }),
        async (rawUnits, steps) => {
          const units = buildUnits(rawUnits);
          const { store, log, passes, attempts, cache } = await simulate(units, steps);
          const cleanTimes = passes.filter((p) => p.clean).map((p) => p.t);
          /** Clean pass times in [from, to). */
          const cleanIn = (from: number, to: number) => {
            let lo = 0;
            let hi = cleanTimes.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if ((cleanTimes[mid] as number) < from) lo = mid + 1;
              else hi = mid;
            }
            const out: number[] = [];
            for (let j = lo; j < cleanTimes.length && (cleanTimes[j] as number) < to; j++)
              out.push(cleanTimes[j] as number);
            return out;
          };

          // The planner itself proposes a reminder once; only a crash before it was logged repeats it.
          for (const [key, a] of attempts) {
            if (key.includes(':snooze:')) continue;
            expect(a.clean, key).toBeLessThanOrEqual(1);
            if (a.crashed === 0) expect(a.clean, key).toBe(1);
          }

          // Catch-up sends one reminder per series per pass, never a burst.
          const perPass = new Map<string, number>();
          for (const it of items0(store)) {
            const [, chat, series] = it.dedupeKey.split(':');
            const k = `${chat}|${series}|${it.createdAt}`;
            perPass.set(k, (perPass.get(k) ?? 0) + 1);
          }
          for (const [k, n] of perPass) expect(n, k).toBe(1);

          // Outbox items by dedupe key: one row per key; count reminders per (chat, series, offset).
          const items = store.values<{ dedupeKey: string }>('outbox');
          const perMoment = new Map<string, number>();
          for (const it of items) {
            if (it.dedupeKey.includes(':snooze:')) continue;
            perMoment.set(it.dedupeKey, (perMoment.get(it.dedupeKey) ?? 0) + 1);
          }
          for (const [key, n] of perMoment) expect(n, key).toBe(1);

          for (const u of units) {
            const chatId = u.base.chatId;
            const marks = log.marks(chatId);
            for (const series of schedule.seriesOf(u.base)) {
              const due = series.moments.filter((m) => m.at >= u.regAt && m.at <= END);
              for (const [k, m] of due.entries()) {
                const key = markKey(series.id, m.offset);
                const mark = marks?.get(key);
                const inOutbox = perMoment.has(`rem:${chatId}:${key}`);
                // A sent mark and an outbox row go together.
                if (mark?.s === 'sent') expect(inOutbox, key).toBe(true);
                const eligibleAt = (t: number) => {
                  const s = stateAt(u, t, cache);
                  return s !== undefined && receivesReminders(s);
                };
                // A late moment waits (unmarked) for a moment of its series due later that day.
                const folds = (t: number) => {
                  const today = dayIn(TZ, new Date(t));
                  return today > m.day && series.moments.some((x) => x.day === today && x.at > t);
                };
                const handledLater = cleanIn(m.at, Number.POSITIVE_INFINITY).some(
                  (t) => eligibleAt(t) && !folds(t),
                );
                if (handledLater) expect(mark, `${chatId} ${key} handled`).toBeDefined();
                // Reached on its own day, before the next moment of the series: sent, not collapsed.
                const next = due[k + 1];
                const onTime = cleanIn(m.at, Math.min(next?.at ?? Number.POSITIVE_INFINITY, m.at + DAY)).some(
                  (t) => dayIn(TZ, new Date(t)) === m.day && eligibleAt(t),
                );
                if (mark?.s === 'suppressed') {
                  // Only a pass that found the unit paused may suppress.
                  const pausedAt = (t: number) => {
                    const st = stateAt(u, t, cache);
                    return st?.paused && st.doneAt === undefined;
                  };
                  // Any pass: one that failed for other chats still recorded this one.
                  expect(
                    passes.some((p) => p.t >= m.at && pausedAt(p.t)),
                    `${chatId} ${key} suppressed`,
                  ).toBe(true);
                } else if (onTime && next?.day !== m.day) {
                  expect(mark?.s, `${chatId} ${key} on time`).toBe('sent');
                }
                if (mark?.s === 'collapsed') {
                  const laterSent = series.moments
                    .slice(series.moments.indexOf(m) + 1)
                    .some((x) => marks?.get(markKey(series.id, x.offset))?.s === 'sent');
                  expect(laterSent || ended(series, mark.at), `${chatId} ${key} collapsed`).toBe(true);
                }
                if (mark?.s === 'skipped') {
                  // Skipped only past the catch-up cut-off, a day or more late.
                  const day = dayIn(TZ, new Date(mark.at));
                  expect(day > m.day, `${chatId} ${key} skipped late`).toBe(true);
                  const relevant = stillRelevant(series, m, day, pack.reminders.catchUpGraceDays);
                  expect(relevant, `${chatId} ${key} skipped`).toBe(false);
                }
              }
            }
          }
        },
      ),
      { numRuns: 6, endOnFailure: true },
    );
  }, 120_000);
});

function items0(store: MemoryStore): Array<{ dedupeKey: string; createdAt: number }> {
  return store.values<{ dedupeKey: string; createdAt: number }>('outbox');
}

/** Whether the series had no more use when `at` came: its window over, or its congress date reached. */
function ended(series: Series, at: number): boolean {
  const today = dayIn(TZ, new Date(at));
  if (series.window) return today > series.window.last;
  return series.congressDate !== undefined && today >= series.congressDate;
}
