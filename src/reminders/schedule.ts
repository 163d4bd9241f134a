import { addDay, type Day, instantAt } from '../calendar.js';
import type { Step } from '../knowledge/checklist.js';
import type { Pack, ReminderPolicy, Window } from '../knowledge/pack.js';
import { windowsFor } from '../knowledge/pack.js';
import { dueOf, unitSteps } from '../units/readiness.js';
import type { Unit } from '../units/unit.js';

/**
 * open: the window opens; before: N days before its last day; overdue: N days after it, while the
 * congress is not done; congress: N days before the unit's own congress date; step: N days before
 * the due day of a checklist step the unit has not ticked.
 */
export type ReminderKind = 'open' | 'before' | 'overdue' | 'congress' | 'step';

/** One scheduled moment of a series: `offset` is its id within the series ("open", "d7", "p1", "c3", "s7"). */
export interface Moment {
  offset: string;
  kind: ReminderKind;
  /** Days before (open, before, congress, step) or after (overdue) the reference day. */
  days: number;
  day: Day;
  /** Epoch ms of the send hour on `day` in the bot's zone. */
  at: number;
  /** `seriesId:offset`, its key in the sent log (built once: a pass only looks it up). */
  key: string;
}

/**
 * A series is what catch-up collapses within: one window of the unit, the unit's congress date,
 * or one checklist step's due day. Series ids go into dedupe keys and callback data, so they
 * never contain ':'.
 */
export interface Series {
  id: string;
  window?: Window;
  congressDate?: Day;
  /** A checklist step and the day it is due for the unit. */
  step?: { step: Step; due: Day };
  /** Sorted by time; on the same day, the later offset in the sequence comes later. */
  moments: Moment[];
}

export const markKey = (seriesId: string, offset: string) => `${seriesId}:${offset}`;
export const CONGRESS_SERIES_PREFIX = 'ngay-dai-hoi-';
export const congressSeriesId = (date: Day) => `${CONGRESS_SERIES_PREFIX}${date}`;
export const STEP_SERIES_PREFIX = 'buoc-';
/**
 * `buoc-<step id>-<due as YYYYMMDD>`: a due that moves (a congress date set again) is a new
 * series, reminded afresh, as a new congress date is. The pack keeps step ids short enough for
 * the snooze button (checkChecklist).
 */
export const stepSeriesId = (stepId: string, due: Day) =>
  `${STEP_SERIES_PREFIX}${stepId}-${due.replaceAll('-', '')}`;

/** The steps of a unit type that have a due: the ones that get their own reminders. At most 31 count. */
const MAX_DATED = 31;

/**
 * The windows and their moments compiled once per pack and zone: every unit of one type and pilot
 * flag shares its series, so a pass only compares numbers.
 */
export class Schedule {
  /** Per unit type: the series of non-pilot units, then of pilot units. */
  readonly #byType = new Map<string, [Series[] | undefined, Series[] | undefined]>();
  readonly #congress = new Map<Day, Series>();
  readonly #dated = new Map<string, Step[]>();
  readonly #steps = new Map<string, Series>();
  /** Per type and pilot flag, congress date ('' for none), then done mask: a unit's series list. */
  readonly #lists = new Map<
    string,
    [Map<string, Map<number, Series[]>>, Map<string, Map<number, Series[]>>]
  >();

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

  /** The checklist steps of a unit type that have a due, in the pack's order (the first 31). */
  datedSteps(type: string): Step[] {
    let steps = this.#dated.get(type);
    if (!steps) {
      steps = unitSteps(this.pack, { type })
        .filter((s) => s.due !== undefined)
        .slice(0, MAX_DATED);
      this.#dated.set(type, steps);
    }
    return steps;
  }

  /** Bit j set when the unit has ticked dated step j of its type: what its step series hang on. */
  doneMask(unit: Unit): number {
    const r = unit.readiness;
    if (r === undefined) return 0;
    const steps = this.datedSteps(unit.type);
    let mask = 0;
    for (let j = 0; j < steps.length; j++) if (r[(steps[j] as Step).id] !== undefined) mask |= 1 << j;
    return mask;
  }

  /** Reminders before a step's due day (the checklist's `beforeDays`: 7 and 1 by default). */
  stepSeries(step: Step, due: Day): Series {
    const id = stepSeriesId(step.id, due);
    let series = this.#steps.get(id);
    if (!series) {
      const days = [...new Set(this.pack.checklist.beforeDays)].sort((a, b) => b - a);
      series = {
        id,
        step: { step, due },
        moments: days.map((n) => this.#moment(id, `s${n}`, 'step', n, addDay(due, -n))),
      };
      this.#steps.set(id, series);
    }
    return series;
  }

  /**
   * Every series of a unit: its windows, its congress date when set, then the steps with a due
   * it has not ticked (`done` is its `doneMask`), but for a step due on the last day of one of
   * its windows. Shared by all units alike: never modify it.
   */
  unitSeries(unit: Unit, done: number): Series[] {
    let both = this.#lists.get(unit.type);
    if (!both) {
      both = [new Map(), new Map()];
      this.#lists.set(unit.type, both);
    }
    const byDate = both[unit.pilot ? 1 : 0];
    const date = unit.congressDate ?? '';
    let byMask = byDate.get(date);
    if (!byMask) {
      byMask = new Map();
      byDate.set(date, byMask);
    }
    let list = byMask.get(done);
    if (!list) {
      const windows = this.windowSeries(unit.type, unit.pilot);
      list = [...windows];
      if (unit.congressDate) list.push(this.congressSeries(unit.congressDate));
      this.datedSteps(unit.type).forEach((step, j) => {
        if ((done & (1 << j)) !== 0) return;
        const due = dueOf(step, unit, this.pack);
        // Due on the last day of one of the unit's windows (the dissemination conference by the
        // end of 10/2024): that window's reminders already go before that day; no second series.
        if (due === undefined || windows.some((w) => w.window?.last === due)) return;
        list?.push(this.stepSeries(step, due));
      });
      byMask.set(done, list);
    }
    return list;
  }

  /** Every series of a unit as it is now (see `unitSeries`). */
  seriesOf(unit: Unit): Series[] {
    return this.unitSeries(unit, this.doneMask(unit));
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
