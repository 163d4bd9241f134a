import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Org, ROOT } from '../../src/orgs/org.js';
import { scopeOf, unitsInScope } from '../../src/orgs/rules.js';
import { scopedStats, statsByOrg } from '../../src/orgs/stats.js';
import { buildTree, subtree } from '../../src/orgs/tree.js';
import { statsByType } from '../../src/staff/stats.js';
import { pack } from '../staff/fixtures.js';
import { makeUnitRecord } from '../support/units.js';

const at = '2026-01-01T00:00:00.000Z';
const TYPES = pack.unitTypes.map((t) => t.code);

/** A random tree of up to 12 organisations (each one's parent created before it) and units in it. */
const world = fc.array(fc.nat(), { maxLength: 12 }).chain((parents) => {
  const ids = [ROOT, ...parents.map((_, i) => `o${i}`)];
  const orgs: Org[] = [
    { id: ROOT, name: 'Root', createdAt: at, createdBy: 0, updatedAt: at },
    ...parents.map((p, i) => ({
      id: `o${i}`,
      name: `Org ${i}`,
      parent: ids[p % (i + 1)] as string,
      createdAt: at,
      createdBy: 0,
      updatedAt: at,
    })),
  ];
  const unit = fc.record({
    org: fc.constantFrom(...ids, 'removed'),
    type: fc.constantFrom(...TYPES),
    pilot: fc.boolean(),
    done: fc.boolean(),
    state: fc.constantFrom('active', 'blocked', 'unregistered'),
  });
  return fc.record({
    orgs: fc.constant(orgs),
    ids: fc.constant(ids),
    units: fc.array(unit, { maxLength: 40 }),
  });
});

describe('statistics per organisation', () => {
  it('counts each child’s whole subtree, the own units apart, and totals what the scope covers', () => {
    fc.assert(
      fc.property(
        world,
        fc.nat(),
        fc.constantFrom('2025-01-15', '2025-06-01', '2026-01-01'),
        (w, pickOrg, today) => {
          const tree = buildTree(w.orgs);
          const org = w.ids[pickOrg % w.ids.length] as string;
          const scope = scopeOf(tree, 9, { userId: 9, org, addedAt: at, addedBy: 1 }, []);
          if (!scope) throw new Error('no scope');
          const units = w.units.map((u, i) =>
            makeUnitRecord({
              chatId: i + 1,
              type: u.type,
              pilot: u.pilot,
              ...(u.org === ROOT ? {} : { org: u.org }),
              ...(u.done ? { doneAt: '2025-03-01T00:00:00.000Z' } : {}),
              ...(u.state === 'active'
                ? {}
                : { active: false, inactiveReason: u.state === 'blocked' ? 'blocked' : 'unregistered' }),
            }),
          );
          const got = statsByOrg(pack, tree, scope.org, units, today);
          const byType = statsByType(pack, unitsInScope(scope, units), today);
          expect(got.total).toEqual({ ...byType.total });
          expect(scopedStats(pack, tree, scope.org, units, today).byType).toEqual(byType);
          const [own, ...children] = got.rows;
          expect(children.map((r) => r.type)).toEqual([...(tree.children.get(org) ?? [])]);
          for (const row of children) {
            const inside = subtree(tree, row.type as string);
            const expected = statsByType(
              pack,
              units.filter((u) => inside.has(u.org !== undefined && tree.byId.has(u.org) ? u.org : ROOT)),
              today,
            ).total;
            expect({ ...row, type: undefined }).toEqual(expected);
          }
          const direct = units.filter(
            (u) => (u.org !== undefined && tree.byId.has(u.org) ? u.org : ROOT) === org,
          );
          expect({ ...own, type: undefined }).toEqual(statsByType(pack, direct, today).total);
        },
      ),
      { numRuns: 300 },
    );
  });
});
