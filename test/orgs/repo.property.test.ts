import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { ROOT } from '../../src/orgs/org.js';
import { OrgsRepo } from '../../src/orgs/repo.js';
import type { Store } from '../../src/store/index.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { makeUnitRecord } from '../support/units.js';
import { tempStore } from '../units/helpers.js';

/**
 * Random sequences of create / rename / remove / invite / accept / remove staff / move unit /
 * time passing, against a simple model: organisations as (name, parent), staff as user -> org,
 * invitations as (org, made at, used), units as unit -> org. After every run the repository, a
 * reload of the store, and every user's scope must equal the model.
 */

const ADMIN = 1;
const USERS = [1, 2, 3];
const UNITS = 6;
const NAMES = ['Phường A', 'phường  a', ' Phường B ', 'Xã C', '', 'x'.repeat(121), 'Đảng bộ D'];
const HOUR = 3600_000;

type Command =
  | { op: 'create'; parent: number; name: string; by: number }
  | { op: 'rename'; org: number; name: string }
  | { op: 'remove'; org: number }
  | { op: 'invite'; org: number }
  | { op: 'accept'; invite: number; user: number }
  | { op: 'unstaff'; actor: number; target: number }
  | { op: 'move'; actor: number; unit: number; org: number }
  | { op: 'wait'; hours: number };

const idx = fc.nat({ max: 20 });
const user = fc.constantFrom(...USERS);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), parent: idx, name: fc.constantFrom(...NAMES), by: user }),
  fc.record({ op: fc.constant('rename' as const), org: idx, name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('remove' as const), org: idx }),
  fc.record({ op: fc.constant('invite' as const), org: idx }),
  fc.record({ op: fc.constant('accept' as const), invite: idx, user }),
  fc.record({ op: fc.constant('unstaff' as const), actor: user, target: user }),
  fc.record({ op: fc.constant('move' as const), actor: user, unit: fc.nat({ max: UNITS - 1 }), org: idx }),
  fc.record({ op: fc.constant('wait' as const), hours: fc.constantFrom(1, 24, 71, 73) }),
);

interface Model {
  /** Ids in creation order, the root first; removed ones stay so indexes keep pointing somewhere. */
  ids: string[];
  orgs: Map<string, { name: string; parent: string }>;
  staff: Map<number, string>;
  invites: Array<{ payload: string; org: string; at: number; used: boolean }>;
  units: Map<number, string>;
}

const plain = (s: string) => s.trim().replace(/\s+/g, ' ');
const validName = (m: Model, parent: string, name: string, self?: string) => {
  const p = plain(name);
  const n = [...p].length;
  if (n < 2 || n > 120) return false;
  return ![...m.orgs].some(
    ([id, o]) => id !== self && o.parent === parent && o.name.toLowerCase() === p.toLowerCase(),
  );
};
const pick = (m: Model, i: number) => m.ids[i % m.ids.length] as string;
const isOrg = (m: Model, id: string) => id === ROOT || m.orgs.has(id);
function subtreeOf(m: Model, id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, o] of m.orgs)
      if (out.has(o.parent) && !out.has(child)) {
        out.add(child);
        grew = true;
      }
  }
  return out;
}
const scopeOfModel = (m: Model, u: number): Set<string> | undefined => {
  if (u === ADMIN) return subtreeOf(m, ROOT);
  const org = m.staff.get(u);
  return org !== undefined && isOrg(m, org) ? subtreeOf(m, org) : undefined;
};

async function step(repo: OrgsRepo, units: UnitsRepo, clock: ManualClock, m: Model, c: Command) {
  switch (c.op) {
    case 'create': {
      const parent = pick(m, c.parent);
      const got = await repo.create(parent, c.name, c.by);
      const ok = isOrg(m, parent) && validName(m, parent, c.name);
      expect(got.kind === 'ok').toBe(ok);
      if (got.kind === 'ok') {
        m.ids.push(got.org.id);
        m.orgs.set(got.org.id, { name: plain(c.name), parent });
      }
      return;
    }
    case 'rename': {
      const id = pick(m, c.org);
      const got = await repo.rename(id, c.name);
      const o = m.orgs.get(id);
      const ok = o !== undefined && validName(m, o.parent, c.name, id);
      expect(got.kind === 'ok').toBe(ok);
      if (ok && o) o.name = plain(c.name);
      return;
    }
    case 'remove': {
      const id = pick(m, c.org);
      const held = [...m.units.values()].filter((o) => o === id).length;
      const got = await repo.remove(id, (org) => units.all().filter((u) => (u.org ?? ROOT) === org).length);
      const ok = m.orgs.has(id) && held === 0 && ![...m.orgs.values()].some((o) => o.parent === id);
      expect(got === 'ok').toBe(ok);
      if (ok) {
        m.orgs.delete(id);
        for (const [u, org] of m.staff) if (org === id) m.staff.delete(u);
      }
      return;
    }
    case 'invite': {
      const id = pick(m, c.org);
      const payload = await repo.issueStaffInvite(id, ADMIN);
      expect(payload !== undefined).toBe(isOrg(m, id));
      if (payload) m.invites.push({ payload, org: id, at: clock.now().getTime(), used: false });
      return;
    }
    case 'accept': {
      const inv = m.invites[c.invite % Math.max(1, m.invites.length)];
      if (!inv) return;
      const got = await repo.acceptStaffInvite(inv.payload, { id: c.user });
      const expected = inv.used
        ? 'used'
        : clock.now().getTime() - inv.at >= 72 * HOUR
          ? 'expired'
          : !isOrg(m, inv.org)
            ? 'gone'
            : c.user === ADMIN
              ? 'admin'
              : m.staff.get(c.user) === inv.org
                ? 'already'
                : 'ok';
      expect(got.kind).toBe(expected);
      if (expected === 'ok') {
        inv.used = true;
        m.staff.set(c.user, inv.org);
      }
      return;
    }
    case 'unstaff': {
      const scope = repo.scopeFor(c.actor);
      const model = scopeOfModel(m, c.actor);
      expect(scope !== undefined).toBe(model !== undefined);
      if (!scope || !model) return;
      const got = await repo.removeStaff(scope, c.target);
      const target = m.staff.get(c.target);
      const ok = c.target !== c.actor && c.target !== ADMIN && target !== undefined && model.has(target);
      expect(got === 'ok').toBe(ok);
      if (ok) m.staff.delete(c.target);
      return;
    }
    case 'move': {
      const scope = repo.scopeFor(c.actor);
      const model = scopeOfModel(m, c.actor);
      if (!scope || !model) return;
      const target = pick(m, c.org);
      const from = m.units.get(c.unit) ?? ROOT;
      const got = await repo.moveUnit(units, scope, -100 - c.unit, target);
      const ok = model.has(from) && isOrg(m, target) && model.has(target) && from !== target;
      expect(got === 'ok').toBe(ok);
      if (ok) m.units.set(c.unit, target);
      return;
    }
    case 'wait':
      clock.advance(c.hours * HOUR);
  }
}

function expectEqual(repo: OrgsRepo, units: UnitsRepo, m: Model) {
  const tree = repo.tree();
  const seen = new Map(
    [...tree.byId.values()]
      .filter((o) => o.id !== ROOT)
      .map((o) => [o.id, { name: o.name, parent: o.parent }]),
  );
  expect(seen).toEqual(m.orgs);
  for (const u of USERS) expect(repo.scopeFor(u)?.orgs).toEqual(scopeOfModel(m, u));
  for (let i = 0; i < UNITS; i++) expect(units.get(-100 - i)?.org ?? ROOT).toBe(m.units.get(i) ?? ROOT);
}

describe('OrgsRepo against a model', () => {
  let store: Store;
  beforeAll(async () => {
    store = await tempStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('keeps organisations, staff, invitations, scopes and unit moves equal to the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 50 }), async (commands) => {
        // A fresh store per run would be slow; wipe the collections this test writes instead.
        for (const name of ['orgs', 'org-staff', 'org-invites', 'units']) {
          const c = store.collection<unknown>(name);
          for await (const [key] of c.entries()) await c.delete(key);
        }
        const clock = new ManualClock('2026-03-01T01:00:00Z');
        const repo = new OrgsRepo(store, clock, { rootName: 'Thành ủy', adminIds: [ADMIN] });
        const units = new UnitsRepo(store, clock);
        await Promise.all([repo.load(), units.load()]);
        for (let i = 0; i < UNITS; i++)
          await units.update(-100 - i, () => makeUnitRecord({ chatId: -100 - i, chatType: 'group' }));
        const m: Model = { ids: [ROOT], orgs: new Map(), staff: new Map(), invites: [], units: new Map() };
        for (const c of commands) await step(repo, units, clock, m, c);
        expectEqual(repo, units, m);
        const again = new OrgsRepo(store, clock, { rootName: 'Thành ủy', adminIds: [ADMIN] });
        const unitsAgain = new UnitsRepo(store, clock);
        await Promise.all([again.load(), unitsAgain.load()]);
        expectEqual(again, unitsAgain, m);
      }),
      { numRuns: 100 },
    );
  });
});
