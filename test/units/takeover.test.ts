import { expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { type Collection, openStore, type Store } from '../../src/store/index.js';
import { UnitsRepo } from '../../src/units/repo.js';
import type { Unit } from '../../src/units/unit.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';
import { makeUnitRecord } from '../support/units.js';

/**
 * The store as replica B sees it: B's first conditional write of a unit waits until `meanwhile`
 * (another replica's write) has run, so B's write meets a version it did not read. `results` has
 * what each of B's conditional writes returned.
 */
function interleaved(store: Store, meanwhile: () => Promise<unknown>): { store: Store; results: boolean[] } {
  const results: boolean[] = [];
  let first = true;
  const wrapped: Store = {
    ...store,
    collection<T>(name: string, options?: { cache?: number }): Collection<T> {
      const inner = store.collection<T>(name, options);
      if (name !== 'units') return inner;
      return {
        ...inner,
        async setIf(key, value, expected) {
          if (first) {
            first = false;
            await meanwhile();
          }
          const done = (await inner.setIf?.(key, value, expected)) ?? true;
          results.push(done);
          return done;
        },
      };
    },
  };
  return { store: wrapped, results };
}

const freshId = () => Math.floor(1e12 + Math.random() * 1e12);
const read = (store: Store, chatId: number) => store.collection<Unit>('units').get(String(chatId));

function cases(url: string) {
  it('a takeover whose write meets another replica’s edit of the unit is made again on the fresh record', async () => {
    const store = await openStore(url);
    try {
      const a = new UnitsRepo(store, systemClock);
      const chatId = -freshId();
      await a.update(chatId, () =>
        makeUnitRecord({ chatId, chatType: 'group', name: 'Chi bộ cũ', secretaryId: 1 }),
      );
      const code = (await a.issueHandover(chatId, 1))?.code as string;
      const b = interleaved(store, () => a.update(chatId, (u) => (u ? { ...u, name: 'Chi bộ mới' } : u)));
      const taken = await new UnitsRepo(b.store, systemClock).takeOver(code, {
        chatId,
        chatType: 'group',
        userId: 777,
      });
      expect(taken.kind).toBe('ok');
      expect(b.results).toEqual([false, true]); // the conflict happened, and the retry wrote
      const unit = await read(store, chatId);
      expect(unit).toMatchObject({ name: 'Chi bộ mới', secretaryId: 777 });
      expect(unit?.handover).toBeUndefined();
      await a.update(chatId, () => undefined);
    } finally {
      await store.close();
    }
  });

  it('a private unit moving to its new secretary keeps an edit made during the takeover', async () => {
    const store = await openStore(url);
    try {
      const a = new UnitsRepo(store, systemClock);
      const [from, to] = [freshId(), freshId()];
      await a.update(from, () => makeUnitRecord({ chatId: from, name: 'Chi bộ cũ', secretaryId: from }));
      const code = (await a.issueHandover(from, from))?.code as string;
      const b = interleaved(store, () => a.update(from, (u) => (u ? { ...u, name: 'Chi bộ mới' } : u)));
      const taken = await new UnitsRepo(b.store, systemClock).takeOver(code, {
        chatId: to,
        chatType: 'private',
        userId: to,
      });
      expect(taken.kind).toBe('ok');
      expect(b.results).toEqual([false, true]);
      expect(await read(store, to)).toMatchObject({ chatId: to, name: 'Chi bộ mới', secretaryId: to });
      expect(await read(store, from)).toBeUndefined();
      await a.update(to, () => undefined);
    } finally {
      await store.close();
    }
  });

  it('a code used on another replica during the takeover works once: the retry finds it gone', async () => {
    const store = await openStore(url);
    try {
      const a = new UnitsRepo(store, systemClock);
      const chatId = -freshId();
      await a.update(chatId, () => makeUnitRecord({ chatId, chatType: 'group', secretaryId: 1 }));
      const code = (await a.issueHandover(chatId, 1))?.code as string;
      let first: unknown;
      const b = interleaved(store, async () => {
        first = await a.takeOver(code, { chatId, chatType: 'group', userId: 555 });
      });
      const second = await new UnitsRepo(b.store, systemClock).takeOver(code, {
        chatId,
        chatType: 'group',
        userId: 777,
      });
      expect(first).toMatchObject({ kind: 'ok' });
      expect(second).toEqual({ kind: 'unknown' });
      expect((await read(store, chatId))?.secretaryId).toBe(555);
      await a.update(chatId, () => undefined);
    } finally {
      await store.close();
    }
  });
}

describeWith('postgres', 'takeover across replicas: PostgreSQL', () => cases(POSTGRES_URL));
describeWith('redis', 'takeover across replicas: Redis', () => cases(REDIS_URL));
