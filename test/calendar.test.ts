import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { describe, expect, it } from 'vitest';
import { addDay, dayIn, daysBetween, instantAt, parseUserDay, positionIn, showDay } from '../src/calendar.js';

const TZ = 'Asia/Ho_Chi_Minh';

describe('calendar days in the bot zone', () => {
  it('takes today from the zone, not the host: 23:30 UTC is already the next day in Hà Nội', () => {
    expect(dayIn(TZ, new Date('2025-03-30T23:30:00Z'))).toBe('2025-03-31');
    expect(dayIn(TZ, new Date('2025-03-30T16:59:59Z'))).toBe('2025-03-30');
  });

  it('gives the day TZDate gives, across clock changes and odd offsets, on both sides of midnight', () => {
    // Santiago moves its clocks at midnight (a local midnight that does not exist), Lord Howe by
    // half an hour, Kathmandu is 5:45 ahead.
    const zones = [TZ, 'America/Santiago', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
    const differ: string[] = [];
    // Each local midnight of a year with both clock changes: the millisecond before it, and it.
    for (const tz of zones)
      for (let day = '2024-03-01'; day < '2025-03-02'; day = addDay(day, 1)) {
        const midnight = instantAt(day, tz).getTime();
        for (const t of [midnight - 1, midnight]) {
          const want = format(new TZDate(t, tz), 'yyyy-MM-dd');
          const got = dayIn(tz, new Date(t));
          if (got !== want) differ.push(`${tz} ${new Date(t).toISOString()}: ${got}, not ${want}`);
        }
      }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(() => dayIn('Not/AZone', new Date())).toThrow(RangeError);
  });

  it('counts and adds days as date-fns does, leap days and century years included', () => {
    const differ: string[] = [];
    const days = [
      '1999-12-31',
      '2000-02-28',
      '2000-02-29',
      '2024-02-29',
      '2025-03-30',
      '2100-02-28',
      '9999-12-31',
    ];
    for (let n = 0; n < 120; n++) days.push(addDay('2023-11-15', n * 17));
    for (const day of days)
      for (const n of [-800, -366, -365, -61, -1, 0, 1, 29, 365, 366, 1461]) {
        const want = format(addDays(parseISO(day), n), 'yyyy-MM-dd');
        if (addDay(day, n) !== want) differ.push(`${day} + ${n}: ${addDay(day, n)}, not ${want}`);
        const other = days[(n + 1000) % days.length] as string;
        const gap = differenceInCalendarDays(parseISO(other), parseISO(day));
        if (daysBetween(day, other) !== gap) differ.push(`${day} to ${other}: ${daysBetween(day, other)}`);
      }
    expect(differ.slice(0, 5)).toEqual([]);
    // Not a plain day: what date-fns says (NaN, a thrown RangeError), as before.
    expect(daysBetween('2025-02-30', '2025-03-01')).toBeNaN();
    expect(() => addDay('31/12/2025', 1)).toThrow(RangeError);
  });

  it('puts 08:00 local at 01:00 UTC', () => {
    expect(instantAt('2025-03-24', TZ, 8).toISOString()).toBe('2025-03-24T01:00:00.000Z');
  });

  it('counts 0 days left on the last day and -1 the day after', () => {
    const w = { first: '2025-01-01', last: '2025-03-31' };
    expect(positionIn(w, '2025-03-31')).toEqual({ phase: 'open', daysToOpen: 0, daysLeft: 0 });
    expect(positionIn(w, '2025-04-01').phase).toBe('passed');
    expect(positionIn(w, '2025-04-01').daysLeft).toBe(-1);
    expect(positionIn(w, '2024-12-31')).toEqual({ phase: 'upcoming', daysToOpen: 1, daysLeft: 90 });
    expect(positionIn(w, '2025-01-01').phase).toBe('open');
  });

  it('reads D/M/YYYY and refuses impossible dates with the reason', () => {
    expect(parseUserDay('5/4/2025')).toEqual({ day: '2025-04-05' });
    expect(parseUserDay('29/02/2024')).toEqual({ day: '2024-02-29' });
    expect(parseUserDay('31/02/2025')).toEqual({ error: 'impossible' });
    expect(parseUserDay('13/13/2025')).toEqual({ error: 'impossible' });
    expect(parseUserDay('ngày mai')).toEqual({ error: 'format' });
    expect(showDay('2025-06-29')).toBe('29/06/2025');
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });
});
