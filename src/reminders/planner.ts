import { addDay, type Day, dayIn, instantAt } from '../calendar.js';
import type { Unit } from '../units/unit.js';
import { MAX_SERIES, type PlanCache } from './plan-cache.js';
import type { Moment, Schedule, Series } from './schedule.js';

export { PlanCache } from './plan-cache.js';
export { type PreviewLine, preview } from './preview.js';
export {
  CONGRESS_SERIES_PREFIX,
  congressSeriesId,
  type Moment,
  markKey,
  type ReminderKind,
  Schedule,
  type Series,
  STEP_SERIES_PREFIX,
  stepSeriesId,
} from './schedule.js';

/**
 * The reminder planner: a pure function of (units, windows, policy, what was already done, now)
 * to the reminders due now. It, not the tick, decides what is due, so a dropped tick or a day of
 * downtime changes only when a reminder goes out, never whether.
 */

/** What has already been done for a moment, by the key `seriesId:offset`. */
/**
 * sent; collapsed (folded into another reminder of its series); suppressed (due while paused);
 * skipped (missed during downtime and no longer relevant when the bot came back: never sent).
 */
export type MarkState = 'sent' | 'collapsed' | 'suppressed' | 'skipped';
export interface Mark {
  s: MarkState;
  /** Epoch ms when it was recorded. */
  at: number;
}

/** "Remind me tomorrow": the series is reminded again at `at` (epoch ms). */
export interface Snooze {
  offset: string;
  at: number;
}

/** The planner's view of the sent log: read-only, per unit. */
export interface LogView {
  marks(chatId: number): ReadonlyMap<string, Mark> | undefined;
  snoozes(chatId: number): ReadonlyMap<string, Snooze> | undefined;
  /**
   * Optional: a value that stays `===` to one returned earlier only while the unit's marks and
   * snoozes have not changed since (a log that replaces a unit's record on every change returns the
   * record). With it, a PlanCache keeps what it read of the unit's record between passes.
   */
  revision?(chatId: number): unknown;
}

export interface DueReminder {
  chatId: number;
  series: Series;
  moment: Moment;
  /** Today, in the bot's zone: the countdown in the text is from today, not from the due day. */
  today: Day;
  /** Sent on a later day than it was due (catch-up after downtime). */
  late: boolean;
  /** A "remind me tomorrow" coming back. */
  snoozed: boolean;
  /** The outbox dedupe key: one message per key, whatever restarts happen. */
  dedupeKey: string;
}

export interface MomentRef {
  chatId: number;
  seriesId: string;
  offset: string;
}

export interface Plan {
  send: DueReminder[];
  /** Missed moments folded into a later one of their series, sent now or before: never to be sent. */
  collapse: MomentRef[];
  /** Moments that fell due while the unit had reminders paused: never to be sent. */
  suppress: MomentRef[];
  /** Missed moments past the catch-up cut-off (`stillRelevant`): logged, never to be sent. */
  skip: MomentRef[];
  /** Snoozes replaced by a regular reminder of the same series sent in this pass. */
  dropSnoozes: Array<{ chatId: number; seriesId: string }>;
}

export const dedupeKeyOf = (chatId: number, seriesId: string, offset: string) =>
  `rem:${chatId}:${seriesId}:${offset}`;
export const snoozeDedupeKeyOf = (chatId: number, seriesId: string, offset: string, at: number) =>
  `rem:${chatId}:${seriesId}:${offset}:snooze:${at}`;
/** Whether a unit receives reminders at all now: active, not paused, congress not done. */
export const receivesReminders = (u: Unit) => u.active && !u.paused && u.doneAt === undefined;

/**
 * Whether a moment missed by a day or more still means something today (DESIGN.md "Time
 * semantics", catch-up cut-off): a reminder before a window's end only while the window is open;
 * an overdue one until the pack's grace after the window's last day; a congress-date one before
 * that date; a step's one until its due day. What fails this is skipped and logged, never sent.
 */
export function stillRelevant(series: Series, m: Moment, today: Day, graceDays: number): boolean {
  if (m.kind === 'congress') return series.congressDate !== undefined && today < series.congressDate;
  if (m.kind === 'step') return series.step !== undefined && today <= series.step.due;
  if (series.window === undefined) return false;
  if (m.kind === 'overdue') return today <= addDay(series.window.last, graceDays);
  return today <= series.window.last;
}

const refOf = (chatId: number, series: Series, i: number): MomentRef => ({
  chatId,
  seriesId: series.id,
  offset: (series.moments[i] as Moment).offset,
});

/** Indices of the unmarked due moments of the series being planned (reused: no array per series). */
const pending: number[] = [];

/** One unit being planned: what planSeries reads, so that it does not take a dozen arguments. */
interface UnitPass {
  unit: Unit;
  nowMs: number;
  today: Day;
  graceDays: number;
  regAt: number;
  /** The unit's marks, or undefined when `mask` (from the cache) says which moments are marked. */
  marks?: ReadonlyMap<string, Mark> | undefined;
  snoozes?: ReadonlyMap<string, Snooze> | undefined;
  out: Plan;
}

/**
 * A later moment of the series due later today: a late catch-up folds into it, so the unit gets
 * one message at the send hour instead of the catch-up now and the regular one minutes later.
 * The missed moments stay unmarked until then (a crash or a done unit in between loses nothing).
 */
function dueLaterToday(moments: Moment[], from: number, u: UnitPass): boolean {
  for (let i = from + 1; i < moments.length; i++) {
    const m = moments[i] as Moment;
    if (m.day > u.today) return false;
    if (m.day === u.today && m.at > u.nowMs) return true;
  }
  return false;
}

/** Index of the latest marked moment of the series `collectPending` last read. */
let lastMarked = -1;

/** The unmarked due moments of one series into `pending` (returns their count) and `lastMarked`. */
function collectPending(series: Series, u: UnitPass, mask: number): number {
  const moments = series.moments;
  lastMarked = -1;
  let np = 0;
  for (let i = 0; i < moments.length; i++) {
    const m = moments[i] as Moment;
    if (m.at > u.nowMs) break;
    if (m.at < u.regAt) continue;
    if (u.marks === undefined ? (mask & (1 << i)) !== 0 : u.marks.has(m.key)) lastMarked = i;
    else pending[np++] = i;
  }
  return np;
}

/** Rules 3 to 5 of `plan` for one series of one unit. */
function planSeries(series: Series, u: UnitPass, mask: number): void {
  const { unit, out, today } = u;
  const chatId = unit.chatId;
  const moments = series.moments;
  const np = collectPending(series, u, mask);
  let sentRegular = false;
  if (np > 0 && unit.paused) {
    for (let j = 0; j < np; j++) out.suppress.push(refOf(chatId, series, pending[j] as number));
  } else if (np > 0) {
    const latest = pending[np - 1] as number;
    const m = moments[latest] as Moment;
    const late = m.day < today;
    const stale = late && !stillRelevant(series, m, today, u.graceDays);
    // Folded: nothing now; at the send hour the later moment goes and these collapse into it.
    if (late && !stale && latest > lastMarked && dueLaterToday(moments, latest, u)) return;
    const send = latest > lastMarked && !stale;
    const into = stale && latest > lastMarked ? out.skip : out.collapse;
    for (let j = 0; j < np; j++) {
      const i = pending[j] as number;
      if (!send || i !== latest) into.push(refOf(chatId, series, i));
    }
    if (send) {
      sentRegular = true;
      const dedupeKey = dedupeKeyOf(chatId, series.id, m.offset);
      out.send.push({ chatId, series, moment: m, today, late, snoozed: false, dedupeKey });
    }
  }
  const snooze = u.snoozes?.get(series.id);
  if (snooze && snooze.at <= u.nowMs && !unit.paused) {
    const m = moments.find((x) => x.offset === snooze.offset);
    if (sentRegular || !m || !stillRelevant(series, m, today, u.graceDays)) {
      out.dropSnoozes.push({ chatId, seriesId: series.id });
    } else {
      const dedupeKey = snoozeDedupeKeyOf(chatId, series.id, m.offset, snooze.at);
      out.send.push({ chatId, series, moment: m, today, late: false, snoozed: true, dedupeKey });
    }
  }
}

/**
 * The reminders due at `now`, per DESIGN.md "Time semantics":
 * 1. a moment is due once its send hour has come, and only if the unit had registered by then;
 * 2. a moment already marked (sent, collapsed, suppressed, skipped) is never due again;
 * 3. of the unmarked due moments of a series only the latest is sent, the older ones collapse
 *    into it (catch-up after downtime); they all collapse if a later one was already sent, or
 *    into a moment of the series due later the same day (nothing now: one message at the send
 *    hour; a due snooze of the series waits with them); they
 *    are all skipped if the latest is a day or more late and no longer relevant (`stillRelevant`);
 * 4. a paused unit's due moments are suppressed; a done or inactive unit gets nothing;
 * 5. a snooze whose time has come is sent, unless a regular reminder of its series goes now.
 * With a `cache` (and a log that provides `revision`) the result is the same; units with nothing
 * due are skipped after a few comparisons.
 */
export function plan(
  units: Iterable<Unit>,
  schedule: Schedule,
  log: LogView,
  now: Date,
  cache?: PlanCache,
): Plan {
  const nowMs = now.getTime();
  const today = dayIn(schedule.tz, now);
  const out: Plan = { send: [], collapse: [], suppress: [], skip: [], dropSnoozes: [] };
  const graceDays = schedule.policy.catchUpGraceDays;
  // One record reused for every unit: a pass over 100,000 units allocates nothing per unit.
  const u: UnitPass = { unit: undefined as unknown as Unit, nowMs, today, graceDays, regAt: 0, out };
  const cached = cache !== undefined && log.revision !== undefined;
  const pass = cached ? cache.begin(schedule) : 0;
  let used = 0;

  for (const unit of units) {
    if (!unit.active || unit.doneAt !== undefined) continue;
    const chatId = unit.chatId;
    const done = schedule.doneMask(unit);
    let slot = -1;
    if (cached) {
      slot = cache.slot(unit, done, schedule, log, log.revision?.(chatId), pass);
      if (slot >= 0) {
        used++;
        if (nowMs < (cache.nextAt[slot] as number)) continue;
      }
    }
    u.unit = unit;
    u.regAt = slot >= 0 ? (cache?.regAt[slot] as number) : schedule.registeredAtMs(unit);
    u.marks = slot >= 0 ? undefined : (log.marks(chatId) ?? EMPTY_MARKS);
    u.snoozes = log.snoozes(chatId);
    const series = slot >= 0 ? (cache?.series[slot] as Series[]) : schedule.unitSeries(unit, done);
    for (let si = 0; si < series.length; si++) {
      planSeries(series[si] as Series, u, slot >= 0 ? (cache?.marked[slot * MAX_SERIES + si] as number) : 0);
    }
  }
  if (cached) cache.end(pass, used);
  return out;
}

const EMPTY_MARKS: ReadonlyMap<string, Mark> = new Map();

/** The next send hour strictly after `now`: when a snoozed reminder comes back. */
export function nextSendHour(schedule: Schedule, now: Date): number {
  const today = dayIn(schedule.tz, now);
  const at = instantAt(today, schedule.tz, schedule.policy.sendHour).getTime();
  return at > now.getTime()
    ? at
    : instantAt(addDay(today, 1), schedule.tz, schedule.policy.sendHour).getTime();
}
