import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { ROOT } from '../../src/orgs/org.js';
import { scopedStats, unitStats } from '../../src/orgs/stats.js';
import { buildTree } from '../../src/orgs/tree.js';
import { FeedSync, openFeed } from '../../src/store/feed.js';
import { openStore, type Store } from '../../src/store/index.js';
import { setStep } from '../../src/units/readiness.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { markDone } from '../../src/units/rules.js';
import { pack } from '../staff/fixtures.js';
import { describeWith, REDIS_URL } from '../support/services.js';
import { makeUnitRecord } from '../support/units.js';
import { CITY, type Fixture, initData, STAFF_A, startFixture } from './fixture.js';

type Counts = Record<string, number>;
const STATUSES = ['registered', 'done', 'late', 'open', 'upcoming', 'unreachable'] as const;

/**
 * The overview's statistics are remembered between requests (orgs/stats.ts `unitStats`); these
 * check that no write and no new day is answered with the numbers from before it.
 */
describe('dashboard overview: remembered statistics are never stale', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(async () => {
    await f.close();
  });

  const overview = async (
    userId = STAFF_A,
  ): Promise<{ total: Counts; rows: Array<Counts & { key: string }> }> => {
    const res = await fetch(`${f.base}api/overview`, {
      headers: { authorization: `tma ${initData(userId)}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { byType: { total: Counts; rows: Array<Counts & { key: string }> } })
      .byType;
  };
  const now = () => f.h.deps.clock.now();

  it('counts a unit registered after the last request', async () => {
    const before = (await overview()).total;
    const unit = makeUnitRecord({ chatId: -150, org: f.org.A, type: 'chi-bo-co-so', name: 'Chi bộ Mới' });
    await f.h.deps.units.update(unit.chatId, () => unit);
    const after = (await overview()).total;
    expect(after.registered).toBe((before.registered ?? 0) + 1);
    expect(after.upcoming).toBe((before.upcoming ?? 0) + 1);
  });

  it('counts a unit marked done after the last request', async () => {
    const before = (await overview()).total;
    await f.h.deps.units.update(-101, (u) => (u ? markDone(u, now()) : u));
    const after = (await overview()).total;
    expect(after.done).toBe((before.done ?? 0) + 1);
    expect(after.open).toBe((before.open ?? 0) - 1);
  });

  it('counts again after a readiness step is ticked, and reuses the counts while nothing is written', async () => {
    const { units, pack: p, orgs } = f.h.deps;
    const today = f.h.deps.staff.today();
    const first = unitStats(p, orgs.tree(), f.org.A, units, today);
    // Nothing written: the dashboard's request is answered from the same counts.
    await overview();
    expect(unitStats(p, orgs.tree(), f.org.A, units, today)).toBe(first);
    await units.update(-107, (u) => {
      const change = setStep(u, p, 'quan-triet', true, CITY, now());
      return change.kind === 'ok' ? change.unit : u;
    });
    expect(units.get(-107)?.readiness?.['quan-triet']).toBeDefined();
    const again = unitStats(p, orgs.tree(), f.org.A, units, today);
    expect(again).not.toBe(first);
    expect(again).toEqual(scopedStats(p, orgs.tree(), f.org.A, units.all(), today));
  });

  it('counts again when the day turns at midnight', async () => {
    const { units, pack: p, orgs, staff } = f.h.deps;
    const clock = f.h.clock;
    const on = (day: string) => scopedStats(p, orgs.tree(), f.org.A, units.all(), day).byType.total;
    // The first later day whose counts differ (a window opens or closes), found by the uncached pass.
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const start = Date.parse(`${staff.today()}T00:00:00Z`);
    let turn = '';
    for (let i = 1; i <= 400 && !turn; i++) {
      const d = day(start + i * 86_400_000);
      if (JSON.stringify(on(d)) !== JSON.stringify(on(day(start + (i - 1) * 86_400_000)))) turn = d;
    }
    expect(turn).not.toBe('');
    // One minute before midnight in Hà Nội (UTC+7), then two minutes later.
    clock.set(new Date(Date.parse(`${turn}T00:00:00+07:00`) - 60_000));
    const eve = staff.today();
    expect(eve).not.toBe(turn);
    const late = (await overview()).total;
    const counted = on(eve);
    for (const k of STATUSES) expect(late[k]).toBe(counted[k]);
    clock.advance(120_000);
    expect(staff.today()).toBe(turn);
    const next = (await overview()).total;
    expect(next).not.toEqual(late);
    const fresh = on(turn);
    for (const k of STATUSES) expect(next[k]).toBe(fresh[k]);
  });
});

describeWith('redis', 'remembered statistics: a write from another replica', () => {
  let store: Store | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closers) await close();
    await store?.close();
  });

  const replica = async () => {
    store ??= await openStore(REDIS_URL);
    const sync = new FeedSync(openFeed(REDIS_URL));
    closers.unshift(() => sync.feed.close());
    await sync.mark();
    const units = new UnitsRepo(store, new ManualClock('2025-03-20T02:00:00Z'), undefined, sync);
    await units.load();
    return { units, sync };
  };

  it('counts a unit written on the other replica once the feed brings it', async () => {
    const [one, two] = [await replica(), await replica()];
    const at = '2025-03-01T00:00:00Z';
    const tree = buildTree([{ id: ROOT, name: 'Thành ủy', createdAt: at, createdBy: 0, updatedAt: at }]);
    const today = '2025-03-20';
    const chatId = -Math.floor(Math.random() * 1e9) - 1e9;
    const before = unitStats(pack, tree, ROOT, two.units, today).byType.total;
    const unit = makeUnitRecord({ chatId, type: 'chi-bo-co-so', name: `Chi bộ ${randomUUID().slice(0, 6)}` });
    await one.units.update(chatId, () => unit);
    await two.sync.sync();
    expect(two.units.get(chatId)).toBeDefined();
    const after = unitStats(pack, tree, ROOT, two.units, today).byType.total;
    expect(after.registered).toBe(before.registered + 1);
    expect(after).toEqual(scopedStats(pack, tree, ROOT, two.units.all(), today).byType.total);
    await one.units.update(chatId, () => undefined);
  });
});
