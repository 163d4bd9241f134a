import type { Day } from '../calendar.js';
import type { Pack } from '../knowledge/pack.js';
import type { Unit } from '../units/unit.js';
import { type Standing, standingOf } from './audience.js';

export interface StatsRow {
  /** Unit type code, or undefined for the total row. */
  type: string | undefined;
  registered: number;
  active: number;
  done: number;
  late: number;
  open: number;
  upcoming: number;
  /** Not done and no longer reachable (blocked the bot, removed it): not in late, open or upcoming. */
  unreachable: number;
}

/**
 * done + late + open + upcoming + unreachable = registered: each registered unit in one status, so
 * the statuses stack to the registered count (the charts' bars).
 */
export const STATUSES = ['done', 'late', 'open', 'upcoming', 'unreachable'] as const;
export type Status = (typeof STATUSES)[number];

export const STATS_COLUMNS = ['registered', 'active', ...STATUSES] as const;
export type StatsColumn = (typeof STATS_COLUMNS)[number];

export const emptyRow = (type: string | undefined): StatsRow => ({
  type,
  registered: 0,
  active: 0,
  done: 0,
  late: 0,
  open: 0,
  upcoming: 0,
  unreachable: 0,
});

/** A registered unit's one status: a held congress counts as done even when the chat is gone. */
export const statusOf = (unit: Unit, standing: Standing): Status =>
  standing !== 'done' && !unit.active ? 'unreachable' : standing;

/**
 * Adds one registered unit to a row. A switch of named fields, not `row[status]++`: V8 stores a
 * named field several times faster than a computed one, and this runs 300,000 times per
 * /thongke or dashboard overview of a city.
 */
export function count(row: StatsRow, unit: Unit, standing: Standing): void {
  row.registered++;
  if (unit.active) row.active++;
  switch (statusOf(unit, standing)) {
    case 'done':
      row.done++;
      break;
    case 'late':
      row.late++;
      break;
    case 'open':
      row.open++;
      break;
    case 'upcoming':
      row.upcoming++;
      break;
    case 'unreachable':
      row.unreachable++;
      break;
  }
}

/**
 * A unit's standing on `today` without its dates: it depends only on type, pilot and done, so the
 * window arithmetic runs once per (type, pilot) and day, not once per unit (100,000 in a city).
 */
export function standingCache(pack: Pack, today: Day): (unit: Unit) => Standing {
  const known = new Map<string, Standing>();
  return (unit) => {
    if (unit.doneAt) return 'done';
    const key = unit.pilot ? `${unit.type}\u0000p` : unit.type;
    let standing = known.get(key);
    if (standing === undefined) {
      standing = standingOf(pack, unit, today).standing;
      known.set(key, standing);
    }
    return standing;
  };
}

/**
 * Units by type. Registered counts every unit that has not unregistered (a unit that blocked the
 * bot is still registered, and its congress still counts); active counts the reachable ones;
 * a unit not done and unreachable counts as unreachable, not as late, open or upcoming.
 */
export function statsByType(pack: Pack, units: Unit[], today: Day): { rows: StatsRow[]; total: StatsRow } {
  const rows = new Map<string, StatsRow>(pack.unitTypes.map((t) => [t.code, emptyRow(t.code)]));
  const total = emptyRow(undefined);
  const standingOn = standingCache(pack, today);
  for (const unit of units) {
    if (unit.inactiveReason === 'unregistered') continue;
    let row = rows.get(unit.type);
    if (!row) {
      row = emptyRow(unit.type);
      rows.set(unit.type, row);
    }
    const standing = standingOn(unit);
    count(row, unit, standing);
    count(total, unit, standing);
  }
  return { rows: [...rows.values()], total };
}

const width = (s: string) => [...s.normalize('NFC')].length;
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/**
 * A plain monospace table: one line per type, a total line. `labels` holds the column headings and
 * the first column's heading and total label; `typeLabel` names a type (its short form).
 */
export function renderStatsTable(
  stats: { rows: StatsRow[]; total: StatsRow },
  labels: Record<StatsColumn | 'type' | 'total', string>,
  typeLabel: (code: string) => string,
): string {
  const body = [...stats.rows, stats.total].map((r) => [
    r.type === undefined ? labels.total : typeLabel(r.type),
    ...STATS_COLUMNS.map((c) => String(r[c])),
  ]);
  const head = [labels.type, ...STATS_COLUMNS.map((c) => labels[c])];
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? padEnd(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0)))
      .join(' ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + widths.length - 1);
  const rows = body.map(line);
  const totalLine = rows.pop() ?? '';
  return [line(head), rule, ...rows, rule, totalLine].join('\n');
}
