import { addDay, type Day, dayIn, instantAt } from '../calendar.js';
import type { Pack, ReminderPolicy, Window } from '../knowledge/pack.js';
import { windowsFor } from '../knowledge/pack.js';
import type { Unit } from '../units/unit.js';

/**
 * The reminder planner: a pure function of (units, windows, policy, what was already done, now)
 * to the reminders due now. It, not the tick, decides what is due, so a dropped tick or a day of
 * downtime changes only when a reminder goes out, never whether.
 */

/**
 * open: the window opens; before: N days before its last day; overdue: N days after it, while the
 * congress is not done; congress: N days before the unit's own congress date.
 */
export type ReminderKind = 'open' | 'before' | 'overdue' | 'congress';

/** One scheduled moment of a series: `offset` is its id within the series ("open", "d7", "p1", "c3"). */
export interface Moment {
  offset: string;
  kind: ReminderKind;
  /** Days before (open, before, congress) or after (overdue) the reference day. */
  days: number;
  day: Day;
  /** Epoch ms of the send hour on `day` in the bot's zone. */
  at: number;
  /** `seriesId:offset`, its key in the sent log (built once: a pass only looks it up). */
  key: string;
}

/**
 * A series is what catch-up collapses within: one window of the unit, or the unit's congress date.
 * Series ids go into dedupe keys and callback data, so they never contain ':'.
 */
export interface Series {
  id: string;
  window?: Window;
  congressDate?: Day;
  /** Sorted by time; on the same day, the later offset in the sequence comes later. */
  moments: Moment[];
}

/** What has already been done for a moment, by the key `seriesId:offset`. */
export type MarkState = 'sent' | 'collapsed' | 'suppressed';
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
  /** Missed moments folded into a later one sent in the same pass (or stale): never to be sent. */
  collapse: MomentRef[];
  /** Moments that fell due while the unit had reminders paused: never to be sent. */
  suppress: MomentRef[];
  /** Snoozes replaced by a regular reminder of the same series sent in this pass. */
  dropSnoozes: Array<{ chatId: number; seriesId: string }>;
}

export const markKey = (seriesId: string, offset: string) => `${seriesId}:${offset}`;
export const dedupeKeyOf = (chatId: number, seriesId: string, offset: string) =>
  `rem:${chatId}:${seriesId}:${offset}`;
export const snoozeDedupeKeyOf = (chatId: number, seriesId: string, offset: string, at: number) =>
  `rem:${chatId}:${seriesId}:${offset}:snooze:${at}`;
export const CONGRESS_SERIES_PREFIX = 'ngay-dai-hoi-';
export const congressSeriesId = (date: Day) => `${CONGRESS_SERIES_PREFIX}${date}`;

/**
 * The windows and their moments compiled once per pack and zone: every unit of one type and pilot
 * flag shares its series, so a pass only compares numbers.
 */
export class Schedule {
  /** Per unit type: the series of non-pilot units, then of pilot units. */
  readonly #byType = new Map<string, [Series[] | undefined, Series[] | undefined]>();
  readonly #congress = new Map<Day, Series>();

  constructor(
    readonly pack: Pack,
    readonly tz: string,
  ) {}

  get policy(): ReminderPolicy {
    return this.pack.reminders;
  }

  /** The window series of a unit type, pilot or not. */
  windowSeries(type: string, pilot: boolean): Series[] {
    let both = this.#byType.get(type);
    if (!both) {
      both = [undefined, undefined];
      this.#byType.set(type, both);
    }
    const i = pilot ? 1 : 0;
    let series = both[i];
    if (!series) {
      series = windowsFor(this.pack, type, pilot).map((w) => this.#windowSeries(w));
      both[i] = series;
    }
    return series;
  }

  /** Reminders before a congress date (7, 3, 1 days by default). */
  congressSeries(date: Day): Series {
    let series = this.#congress.get(date);
    if (!series) {
      const days = [...this.policy.beforeCongressDays].sort((a, b) => b - a);
      series = {
        id: congressSeriesId(date),
        congressDate: date,
        moments: days.map((n) =>
          this.#moment(congressSeriesId(date), `c${n}`, 'congress', n, addDay(date, -n)),
        ),
      };
      this.#congress.set(date, series);
    }
    return series;
  }

  /** Every series of a unit: its windows, then its congress date when set. */
  seriesOf(unit: Unit): Series[] {
    const windows = this.windowSeries(unit.type, unit.pilot);
    return unit.congressDate ? [...windows, this.congressSeries(unit.congressDate)] : windows;
  }

  /** Parsed registration instants, by chat; re-parsed only when the string changes. */
  readonly registered = new Map<number, { iso: string; ms: number }>();
  registeredAtMs(u: Unit): number {
    const hit = this.registered.get(u.chatId);
    if (hit !== undefined && hit.iso === u.registeredAt) return hit.ms;
    const ms = Date.parse(u.registeredAt);
    this.registered.set(u.chatId, { iso: u.registeredAt, ms });
    return ms;
  }

  #windowSeries(w: Window): Series {
    const p = this.policy;
    const moments: Moment[] = [];
    if (p.onOpen) moments.push(this.#moment(w.id, 'open', 'open', 0, w.first));
    // Days before the last day, only those inside the window: before it opens there is nothing to do.
    for (const n of [...new Set(p.beforeDays)].sort((a, b) => b - a)) {
      const day = addDay(w.last, -n);
      if (day >= w.first) moments.push(this.#moment(w.id, `d${n}`, 'before', n, day));
    }
    // Overdue reminders concern the congress itself: the unit marks that done, not a preparation step.
    if (w.kind === 'congress') {
      for (const n of [...new Set(p.afterDays)].sort((a, b) => a - b)) {
        moments.push(this.#moment(w.id, `p${n}`, 'overdue', n, addDay(w.last, n)));
      }
    }
    // Stable sort by time: on a shared day ("open" and "d30" in a 31-day window) the sequence order stays.
    moments.sort((a, b) => a.at - b.at);
    return { id: w.id, window: w, moments };
  }

  #moment(seriesId: string, offset: string, kind: ReminderKind, days: number, day: Day): Moment {
    return {
      offset,
      kind,
      days,
      day,
      at: instantAt(day, this.tz, this.policy.sendHour).getTime(),
      key: markKey(seriesId, offset),
    };
  }
}

/** Whether a unit receives reminders at all now: active, not paused, congress not done. */
export const receivesReminders = (u: Unit) => u.active && !u.paused && u.doneAt === undefined;

/**
 * A moment missed by more than a day is still worth sending only while it means something:
 * before a window's end (or, for overdue ones, while not done) and before the congress date.
 */
function stillRelevant(series: Series, m: Moment, today: Day): boolean {
  if (m.kind === 'overdue') return true;
  if (m.kind === 'congress') return series.congressDate !== undefined && today < series.congressDate;
  return series.window !== undefined && today <= series.window.last;
}

/** Series per unit and moments per series a PlanCache slot holds; a unit with more is planned without it. */
const MAX_SERIES = 4;
const MASK_BITS = 31;

/**
 * Memo of per-unit work between passes, so that a pass spends time only on units with something
 * due: most ticks fall between send hours and find nothing new. It never changes a plan: what it
 * holds for a unit is reused only while every input it was computed from is the same (the unit's
 * type, pilot flag, congress date, registration and pause; a done or inactive unit is skipped
 * before), the log's `revision` of the unit's record, and the schedule (one cache serves one
 * schedule). It does not depend on the time. Used only with logs that provide `revision`; `plan`
 * without it gives the same result (test/reminders/plan-cache.test.ts). One slot per unit in flat
 * arrays: refreshing a unit allocates nothing.
 */
export class PlanCache {
  #schedule: Schedule | undefined;
  readonly #slots = new Map<number, number>();
  #free: number[] = [];
  #cap = 0;
  // Inputs, per slot.
  #type: string[] = [];
  #pilot: boolean[] = [];
  #congressDate: Array<Day | undefined> = [];
  #registeredAt: string[] = [];
  #paused: boolean[] = [];
  #revision: unknown[] = [];
  #seen = new Uint32Array(0);
  // What was worked out of them, per slot.
  /** Registration instant. */
  regAt = new Float64Array(0);
  /**
   * The earliest instant the unit can have anything to plan: its first unmarked moment at or after
   * registration, or its first snooze when not paused. Before it, the plan has nothing for the unit:
   * the unmarked due moments only grow with time, and a snooze only counts once its time has come.
   */
  nextAt = new Float64Array(0);
  /** Per slot, MAX_SERIES words: bit i of word k set when moment i of series k is marked. */
  marked = new Int32Array(0);
  #pass = 0;

  get size(): number {
    return this.#slots.size;
  }

  /** @internal Starts a pass; a different schedule empties the cache. */
  begin(schedule: Schedule): number {
    if (this.#schedule !== schedule) {
      this.#slots.clear();
      this.#free = [];
      this.#cap = 0;
      this.#schedule = schedule;
    }
    this.#pass = (this.#pass + 1) >>> 0 || 1;
    return this.#pass;
  }

  /** @internal Ends a pass that used `used` slots: frees the slots of units it did not plan. */
  end(pass: number, used: number): void {
    if (this.#slots.size <= used) return;
    for (const [chatId, slot] of this.#slots) {
      if (this.#seen[slot] !== pass) this.#release(chatId, slot);
    }
  }

  #release(chatId: number, slot: number): void {
    this.#slots.delete(chatId);
    this.#revision[slot] = undefined;
    this.#free.push(slot);
  }

  /**
   * @internal The unit's slot, refreshed if any of its inputs changed; -1 if it cannot be cached.
   * The unit's series are its windows, then its congress date when set.
   */
  slot(unit: Unit, schedule: Schedule, log: LogView, revision: unknown, pass: number): number {
    let slot = this.#slots.get(unit.chatId);
    if (slot !== undefined) {
      if (
        this.#revision[slot] === revision &&
        this.#registeredAt[slot] === unit.registeredAt &&
        this.#type[slot] === unit.type &&
        this.#pilot[slot] === unit.pilot &&
        this.#congressDate[slot] === unit.congressDate &&
        this.#paused[slot] === unit.paused
      ) {
        this.#seen[slot] = pass;
        return slot;
      }
    }
    const windows = schedule.windowSeries(unit.type, unit.pilot);
    const congress = unit.congressDate ? schedule.congressSeries(unit.congressDate) : undefined;
    const count = congress ? windows.length + 1 : windows.length;
    let fits = count <= MAX_SERIES;
    for (let k = 0; fits && k < count; k++)
      fits = ((k < windows.length ? windows[k] : congress) as Series).moments.length <= MASK_BITS;
    if (!fits) {
      if (slot !== undefined) this.#release(unit.chatId, slot);
      return -1;
    }
    if (slot === undefined) {
      slot = this.#free.pop() ?? this.#grow();
      this.#slots.set(unit.chatId, slot);
    }
    this.#type[slot] = unit.type;
    this.#pilot[slot] = unit.pilot;
    this.#congressDate[slot] = unit.congressDate;
    this.#registeredAt[slot] = unit.registeredAt;
    this.#paused[slot] = unit.paused;
    this.#revision[slot] = revision;
    this.#seen[slot] = pass;
    const regAt = schedule.registeredAtMs(unit);
    const marks = log.marks(unit.chatId);
    let nextAt = Number.POSITIVE_INFINITY;
    for (let k = 0; k < count; k++) {
      const moments = ((k < windows.length ? windows[k] : congress) as Series).moments;
      let mask = 0;
      for (let i = 0; i < moments.length; i++) {
        const m = moments[i] as Moment;
        // The same test as plan's: a moment before registration is never due.
        if (m.at < regAt) continue;
        if (marks?.has(m.key)) mask |= 1 << i;
        else if (m.at < nextAt) nextAt = m.at;
      }
      this.marked[slot * MAX_SERIES + k] = mask;
    }
    if (!unit.paused) {
      const snoozes = log.snoozes(unit.chatId);
      if (snoozes) for (const z of snoozes.values()) if (z.at < nextAt) nextAt = z.at;
    }
    this.regAt[slot] = regAt;
    this.nextAt[slot] = nextAt;
    return slot;
  }

  #grow(): number {
    const slot = this.#cap;
    if (slot >= this.regAt.length) {
      const n = Math.max(1024, this.regAt.length * 2);
      const f64 = (a: Float64Array) => {
        const b = new Float64Array(n);
        b.set(a);
        return b;
      };
      this.regAt = f64(this.regAt);
      this.nextAt = f64(this.nextAt);
      const seen = new Uint32Array(n);
      seen.set(this.#seen);
      this.#seen = seen;
      const marked = new Int32Array(n * MAX_SERIES);
      marked.set(this.marked);
      this.marked = marked;
    }
    this.#cap++;
    return slot;
  }
}

const refOf = (chatId: number, series: Series, i: number): MomentRef => ({
  chatId,
  seriesId: series.id,
  offset: (series.moments[i] as Moment).offset,
});

/** Indices of the unmarked due moments of the series being planned (reused: no array per series). */
const pending: number[] = [];

/**
 * The reminders due at `now`, per DESIGN.md "Time semantics":
 * 1. a moment is due once its send hour has come, and only if the unit had registered by then;
 * 2. a moment already marked (sent, collapsed, suppressed) is never due again;
 * 3. of the unmarked due moments of a series only the latest is sent, the older ones collapse
 *    into it (catch-up after downtime); they all collapse if a later one was already sent, or if
 *    the latest is a day or more late and no longer relevant;
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
  const out: Plan = { send: [], collapse: [], suppress: [], dropSnoozes: [] };
  const cached = cache !== undefined && log.revision !== undefined;
  const pass = cached ? cache.begin(schedule) : 0;
  let used = 0;

  for (const unit of units) {
    if (!unit.active || unit.doneAt !== undefined) continue;
    const chatId = unit.chatId;
    let slot = -1;
    if (cached) {
      slot = cache.slot(unit, schedule, log, log.revision?.(chatId), pass);
      if (slot >= 0) {
        used++;
        if (nowMs < (cache.nextAt[slot] as number)) continue;
      }
    }
    const regAt = slot >= 0 ? (cache?.regAt[slot] as number) : schedule.registeredAtMs(unit);
    const marks = slot >= 0 ? undefined : log.marks(chatId);
    const snoozes = log.snoozes(chatId);
    const windows = schedule.windowSeries(unit.type, unit.pilot);
    const congress = unit.congressDate ? schedule.congressSeries(unit.congressDate) : undefined;
    const count = congress ? windows.length + 1 : windows.length;
    for (let si = 0; si < count; si++) {
      const series = (si < windows.length ? windows[si] : congress) as Series;
      const moments = series.moments;
      const mask = slot >= 0 ? (cache?.marked[slot * MAX_SERIES + si] as number) : 0;
      // Index of the latest moment already marked, and the unmarked due ones after registration.
      let lastMarked = -1;
      let np = 0;
      for (let i = 0; i < moments.length; i++) {
        const m = moments[i] as Moment;
        if (m.at > nowMs) break;
        if (m.at < regAt) continue;
        if (slot >= 0 ? (mask & (1 << i)) !== 0 : marks?.has(m.key) === true) lastMarked = i;
        else pending[np++] = i;
      }
      let sentRegular = false;
      if (np > 0) {
        if (unit.paused) {
          for (let j = 0; j < np; j++) out.suppress.push(refOf(chatId, series, pending[j] as number));
        } else {
          const latest = pending[np - 1] as number;
          const m = moments[latest] as Moment;
          const late = m.day < today;
          const send = latest > lastMarked && (!late || stillRelevant(series, m, today));
          for (let j = 0; j < np; j++) {
            const i = pending[j] as number;
            if (!send || i !== latest) out.collapse.push(refOf(chatId, series, i));
          }
          if (send) {
            sentRegular = true;
            out.send.push({
              chatId,
              series,
              moment: m,
              today,
              late,
              snoozed: false,
              dedupeKey: dedupeKeyOf(chatId, series.id, m.offset),
            });
          }
        }
      }

      const snooze = snoozes?.get(series.id);
      if (snooze && snooze.at <= nowMs && !unit.paused) {
        const m = moments.find((x) => x.offset === snooze.offset);
        if (sentRegular || !m || !stillRelevant(series, m, today)) {
          out.dropSnoozes.push({ chatId, seriesId: series.id });
        } else {
          out.send.push({
            chatId,
            series,
            moment: m,
            today,
            late: false,
            snoozed: true,
            dedupeKey: snoozeDedupeKeyOf(chatId, series.id, m.offset, snooze.at),
          });
        }
      }
    }
  }
  if (cached) cache.end(pass, used);
  return out;
}

/** The next send hour strictly after `now`: when a snoozed reminder comes back. */
export function nextSendHour(schedule: Schedule, now: Date): number {
  const today = dayIn(schedule.tz, now);
  const at = instantAt(today, schedule.tz, schedule.policy.sendHour).getTime();
  return at > now.getTime()
    ? at
    : instantAt(addDay(today, 1), schedule.tz, schedule.policy.sendHour).getTime();
}

export interface PreviewLine {
  type: string;
  seriesId: string;
  window?: Window;
  offset: string;
  kind: ReminderKind;
  days: number;
  count: number;
}

/**
 * What would go out on `day` at the send hour, assuming the bot runs: for /lichnhac. Moments
 * already marked are left out; units registered after the send hour of that day are too.
 */
export function preview(units: Iterable<Unit>, schedule: Schedule, log: LogView, day: Day): PreviewLine[] {
  const lines = new Map<string, PreviewLine>();
  for (const unit of units) {
    if (!receivesReminders(unit)) continue;
    const regAt = schedule.registeredAtMs(unit);
    const marks = log.marks(unit.chatId);
    for (const series of schedule.seriesOf(unit)) {
      // Several moments on one day go out as one message: the latest in the sequence.
      let chosen: Moment | undefined;
      for (const m of series.moments) {
        if (m.day === day && m.at >= regAt && !marks?.has(m.key)) chosen = m;
      }
      if (!chosen) continue;
      // Congress-date reminders are grouped by offset, not by date.
      const seriesId = series.window ? series.id : 'ngay-dai-hoi';
      const key = `${unit.type}|${seriesId}|${chosen.offset}`;
      const line = lines.get(key);
      if (line) line.count++;
      else
        lines.set(key, {
          type: unit.type,
          seriesId,
          ...(series.window ? { window: series.window } : {}),
          offset: chosen.offset,
          kind: chosen.kind,
          days: chosen.days,
          count: 1,
        });
    }
  }
  return [...lines.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.seriesId.localeCompare(b.seriesId) || b.days - a.days,
  );
}
