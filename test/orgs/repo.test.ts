import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { parsePayload } from '../../src/orgs/invitations.js';
import { ROOT } from '../../src/orgs/org.js';
import { OrgsRepo } from '../../src/orgs/repo.js';
import { FeedSync, openFeed } from '../../src/store/feed.js';
import { openStore, type Store } from '../../src/store/index.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { describeWith, POSTGRES_URL } from '../support/services.js';
import { makeUnitRecord } from '../support/units.js';
import { tempStore } from '../units/helpers.js';

const ADMIN = 1;
const HOUR = 3600_000;

async function fresh(store?: Store) {
  const s = store ?? (await tempStore());
  const clock = new ManualClock('2026-03-01T01:00:00Z');
  const repo = new OrgsRepo(s, clock, { rootName: 'Thành ủy Hà Nội', adminIds: [ADMIN] });
  await repo.load();
  return { store: s, clock, repo };
}

async function created(repo: OrgsRepo, parent: string, name: string) {
  const made = await repo.create(parent, name, ADMIN);
  if (made.kind !== 'ok') throw new Error(`not created: ${made.kind}`);
  return made.org;
}

describe('OrgsRepo', () => {
  it('starts an existing store with only the root, named by the configuration, holding every unit', async () => {
    const { store, repo } = await fresh();
    expect([...repo.tree().byId.keys()]).toEqual([ROOT]);
    expect(repo.get(ROOT)?.name).toBe('Thành ủy Hà Nội');
    const scope = repo.scopeFor(ADMIN);
    expect(scope?.isRoot).toBe(true);
    expect(scope?.hasUnit(makeUnitRecord({ chatId: 5 }))).toBe(true);
    expect(repo.scopeFor(2)).toBeUndefined();
    await store.close();
  });

  it('keeps organisations, staff and links across a restart', async () => {
    const { store, clock, repo } = await fresh();
    const ward = await created(repo, ROOT, 'Phường Ba Đình');
    const payload = await repo.issueStaffInvite(ward.id, ADMIN);
    const reg = await repo.registrationLink(ward.id, ADMIN);
    expect(await repo.acceptStaffInvite(payload ?? '', { id: 20, name: 'Lan' })).toMatchObject({
      kind: 'ok',
    });
    const again = new OrgsRepo(store, clock, { rootName: 'Thành ủy Hà Nội', adminIds: [ADMIN] });
    await again.load();
    expect(again.get(ward.id)?.name).toBe('Phường Ba Đình');
    expect(again.scopeFor(20)?.orgs).toEqual(new Set([ward.id]));
    expect(await again.registrationLink(ward.id, ADMIN)).toBe(reg);
    expect(await again.resolveRegistration(reg ?? '')).toMatchObject({ kind: 'ok', org: { id: ward.id } });
    await store.close();
  });

  it('stores a staff invitation only as a hash, uses it once, and refuses it after 72 hours', async () => {
    const { store, clock, repo } = await fresh();
    const ward = await created(repo, ROOT, 'Phường A');
    const payload = (await repo.issueStaffInvite(ward.id, ADMIN)) ?? '';
    const raw = store.collection<unknown>('org-invites');
    for await (const [key, value] of raw.entries()) {
      expect(key).not.toContain(payload.slice(1));
      expect(JSON.stringify(value)).not.toContain(payload.slice(1));
    }
    // Two people open it at once: exactly one becomes staff.
    const [a, b] = await Promise.all([
      repo.acceptStaffInvite(payload, { id: 20 }),
      repo.acceptStaffInvite(payload, { id: 21 }),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['ok', 'used']);
    expect(repo.scopeFor(21)).toBeUndefined();
    const late = (await repo.issueStaffInvite(ward.id, ADMIN)) ?? '';
    clock.advance(72 * HOUR);
    expect(await repo.acceptStaffInvite(late, { id: 22 })).toEqual({ kind: 'expired' });
    expect(repo.scopeFor(22)).toBeUndefined();
    expect(await repo.acceptStaffInvite(`s${'A'.repeat(22)}`, { id: 22 })).toEqual({ kind: 'unknown' });
    expect(await repo.acceptStaffInvite('s-bad', { id: 22 })).toEqual({ kind: 'malformed' });
    await store.close();
  });

  it('leaves ADMIN_IDS and existing members as they are, the link unused', async () => {
    const { store, repo } = await fresh();
    const ward = await created(repo, ROOT, 'Phường A');
    const payload = (await repo.issueStaffInvite(ward.id, ADMIN)) ?? '';
    expect(await repo.acceptStaffInvite(payload, { id: ADMIN })).toMatchObject({ kind: 'admin' });
    expect(repo.scopeFor(ADMIN)?.isRoot).toBe(true);
    expect(await repo.acceptStaffInvite(payload, { id: 30 })).toMatchObject({ kind: 'ok' });
    const second = (await repo.issueStaffInvite(ward.id, ADMIN)) ?? '';
    expect(await repo.acceptStaffInvite(second, { id: 30 })).toMatchObject({ kind: 'already' });
    expect(await repo.acceptStaffInvite(second, { id: 31 })).toMatchObject({ kind: 'ok' });
    await store.close();
  });

  it('revokes a registration link: the old one is refused as revoked, a new one works', async () => {
    const { store, repo } = await fresh();
    const ward = await created(repo, ROOT, 'Phường A');
    const first = (await repo.registrationLink(ward.id, ADMIN)) ?? '';
    expect(await repo.revokeRegistration(ward.id)).toBe(true);
    expect(await repo.resolveRegistration(first)).toEqual({ kind: 'revoked' });
    const second = (await repo.registrationLink(ward.id, ADMIN)) ?? '';
    expect(second).not.toBe(first);
    expect(await repo.resolveRegistration(second)).toMatchObject({ kind: 'ok' });
    const guessed = `r${'B'.repeat(22)}${ward.id}`;
    expect(await repo.resolveRegistration(guessed)).toEqual({ kind: 'unknown' });
    expect(parsePayload(first).kind).toBe('registration');
    await store.close();
  });

  it('removes only empty organisations, and their staff with them', async () => {
    const { store, repo } = await fresh();
    const ward = await created(repo, ROOT, 'Phường A');
    const cell = await created(repo, ward.id, 'Đảng bộ khu 1');
    expect(await repo.remove(ward.id, () => 0)).toBe('has-children');
    expect(await repo.remove(cell.id, () => 2)).toBe('has-units');
    expect(await repo.remove(ROOT, () => 0)).toBe('root');
    const payload = (await repo.issueStaffInvite(cell.id, ADMIN)) ?? '';
    await repo.acceptStaffInvite(payload, { id: 40 });
    expect(await repo.remove(cell.id, () => 0)).toBe('ok');
    expect(repo.get(cell.id)).toBeUndefined();
    expect(repo.scopeFor(40)).toBeUndefined();
    expect(await repo.create(ROOT, 'phường a', ADMIN)).toEqual({ kind: 'bad-name', error: 'duplicate' });
    await store.close();
  });

  it('moves a unit within the mover’s subtree only, and ADMIN_IDS cannot be removed', async () => {
    const { store, clock, repo } = await fresh();
    const units = new UnitsRepo(store, clock);
    await units.load();
    const a = await created(repo, ROOT, 'Phường A');
    const b = await created(repo, ROOT, 'Phường B');
    await units.update(-100, () => makeUnitRecord({ chatId: -100, chatType: 'group', org: a.id }));
    await repo.acceptStaffInvite((await repo.issueStaffInvite(a.id, ADMIN)) ?? '', { id: 50 });
    const ward = repo.scopeFor(50);
    const root = repo.scopeFor(ADMIN);
    if (!ward || !root) throw new Error('no scope');
    expect(await repo.moveUnit(units, ward, -100, b.id)).toBe('target-outside');
    expect(units.get(-100)?.org).toBe(a.id);
    expect(await repo.moveUnit(units, root, -100, b.id)).toBe('ok');
    expect(units.get(-100)?.org).toBe(b.id);
    expect(await repo.moveUnit(units, ward, -100, a.id)).toBe('unit-outside');
    expect(await repo.moveUnit(units, root, -999, a.id)).toBe('unknown');
    expect(await repo.removeStaff(ward, ADMIN)).toBe('admin');
    expect(await repo.removeStaff(ward, 50)).toBe('self');
    expect(await repo.removeStaff(root, 50)).toBe('ok');
    expect(repo.scopeFor(50)).toBeUndefined();
    await store.close();
  });
});

describeWith('postgres', 'OrgsRepo on shared PostgreSQL', () => {
  const dbName = `daihoi_orgs_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  let url: string;
  const closers: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const u = new URL(POSTGRES_URL);
    u.pathname = `/${dbName}`;
    url = u.toString();
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await store?.close();
    // Not WITH (FORCE): that kills connections a closing pool is still saying goodbye on, which
    // surfaces as an uncaught error here. Wait, with a deadline, until they are gone.
    for (const deadline = Date.now() + 10_000; ; ) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    await admin.end();
  });

  let store: Store | undefined;
  // Two repositories with their own memory and feed cursor are two replicas; @keyv/postgres keeps
  // one pool per process, so they share one store object.
  const replica = async () => {
    store ??= await openStore(url);
    const sync = new FeedSync(openFeed(url));
    closers.unshift(() => sync.feed.close());
    await sync.mark();
    const repo = new OrgsRepo(store, new ManualClock('2026-03-01T01:00:00Z'), {
      rootName: 'Thành ủy',
      adminIds: [ADMIN],
      sync,
    });
    await repo.load();
    return { repo, sync };
  };

  it("brings one replica's organisations and staff to the other through the change feed", async () => {
    const [one, two] = [await replica(), await replica()];
    const ward = await created(one.repo, ROOT, 'Phường A');
    const payload = (await one.repo.issueStaffInvite(ward.id, ADMIN)) ?? '';
    // The invitation was made on one replica and is opened on the other.
    expect(await two.repo.acceptStaffInvite(payload, { id: 60 })).toMatchObject({ kind: 'ok' });
    expect(await one.repo.acceptStaffInvite(payload, { id: 61 })).toEqual({ kind: 'used' });
    await one.sync.sync();
    expect(one.repo.scopeFor(60)?.org).toBe(ward.id);
    await one.repo.rename(ward.id, 'Phường Ba Đình');
    await two.sync.sync();
    expect(two.repo.get(ward.id)?.name).toBe('Phường Ba Đình');
    expect(await two.repo.create(ROOT, 'phường ba đình', ADMIN)).toEqual({
      kind: 'bad-name',
      error: 'duplicate',
    });
  });
});
