import { join } from 'node:path';
import { loadPack, type Pack } from '../src/knowledge/pack.js';
import { CONFIG_DIR } from '../src/paths.js';
import {
  type LogView,
  type Mark,
  markKey,
  PlanCache,
  plan,
  Schedule,
  type Snooze,
} from '../src/reminders/planner.js';
import type { Unit } from '../src/units/unit.js';

/**
 * plan_100k_ms: one planner pass over 100,000 units in memory, at 08:00 on the D-7 of the grassroots
 * windows (about 71,000 reminders due, earlier ones already logged); median of runs. Every unit
 * has a checklist, dated steps with their own reminders and some steps ticked (see `dues` and
 * `readiness` below).
 * plan_100k_steps_ms: the same, at 08:00 on a day when only a step's own reminders fall due (the
 * D-7 of the documents team, for the ~40,000 grassroots units that have not ticked it). The engine
 * ticks, so its PlanCache was filled by the tick before (07:59); each run is that first 08:00 pass
 * again (nothing is recorded between runs).
 * plan_100k_cold_ms: the same pass with an empty cache (the start-up pass).
 * plan_100k_after_ms: the first pass after the 08:00 pass was recorded (71,000 records changed).
 * plan_100k_idle_ms: the same 100,000 units two hours later, when nothing new is due (most ticks).
 * plan_rss_mb: resident memory of this process holding the units, the sent log and the plan.
 * The units are spread over BENCH_ORGS organisations (default 500, as in a city); 0 gives the
 * store of a single board, for comparison.
 */
const N = 100_000;
const RUNS = 7;
const TZ = 'Asia/Ho_Chi_Minh';
const shipped = loadPack(join(CONFIG_DIR, 'dh-2025-2030.yaml'));
/**
 * The shipped checklist with four more steps dated (one absolute, three relative to the window or
 * the congress date), so that every unit has step series of its own, all due before the D-7.
 */
const dues: Record<string, Pack['checklist']['steps'][number]['due']> = {
  'tong-ket-2020-2025': { date: '2025-05-31' },
  'to-van-kien': { from: 'window-last', days: -30 },
  'bao-cao-chinh-tri': { from: 'congress', days: -10 },
  'nhan-su-cap-uy': { from: 'window-first', days: 30 },
};
const pack: Pack = {
  ...shipped,
  checklist: {
    beforeDays: [7, 1, 0],
    steps: shipped.checklist.steps.map((s) => (dues[s.id] ? { ...s, due: dues[s.id] } : s)),
  },
};
const schedule = new Schedule(pack, TZ);
const types = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];
const ORGS = Number(process.env.BENCH_ORGS ?? 500);
const orgIds = Array.from({ length: ORGS }, (_, i) => `org${String(i).padStart(8, '0')}`);

const units: Unit[] = [];
/** One record per unit, replaced on every change as ReminderLog does (the record is the revision). */
const marks = new Map<number, Map<string, Mark>>();
for (let i = 0; i < N; i++) {
  const type = types[i % 3] as string;
  const unit: Unit = {
    chatId: 1_000_000 + i,
    chatType: 'private',
    type,
    name: `Chi bộ số ${i}`,
    pilot: i % 50 === 0,
    secretaryId: 1_000_000 + i,
    registeredAt: '2024-09-15T09:00:00+07:00',
    updatedAt: '2024-09-15T09:00:00+07:00',
    paused: i % 97 === 0,
    active: i % 101 !== 0,
    ...(i % 7 === 0 ? { congressDate: '2025-06-25' } : {}),
    ...(i % 11 === 0 ? { doneAt: '2025-05-01T10:00:00+07:00' } : {}),
    ...(ORGS > 0 ? { org: orgIds[i % ORGS] as string } : {}),
  };
  // Varied readiness: every 13th unit has done every step, the others about a third of theirs.
  const readiness: NonNullable<Unit['readiness']> = {};
  pack.checklist.steps.forEach((step, j) => {
    if (step.types.includes(type) && (i % 13 === 0 || (i * 31 + j * 17) % 3 === 0))
      readiness[step.id] = { by: unit.secretaryId, at: '2025-03-01T09:00:00+07:00' };
  });
  unit.readiness = readiness;
  units.push(unit);
}
/** Everything due before `day` was already handled by earlier passes. */
function logBefore(day: string): void {
  for (const unit of units) {
    const m = new Map<string, Mark>();
    for (const series of schedule.seriesOf(unit)) {
      for (const moment of series.moments) {
        if (moment.day < day) m.set(markKey(series.id, moment.offset), { s: 'sent', at: moment.at });
      }
    }
    marks.set(unit.chatId, m);
  }
}
const log: LogView = {
  marks: (chatId) => marks.get(chatId),
  snoozes: (): ReadonlyMap<string, Snooze> | undefined => undefined,
  revision: (chatId) => marks.get(chatId),
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const now = new Date('2025-06-22T08:00:30+07:00');
/** Collects the records `logBefore` replaced (when run with --expose-gc), so no pass pays for them. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();
// 23/05/2025, 7 days before the documents team's due (30 days before the grassroots windows' last
// day): only step reminders fall due, for every grassroots unit that has not ticked that step.
logBefore('2025-05-23');
collect();
const stepCache = new PlanCache();
plan(units, schedule, log, new Date('2025-05-23T07:59:30+07:00')); // warm-up of the code
plan(units, schedule, log, new Date('2025-05-23T07:59:30+07:00'), stepCache);
const stepTimes: number[] = [];
let stepsDue = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  stepsDue = plan(units, schedule, log, new Date('2025-05-23T08:00:30+07:00'), stepCache).send.length;
  stepTimes.push(performance.now() - t0);
}
logBefore('2025-06-22');
collect();
plan(units, schedule, log, now); // warm-up of the code
const cache = new PlanCache();
plan(units, schedule, log, new Date('2025-06-22T07:59:30+07:00'), cache); // the tick before
const times: number[] = [];
let due = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  due = plan(units, schedule, log, now, cache).send.length;
  times.push(performance.now() - t0);
}
// Read here, as before the cache: the units, the sent log, a plan, and the engine's cache.
const rss = process.memoryUsage().rss / 1024 / 1024;
const coldTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t1 = performance.now();
  plan(units, schedule, log, now, new PlanCache());
  coldTimes.push(performance.now() - t1);
}
// The usual pass: a tick between send hours, today's reminders already logged, nothing new due.
// Recording replaces each changed record, as ReminderLog does.
for (const unit of units) {
  const m = new Map(marks.get(unit.chatId));
  for (const series of schedule.seriesOf(unit))
    for (const moment of series.moments)
      if (moment.day === '2025-06-22') m.set(moment.key, { s: 'sent', at: moment.at });
  marks.set(unit.chatId, m);
}
const idle = new Date('2025-06-22T10:00:00+07:00');
let t2 = performance.now();
plan(units, schedule, log, idle, cache);
const afterMs = performance.now() - t2;
const idleTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  t2 = performance.now();
  plan(units, schedule, log, idle, cache);
  idleTimes.push(performance.now() - t2);
}
process.stderr.write(
  `plan: ${due} reminders due of ${N} units on D-7, ${stepsDue} step reminders on 23/05\n`,
);
process.stdout.write(`bench plan_100k_ms ${Math.round(median(times))} ms\n`);
process.stdout.write(`bench plan_100k_cold_ms ${Math.round(median(coldTimes))} ms\n`);
process.stdout.write(`bench plan_100k_after_ms ${Math.round(afterMs)} ms\n`);
process.stdout.write(`bench plan_100k_idle_ms ${Math.round(median(idleTimes))} ms\n`);
process.stdout.write(`bench plan_100k_steps_ms ${Math.round(median(stepTimes))} ms\n`);
process.stdout.write(`bench plan_rss_mb ${rss.toFixed(1)} MB\n`);
