import type { Day } from '../calendar.js';
import { fold } from '../knowledge/normalize.js';
import { congressWindow, type Pack } from '../knowledge/pack.js';
import type { scopedStats } from '../orgs/stats.js';
import { orgOfUnit, subtree, type Tree } from '../orgs/tree.js';
import type { Standing } from '../staff/audience.js';
import { type StatsRow, type Status, standingCache, statusOf } from '../staff/stats.js';
import { isStepDone, unitSteps } from '../units/readiness.js';
import type { Unit } from '../units/unit.js';
import type { UnitsQuery } from './query.js';

/**
 * What the dashboard's views show, as plain data: no HTTP, no Telegram. Counting is the bot's own
 * (orgs/stats.ts `scopedStats`, staff/stats.ts `statusOf`), so the page and /thongke cannot disagree.
 */

/** A stats row as the dashboard shows it: each registered unit in one status (they add up to `registered`). */
export interface StatusCounts {
  key: string | undefined;
  registered: number;
  done: number;
  late: number;
  open: number;
  upcoming: number;
  unreachable: number;
}

const counts = (row: StatsRow): StatusCounts => ({
  key: row.type,
  registered: row.registered,
  done: row.done,
  late: row.late,
  open: row.open,
  upcoming: row.upcoming,
  unreachable: row.unreachable,
});

export interface Overview {
  org: string;
  today: Day;
  byType: { rows: StatusCounts[]; total: StatusCounts };
  /** One row for the units `org` holds directly (key: `org`), one per child with its whole subtree. */
  byOrg: { rows: StatusCounts[]; total: StatusCounts };
}

/** The units of an organisation's subtree (a unit of a removed organisation is the root's). */
export function unitsUnder(tree: Tree, org: string, units: Iterable<Unit>): Unit[] {
  const inside = subtree(tree, org);
  const out: Unit[] = [];
  for (const u of units) if (inside.has(orgOfUnit(tree, u))) out.push(u);
  return out;
}

/** The overview of `org`'s subtree from `/thongke`'s statistics (orgs/stats.ts `scopedStats`, one pass). */
export function overview(org: string, today: Day, stats: ReturnType<typeof scopedStats>): Overview {
  return {
    org,
    today,
    byType: { rows: stats.byType.rows.map(counts), total: counts(stats.byType.total) },
    byOrg: { rows: stats.byOrg.rows.map(counts), total: counts(stats.byOrg.total) },
  };
}

/** One line of the unit table (and of its download). */
export interface UnitRow {
  chatId: number;
  name: string;
  type: string;
  org: string;
  /** Its one status, as the overview counts it (staff/stats.ts `statusOf`). */
  status: Status;
  active: boolean;
  registeredAt: string;
  deadline: Day | undefined;
  congressDate: Day | undefined;
  doneAt: string | undefined;
  stepsDone: number;
  stepsTotal: number;
}

export interface UnitPage {
  total: number;
  page: number;
  size: number;
  rows: UnitRow[];
}

/** The units `q` names: filters, search (without diacritics or case), then the sort. */
export function filterUnits(
  pack: Pack,
  tree: Tree,
  units: Unit[],
  q: Omit<UnitsQuery, 'page' | 'size' | 'org'> & { org: string },
  today: Day,
  orgName: (id: string) => string,
): { units: Unit[]; rows: UnitRow[] } {
  const standing = standingCache(pack, today);
  const needle = q.q ? fold(q.q) : '';
  const stepTypes = q.step ? (pack.checklist.steps.find((s) => s.id === q.step)?.types ?? []) : [];
  const kept: Array<{ unit: Unit; row: UnitRow }> = [];
  for (const unit of unitsUnder(tree, q.org, units)) {
    if (unit.inactiveReason === 'unregistered') continue;
    if (q.type && unit.type !== q.type) continue;
    if (q.step) {
      if (!stepTypes.includes(unit.type)) continue;
      const done = unit.readiness?.[q.step] !== undefined;
      if (done !== (q.stepState === 'done')) continue;
    }
    if (needle && !fold(unit.name).includes(needle)) continue;
    const row = rowOf(pack, tree, unit, standing(unit));
    if (q.status && row.status !== q.status) continue;
    kept.push({ unit, row });
  }
  const compare = comparator(q.sort, orgName);
  kept.sort((a, b) => compare(a.row, b.row) * (q.dir === 'desc' ? -1 : 1));
  return { units: kept.map((k) => k.unit), rows: kept.map((k) => k.row) };
}

function rowOf(pack: Pack, tree: Tree, unit: Unit, standing: Standing): UnitRow {
  // The unit's steps (its type's, as /trangthai's N/M counts them), looked up once per type.
  const steps = stepsOf(pack, unit.type);
  let done = 0;
  for (const step of steps) if (isStepDone(unit, step.id)) done++;
  const window = windowLast(pack, unit);
  return {
    chatId: unit.chatId,
    name: unit.name,
    type: unit.type,
    org: orgOfUnit(tree, unit),
    status: statusOf(unit, standing),
    active: unit.active,
    registeredAt: unit.registeredAt,
    deadline: window,
    congressDate: unit.congressDate,
    doneAt: unit.doneAt,
    stepsDone: done,
    stepsTotal: steps.length,
  };
}

const typeSteps = new WeakMap<Pack, Map<string, ReturnType<typeof unitSteps>>>();
function stepsOf(pack: Pack, type: string): ReturnType<typeof unitSteps> {
  let known = typeSteps.get(pack);
  if (!known) {
    known = new Map();
    typeSteps.set(pack, known);
  }
  let steps = known.get(type);
  if (!steps) {
    steps = unitSteps(pack, { type });
    known.set(type, steps);
  }
  return steps;
}

/** The last day of each (type, pilot)'s congress window, computed once per pair. */
const deadlines = new WeakMap<Pack, Map<string, Day | undefined>>();
function windowLast(pack: Pack, unit: Unit): Day | undefined {
  let known = deadlines.get(pack);
  if (!known) {
    known = new Map();
    deadlines.set(pack, known);
  }
  const key = `${unit.type}\u0000${unit.pilot ? 'p' : ''}`;
  if (!known.has(key)) known.set(key, congressWindow(pack, unit.type, unit.pilot)?.last);
  return known.get(key);
}

const STATUS_ORDER: Record<Status, number> = { late: 0, open: 1, upcoming: 2, unreachable: 3, done: 4 };
const collator = new Intl.Collator('vi');

/** Orders rows by a column, then by name, then by chat id (a stable total order for paging). */
function comparator(sort: UnitsQuery['sort'], orgName: (id: string) => string) {
  const byKey = (row: UnitRow): string | number => {
    switch (sort) {
      case 'name':
        return '';
      case 'type':
        return row.type;
      case 'org':
        return orgName(row.org);
      case 'status':
        return STATUS_ORDER[row.status];
      case 'deadline':
        return row.deadline ?? '9999-12-31';
      case 'readiness':
        return row.stepsTotal === 0 ? 2 : row.stepsDone / row.stepsTotal;
      case 'registered':
        return row.registeredAt;
    }
  };
  return (a: UnitRow, b: UnitRow): number => {
    const ka = byKey(a);
    const kb = byKey(b);
    const first =
      typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return first || collator.compare(a.name, b.name) || a.chatId - b.chatId;
  };
}

/** One page of rows; a page past the end is empty (the total says how many there are). */
export function pageOf(rows: UnitRow[], page: number, size: number): UnitPage {
  return { total: rows.length, page, size, rows: rows.slice((page - 1) * size, page * size) };
}
