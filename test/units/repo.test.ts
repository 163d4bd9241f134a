import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { Store } from '../../src/store/index.js';
import { HANDOVER_TTL_MS, UnitsRepo } from '../../src/units/repo.js';
import { isRegistered, register, setCongressDate, unregister } from '../../src/units/rules.js';
import type { Unit } from '../../src/units/unit.js';
import { tempStore } from './helpers.js';

const reg = (chatId: number, name = `Chi bộ ${chatId}`, chatType: Unit['chatType'] = 'private') => ({
  chatId,
  chatType,
  type: 'chi-bo-co-so',
  name,
  pilot: false,
  secretaryId: Math.abs(chatId),
});

describe('UnitsRepo', () => {
  let store: Store;
  let clock: ManualClock;
  let repo: UnitsRepo;
  const fresh = async () => {
    const r = new UnitsRepo(store, clock);
    await r.load();
    return r;
  };
  beforeEach(async () => {
    store = await tempStore();
    clock = new ManualClock('2026-03-01T01:00:00Z');
    repo = await fresh();
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes through: a fresh repo on the same store loads what was written', async () => {
    await repo.update(1, (u) => register(u, reg(1), clock.now()));
    await repo.update(2, (u) => register(u, reg(2), clock.now()));
    await repo.update(2, () => undefined);
    const again = await fresh();
    expect(again.all().map((u) => u.chatId)).toEqual([1]);
    expect(again.get(1)).toEqual(repo.get(1));
  });

  it('loses nothing when many updates of one unit run at once', async () => {
    await repo.update(1, (u) => register(u, reg(1), clock.now()));
    const days = Array.from({ length: 50 }, (_, i) => i);
    await Promise.all(days.map((i) => repo.update(1, (u) => (u ? { ...u, name: `${u.name}.${i}` } : u))));
    const name = (await fresh()).get(1)?.name ?? '';
    expect(name.split('.').length).toBe(51);
    expect(name.endsWith('.49')).toBe(true);
  });

  it('keeps the chain going after a failing change', async () => {
    const failing = repo.update(1, () => {
      throw new Error('boom');
    });
    const next = repo.update(1, (u) => register(u, reg(1), clock.now()));
    await expect(failing).rejects.toThrow('boom');
    expect((await next)?.name).toBe('Chi bộ 1');
  });

  it('counts only registered and reachable units as active', async () => {
    for (const id of [1, 2, 3]) await repo.update(id, (u) => register(u, reg(id), clock.now()));
    await repo.markGone(1, 'blocked');
    await repo.update(2, (u) => (u ? unregister(u, clock.now()) : u));
    expect(repo.active().map((u) => u.chatId)).toEqual([3]);
    expect(repo.all()).toHaveLength(3);
    await repo.markBack(1);
    await repo.markBack(2); // unregistered stays unregistered
    expect(
      repo
        .active()
        .map((u) => u.chatId)
        .sort(),
    ).toEqual([1, 3]);
    expect(
      (await fresh())
        .active()
        .map((u) => u.chatId)
        .sort(),
    ).toEqual([1, 3]);
  });

  it('tells listeners before and after, once per change', async () => {
    const events: Array<[string | undefined, string | undefined]> = [];
    repo.onChange((after, before) => events.push([after?.name, before?.name]));
    await repo.update(1, (u) => register(u, reg(1), clock.now()));
    await repo.update(1, (u) => u); // no change, no event
    await repo.update(1, () => undefined);
    expect(events).toEqual([
      ['Chi bộ 1', undefined],
      [undefined, 'Chi bộ 1'],
    ]);
  });

  it('moves a group to its supergroup id, 64-bit-safe, and leaves no record behind', async () => {
    await repo.update(-100, (u) => register(u, reg(-100, 'Nhóm', 'group'), clock.now()));
    await repo.update(-100, (u) => (u ? setCongressDate(u, '2025-05-01', clock.now()) : u));
    const events: Array<[number | undefined, number | undefined]> = [];
    repo.onChange((after, before) => events.push([after?.chatId, before?.chatId]));
    const newId = -1_002_345_678_901;
    await repo.migrate(-100, newId);
    expect(repo.get(-100)).toBeUndefined();
    expect(repo.get(newId)).toMatchObject({
      chatId: newId,
      chatType: 'supergroup',
      congressDate: '2025-05-01',
    });
    expect(events).toEqual([[newId, -100]]);
    const again = await fresh();
    expect(again.get(newId)?.name).toBe('Nhóm');
    expect(again.get(-100)).toBeUndefined();
    await repo.migrate(-100, newId); // a second notice of the same migration changes nothing
    expect(repo.all()).toHaveLength(1);
  });

  it('hands a private unit to another chat with a single-use code', async () => {
    await repo.update(1, (u) => register(u, reg(1), clock.now()));
    const issued = await repo.issueHandover(1, 1);
    const code = issued?.code ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const to = { chatId: 2, chatType: 'private' as const, userId: 2 };
    const [a, b] = await Promise.all([repo.takeOver(code, to), repo.takeOver(code.toLowerCase(), to)]);
    expect([a.kind, b.kind].sort()).toEqual(['ok', 'unknown']);
    expect(repo.get(1)).toBeUndefined();
    expect(repo.get(2)).toMatchObject({ secretaryId: 2, chatId: 2 });
    expect(repo.get(2)?.handover).toBeUndefined();
    expect((await fresh()).get(2)?.name).toBe('Chi bộ 1');
  });

  it('refuses an expired code, a code for the own unit, and a chat that already is a unit', async () => {
    await repo.update(1, (u) => register(u, reg(1), clock.now()));
    await repo.update(3, (u) => register(u, reg(3), clock.now()));
    const code = (await repo.issueHandover(1, 1))?.code ?? '';
    expect((await repo.takeOver(code, { chatId: 1, chatType: 'private', userId: 1 })).kind).toBe('own');
    expect((await repo.takeOver(code, { chatId: 3, chatType: 'private', userId: 3 })).kind).toBe('taken');
    expect((await repo.takeOver(code, { chatId: -5, chatType: 'group', userId: 9 })).kind).toBe(
      'private-only',
    );
    clock.advance(HANDOVER_TTL_MS);
    expect((await repo.takeOver(code, { chatId: 4, chatType: 'private', userId: 4 })).kind).toBe('expired');
    expect(isRegistered(repo.get(1))).toBe(true);
  });

  it('keeps a group unit in its group and changes only its secretary', async () => {
    await repo.update(-7, (u) => register(u, reg(-7, 'Nhóm', 'group'), clock.now()));
    const code = (await repo.issueHandover(-7, 7))?.code ?? '';
    const result = await repo.takeOver(code, { chatId: 42, chatType: 'private', userId: 42 });
    expect(result.kind).toBe('ok');
    expect(repo.get(-7)).toMatchObject({ chatId: -7, secretaryId: 42 });
    expect(repo.get(42)).toBeUndefined();
  });
});

describe('units and the sender', () => {
  it('marks a unit gone on 403 and follows a migration the sender reports', async () => {
    const { DeliveryHooks } = await import('../../src/delivery/hooks.js');
    const { linkDelivery } = await import('../../src/units/delivery-link.js');
    const store = await tempStore();
    const clock = new ManualClock('2026-03-01T01:00:00Z');
    const units = new UnitsRepo(store, clock);
    const hooks = new DeliveryHooks();
    linkDelivery(hooks, units);
    await units.update(5, (u) => register(u, reg(5), clock.now()));
    await units.update(-6, (u) => register(u, reg(-6, 'Nhóm', 'group'), clock.now()));
    await hooks.events.onChatGone(5, '403: Forbidden: bot was blocked by the user');
    await hooks.events.onChatGone(-6, '403: Forbidden: bot was kicked from the group chat');
    expect(units.get(5)).toMatchObject({ active: false, inactiveReason: 'blocked' });
    expect(units.get(-6)).toMatchObject({ active: false, inactiveReason: 'removed' });
    await units.markBack(-6);
    await hooks.events.onChatMigrated(-6, -1_001_234_567_890);
    expect(units.get(-1_001_234_567_890)?.name).toBe('Nhóm');
    await store.close();
  });
});

describe('UnitsRepo on a store shared by replicas', () => {
  /** A PostgreSQL-like store held in a Map: what two processes sharing one database see. */
  const sharedStore = (): Store => {
    const maps = new Map<string, Map<string, unknown>>();
    return {
      kind: 'postgres',
      url: 'postgres://fake',
      collection<T>(name: string) {
        const map = (maps.get(name) ?? new Map()) as Map<string, T>;
        maps.set(name, map as Map<string, unknown>);
        return {
          get: async (k: string) => structuredClone(map.get(k)),
          getMany: async (ks: string[]) => ks.map((k) => structuredClone(map.get(k))),
          set: async (k: string, v: T) => void map.set(k, structuredClone(v)),
          delete: async (k: string) => map.delete(k),
          async *entries() {
            for (const e of map) yield structuredClone(e);
          },
        };
      },
      close: async () => {},
    };
  };

  it('sees another replica’s registration, changes and handover code for the chat it serves', async () => {
    const store = sharedStore();
    const clock = new ManualClock('2026-03-01T01:00:00Z');
    const a = new UnitsRepo(store, clock);
    const b = new UnitsRepo(store, clock);
    await a.load();
    await b.load();
    await a.update(1, (u) => register(u, reg(1), clock.now()));
    expect(b.get(1)).toBeUndefined();
    expect((await b.refresh(1))?.name).toBe('Chi bộ 1');
    await a.update(1, (u) => (u ? setCongressDate(u, '2025-05-01', clock.now()) : u));
    // b's change starts from the stored record, so a's congress date survives it.
    await b.update(1, (u) => (u ? { ...u, paused: true } : u));
    expect(await store.collection<Unit>('units').get('1')).toMatchObject({
      congressDate: '2025-05-01',
      paused: true,
    });
    const code = (await a.issueHandover(1, 1))?.code ?? '';
    expect((await b.takeOver(code, { chatId: 2, chatType: 'private', userId: 2 })).kind).toBe('ok');
    expect(await a.refresh(1)).toBeUndefined();
    expect((await a.refresh(2))?.secretaryId).toBe(2);
  });
});
