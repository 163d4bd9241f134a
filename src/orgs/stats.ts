import type { Day } from '../calendar.js';
import type { Pack } from '../knowledge/pack.js';
import { count, type StatsRow, standingCache } from '../staff/stats.js';
import type { Unit } from '../units/unit.js';
import { branchOf, childrenOf, orgOfUnit, type Tree } from './tree.js';

export const emptyRow = (type: string | undefined): StatsRow => ({
  type,
  registered: 0,
  active: 0,
  done: 0,
  late: 0,
  open: 0,
  upcoming: 0,
});

/**
 * /thongke's rows per organisation: one for the units held directly by organisation `top` (its id as `type`), one per child with its whole subtree, and the total. Counted
 * as `statsByType` counts (registered leaves out unregistered units; active the reachable ones).
 */
export function statsByOrg(
  pack: Pack,
  tree: Tree,
  top: string,
  units: Iterable<Unit>,
  today: Day,
): { rows: StatsRow[]; total: StatsRow } {
  const branch = branchOf(tree, top);
  const rows = new Map<string, StatsRow>([[top, emptyRow(top)]]);
  for (const child of childrenOf(tree, top)) rows.set(child, emptyRow(child));
  const total = emptyRow(undefined);
  const standing = standingCache(pack, today);
  for (const unit of units) {
    if (unit.inactiveReason === 'unregistered') continue;
    const row = rows.get(branch.get(orgOfUnit(tree, unit)) ?? '');
    if (!row) continue; // outside the scope
    const s = standing(unit);
    count(row, unit, s);
    count(total, unit, s);
  }
  return { rows: [...rows.values()], total };
}
