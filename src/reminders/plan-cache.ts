import type { Day } from '../calendar.js';
import type { Unit } from '../units/unit.js';
import type { LogView } from './planner.js';
import type { Moment, Schedule, Series } from './schedule.js';

/** Series per unit and moments per series a PlanCache slot holds; a unit with more is planned without it. */
export const MAX_SERIES = 8;
const MASK_BITS = 31;

/**
 * Memo of per-unit work between passes, so that a pass spends time only on units with something
 * due: most ticks fall between send hours and find nothing new. It never changes a plan: what it
 * holds for a unit is reused only while every input it was computed from is the same (the unit's
 * type, pilot flag, congress date, registration, pause and which of its dated checklist steps are
 * ticked; a done or inactive unit is skipped before), the log's `revision` of the unit's record, and the schedule (one cache serves one
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
  #done: number[] = [];
  #revision: unknown[] = [];
  #seen = new Uint32Array(0);
  // What was worked out of them, per slot.
  /** The unit's series (Schedule.unitSeries): what `marked` indexes. */
  series: Series[][] = [];
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
   * The unit's series are Schedule.unitSeries(unit, done): `done` is Schedule.doneMask(unit).
   */
  slot(unit: Unit, done: number, schedule: Schedule, log: LogView, revision: unknown, pass: number): number {
    let slot = this.#slots.get(unit.chatId);
    if (slot !== undefined) {
      if (
        this.#revision[slot] === revision &&
        this.#registeredAt[slot] === unit.registeredAt &&
        this.#type[slot] === unit.type &&
        this.#pilot[slot] === unit.pilot &&
        this.#congressDate[slot] === unit.congressDate &&
        this.#paused[slot] === unit.paused &&
        this.#done[slot] === done
      ) {
        this.#seen[slot] = pass;
        return slot;
      }
    }
    const series = schedule.unitSeries(unit, done);
    const count = series.length;
    let fits = count <= MAX_SERIES;
    for (let k = 0; fits && k < count; k++) fits = (series[k] as Series).moments.length <= MASK_BITS;
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
    this.#done[slot] = done;
    this.series[slot] = series;
    this.#revision[slot] = revision;
    this.#seen[slot] = pass;
    const regAt = schedule.registeredAtMs(unit);
    const marks = log.marks(unit.chatId);
    let nextAt = Number.POSITIVE_INFINITY;
    for (let k = 0; k < count; k++) {
      const moments = (series[k] as Series).moments;
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
