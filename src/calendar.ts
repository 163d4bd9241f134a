import { TZDate, tzOffset } from '@date-fns/tz';
// One module each, not the date-fns index (its ~250 modules cost ~100 ms at every start of the bot).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/**
 * Calendar days in the bot's zone. A day is a plain 'YYYY-MM-DD' string: windows, congress dates
 * and "today" are compared as days, never as instants in the host's zone.
 */
export type Day = string;

/** Today's date in `tz` at the instant `now`. */
export function dayIn(tz: string, now: Date): Day {
  // Asked on every update and for every unit of a pass; zones change offset on whole minutes.
  const ms = now.getTime();
  const minute = Math.floor(ms / 60_000);
  if (lastDay && lastDay.tz === tz && lastDay.minute === minute) return lastDay.day;
  // The zone's offset at that instant (what TZDate reads too), then the UTC calendar: a tenth of
  // the time of formatting a TZDate, which a reminder pass did for every unit.
  const shifted = new Date(ms + tzOffset(tz, now) * 60_000);
  const year = shifted.getUTCFullYear();
  // Outside years 1000-9999 (or an invalid zone: NaN) as before, through TZDate and format.
  const day =
    year >= 1000 && year <= 9999
      ? shifted.toISOString().slice(0, 10)
      : format(new TZDate(ms, tz), 'yyyy-MM-dd');
  lastDay = { tz, minute, day };
  return day;
}

let lastDay: { tz: string; minute: number; day: Day } | undefined;

/** The instant at which `day` reaches hour:minute in `tz`. */
export function instantAt(day: Day, tz: string, hour = 0, minute = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, 0, tz).getTime());
}

const DAY_MS = 86_400_000;
const PLAIN_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a plain 'YYYY-MM-DD' day of the years 1000 to 9999; undefined for
 * anything else (the date-fns path below then decides, as it always did). Calendar arithmetic on
 * UTC days: a reminder pass asks it for every moment of every unit, and date-fns's parse and
 * format cost ten times as much.
 */
function epochDay(day: Day): number | undefined {
  const m = PLAIN_DAY.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
    return undefined;
  return Date.UTC(y, mo - 1, d) / DAY_MS;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  const a = epochDay(from);
  const b = epochDay(to);
  if (a !== undefined && b !== undefined) return b - a;
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function addDay(day: Day, n: number): Day {
  const start = epochDay(day);
  if (start !== undefined && Number.isInteger(n)) {
    const out = new Date((start + n) * DAY_MS).toISOString().slice(0, 10);
    if (PLAIN_DAY.test(out) && out >= '1000') return out;
  }
  return format(addDays(parseISO(day), n), 'yyyy-MM-dd');
}

/** DD/MM/YYYY, as replies show dates. */
export function showDay(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** HH:mm, 24-hour, in `tz`. */
export function showTime(instant: Date, tz: string): string {
  return format(new TZDate(instant.getTime(), tz), 'HH:mm');
}

export type Phase = 'upcoming' | 'open' | 'passed';

export interface WindowPosition {
  phase: Phase;
  /** Days from today to the first day (upcoming only, else 0). */
  daysToOpen: number;
  /** Days from today to the last day: 0 on the last day, negative once passed. */
  daysLeft: number;
}

/** Where `today` stands against a window whose first and last days are both inclusive. */
export function positionIn(window: { first: Day; last: Day }, today: Day): WindowPosition {
  const daysLeft = daysBetween(today, window.last);
  const daysToOpen = Math.max(0, daysBetween(today, window.first));
  const phase: Phase = daysToOpen > 0 ? 'upcoming' : daysLeft < 0 ? 'passed' : 'open';
  return { phase, daysToOpen, daysLeft };
}

/** The years a date typed by a user may fall in: a congress or a notice is never in 0000 or 9999. */
export const YEARS = { min: 2000, max: 2099 } as const;

/**
 * Reads a date typed by a user: D/M/YYYY or DD/MM/YYYY (also with - or .). Returns the day, or
 * why it is not one: 'format' when unreadable, 'impossible' for dates like 31/02/2025, 'range'
 * for a year outside YEARS.
 */
export function parseUserDay(input: string): { day: Day } | { error: 'format' | 'impossible' | 'range' } {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return { error: 'format' };
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return { error: 'impossible' };
  if (y < YEARS.min || y > YEARS.max) return { error: 'range' };
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return { error: 'impossible' };
  return {
    day: `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}
