import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dayIn } from '../src/calendar.js';
import { loadPack } from '../src/knowledge/pack.js';
import { type Org, ROOT } from '../src/orgs/org.js';
import { scopeOf, unitsInScope } from '../src/orgs/rules.js';
import { statsByOrg } from '../src/orgs/stats.js';
import { buildTree } from '../src/orgs/tree.js';
import { CONFIG_DIR } from '../src/paths.js';
import { renderStatsTable, STATS_COLUMNS, statsByType } from '../src/staff/stats.js';
import type { Unit } from '../src/units/unit.js';

/**
 * stats_100k_ms: the root's /thongke over 100,000 units in 500 organisations (50 wards under the
 * city, 9 organisations under each), in-process: the scope, the rows by type and by child
 * organisation, and both tables rendered; median of runs.
 */
const N = 100_000;
const ORGS = 500;
const RUNS = 15;
const pack = loadPack(join(CONFIG_DIR, 'dh-2025-2030.yaml'));
const types = pack.unitTypes.map((t) => t.code);
const at = '2025-01-01T00:00:00.000Z';

const orgs: Org[] = [{ id: ROOT, name: 'Thành ủy', createdAt: at, createdBy: 0, updatedAt: at }];
for (let i = 0; i < ORGS; i++) {
  const parent = i < 50 ? ROOT : `o${i % 50}`;
  orgs.push({ id: `o${i}`, name: `Tổ chức ${i}`, parent, createdAt: at, createdBy: 1, updatedAt: at });
}
const units: Unit[] = Array.from({ length: N }, (_, i) => ({
  chatId: 1_000_000 + i,
  chatType: 'private',
  type: types[i % types.length] as string,
  name: `Chi bộ số ${i}`,
  pilot: i % 50 === 0,
  secretaryId: 1_000_000 + i,
  registeredAt: at,
  updatedAt: at,
  paused: false,
  active: i % 101 !== 0,
  ...(i % 11 === 0 ? { doneAt: '2025-05-01T10:00:00+07:00' } : {}),
  ...(i % 250 === 0 ? {} : { org: `o${i % ORGS}` }),
}));
const labels = {
  type: 'type',
  total: 'total',
  ...Object.fromEntries(STATS_COLUMNS.map((c) => [c, c])),
} as Parameters<typeof renderStatsTable>[1];

const tree = buildTree(orgs);
const today = dayIn('Asia/Ho_Chi_Minh', new Date('2025-06-22T08:00:00+07:00'));
const names = (id: string) => tree.byId.get(id)?.name ?? id;
const once = () => {
  const scope = scopeOf(tree, 1, undefined, [1]);
  if (!scope) throw new Error('no scope');
  const byType = renderStatsTable(statsByType(pack, unitsInScope(scope, units), today), labels, (c) => c);
  const byOrg = renderStatsTable(statsByOrg(pack, tree, scope.org, units, today), labels, names);
  return byType.length + byOrg.length;
};
once();
const times: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  once();
  times.push(performance.now() - t0);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
process.stdout.write(`bench stats_100k_ms ${median.toFixed(1)} ms\n`);
