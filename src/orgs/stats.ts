import type { Day } from '../calendar.js';
import type { Pack } from '../knowledge/pack.js';
import { count, emptyRow, type StatsRow, standingCache } from '../staff/stats.js';
import type { UnitsRepo } from '../units/repo.js';
import type { Unit } from '../units/unit.js';
import { ROOT } from './org.js';
import { branchOf, childrenOf, type Tree } from './tree.js';

type Table = { rows: StatsRow[]; total: StatsRow };

/**
 * /thongke for organisation `top`'s subtree, in one pass over the units: rows by unit type (as
 * `statsByType` over the subtree's units) and rows by organisation: one for the units `top` holds
 * directly (its id as `type`), one per child with the child's whole subtree; both with the total.
 * Counted as `statsByType` counts (registered leaves out unregistered units; active the reachable).
 */
export function scopedStats(
  pack: Pack,
  tree: Tree,
  top: string,
  units: Iterable<Unit>,
  today: Day,
): { byType: Table; byOrg: Table } {
  const branch = branchOf(tree, top);
  const orgRows = new Map<string, StatsRow>([[top, emptyRow(top)]]);
  for (const child of childrenOf(tree, top)) orgRows.set(child, emptyRow(child));
  const typeRows = new Map<string, StatsRow>(pack.unitTypes.map((t) => [t.code, emptyRow(t.code)]));
  const total = emptyRow(undefined);
  const standing = standingCache(pack, today);
  for (const unit of units) {
    if (unit.inactiveReason === 'unregistered') continue;
    // One map lookup in the usual case; a unit of a removed organisation counts as the root's.
    let under = branch.get(unit.org ?? ROOT);
    if (under === undefined && unit.org !== undefined && !tree.byId.has(unit.org)) under = branch.get(ROOT);
    const orgRow = under === undefined ? undefined : orgRows.get(under);
    if (!orgRow) continue; // outside the subtree
    let typeRow = typeRows.get(unit.type);
    if (!typeRow) {
      typeRow = emptyRow(unit.type);
      typeRows.set(unit.type, typeRow);
    }
    const s = standing(unit);
    count(orgRow, unit, s);
    count(typeRow, unit, s);
    count(total, unit, s);
  }
  return {
    byType: { rows: [...typeRows.values()], total },
    byOrg: { rows: [...orgRows.values()], total: { ...total } },
  };
}

type Stats = ReturnType<typeof scopedStats>;
type Remembered = { pack: Pack; tree: Tree; stats: Stats };
type Units = Pick<UnitsRepo, 'all' | 'onChange'>;

/** How many (organisation, day) answers are kept per repository: the scopes asked about lately. */
const REMEMBERED = 8;
const memos = new WeakMap<Units, Map<string, Remembered>>();

/**
 * `scopedStats` over every unit of `units`, remembered: the pass over 100,000 units runs again only
 * after a unit changed (the repository's change event, which fires for each write it applies: a
 * registration, a unit marked done, a readiness step, another replica's write arriving through the
 * feed), when the tree or the pack is another object, or on another day. Most recent first, at most
 * `REMEMBERED` answers. The answer is shared by its callers (the dashboard, /thongke, /tochuc), so it
 * is frozen: read it, never change it.
 */
export function unitStats(pack: Pack, tree: Tree, top: string, units: Units, today: Day): Stats {
  let memo = memos.get(units);
  if (!memo) {
    const fresh = new Map<string, Remembered>();
    // Any write makes every remembered answer old; the next request counts again.
    units.onChange(() => fresh.clear());
    memos.set(units, fresh);
    memo = fresh;
  }
  const key = `${top}\u0000${today}`;
  const known = memo.get(key);
  memo.delete(key);
  if (known && known.pack === pack && known.tree === tree) {
    memo.set(key, known);
    return known.stats;
  }
  const stats = frozen(scopedStats(pack, tree, top, units.all(), today));
  memo.set(key, { pack, tree, stats });
  for (const oldest of memo.keys()) {
    if (memo.size <= REMEMBERED) break;
    memo.delete(oldest);
  }
  return stats;
}

function frozen(stats: Stats): Stats {
  for (const table of [stats.byType, stats.byOrg]) {
    for (const row of table.rows) Object.freeze(row);
    Object.freeze(table.rows);
    Object.freeze(table.total);
    Object.freeze(table);
  }
  return Object.freeze(stats);
}

/** The rows by organisation of `scopedStats`. */
export const statsByOrg = (pack: Pack, tree: Tree, top: string, units: Iterable<Unit>, today: Day): Table =>
  scopedStats(pack, tree, top, units, today).byOrg;
