import { join } from 'node:path';
import { loadPack } from '../src/knowledge/pack.js';
import { CONFIG_DIR } from '../src/paths.js';
import { type LogView, type Mark, markKey, plan, Schedule, type Snooze } from '../src/reminders/planner.js';
import type { Unit } from '../src/units/unit.js';

/**
 * plan_100k_ms: one planner pass over 100,000 units in memory, at 08:00 on the D-7 of the grassroots
 * windows (a third of the units due, the rest with earlier reminders already logged); median of runs.
 * plan_100k_idle_ms: the same 100,000 units two hours later, when nothing new is due (most ticks).
 * plan_rss_mb: resident memory of this process holding the units, the sent log and the plan.
 */
const N = 100_000;
const RUNS = 7;
const TZ = 'Asia/Ho_Chi_Minh';
const pack = loadPack(join(CONFIG_DIR, 'dh-2025-2030.yaml'));
const schedule = new Schedule(pack, TZ);
const types = ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'];

const units: Unit[] = [];
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
  };
  units.push(unit);
  // Everything due before 21/06 was already handled by earlier passes.
  const m = new Map<string, Mark>();
  for (const series of schedule.seriesOf(unit)) {
    for (const moment of series.moments) {
      if (moment.day < '2025-06-22') m.set(markKey(series.id, moment.offset), { s: 'sent', at: moment.at });
    }
  }
  marks.set(unit.chatId, m);
}
const log: LogView = {
  marks: (chatId) => marks.get(chatId),
  snoozes: (): ReadonlyMap<string, Snooze> | undefined => undefined,
};

const now = new Date('2025-06-22T08:00:30+07:00');
plan(units, schedule, log, now); // warm-up
const times: number[] = [];
let due = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const p = plan(units, schedule, log, now);
  times.push(performance.now() - t0);
  due = p.send.length;
}
times.sort((a, b) => a - b);
// The usual pass: a tick between send hours, today's reminders already logged, nothing new due.
for (const unit of units) {
  const m = marks.get(unit.chatId) as Map<string, Mark>;
  for (const series of schedule.seriesOf(unit))
    for (const moment of series.moments)
      if (moment.day === '2025-06-22') m.set(moment.key, { s: 'sent', at: moment.at });
}
const idle = new Date('2025-06-22T10:00:00+07:00');
const idleTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  plan(units, schedule, log, idle);
  idleTimes.push(performance.now() - t0);
}
idleTimes.sort((a, b) => a - b);
const rss = process.memoryUsage().rss / 1024 / 1024;
process.stderr.write(`plan: ${due} reminders due of ${N} units\n`);
process.stdout.write(`bench plan_100k_ms ${Math.round(times[Math.floor(RUNS / 2)] ?? 0)} ms\n`);
process.stdout.write(`bench plan_100k_idle_ms ${Math.round(idleTimes[Math.floor(RUNS / 2)] ?? 0)} ms\n`);
process.stdout.write(`bench plan_rss_mb ${rss.toFixed(1)} MB\n`);
