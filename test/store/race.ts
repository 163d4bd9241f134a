import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

export const ROUNDS = 1_000;

/**
 * Two writers changing different fields of one record at the same moment, ROUNDS times. On a
 * shared store (PostgreSQL, Redis) each writer is a repository of its own, with its own memory
 * and chain of writes, as two replica processes have: only the store's compare-and-set keeps both
 * changes. On SQLite (one process) one repository takes both, as the bot does.
 */
export interface Race<W, K> {
  /** A repository as one replica has it. */
  writer(store: Store): W | Promise<W>;
  /** Creates the record both will change (version 1); its key. `shared`: the store outlives the test. */
  create(w: W, shared: boolean): Promise<K>;
  /** The two changes of round `i`, each of its own field. */
  first(w: W, key: K, i: number): Promise<unknown>;
  second(w: W, key: K, i: number): Promise<unknown>;
  /** What is wrong with the stored record after round `i` (read from the store): '' when both survived. */
  lost(store: Store, key: K, i: number): Promise<string>;
  /** The stored record's version. */
  version(store: Store, key: K): Promise<number | undefined>;
  /** Removes the record from a shared store. */
  remove?(w: W, key: K): Promise<void>;
}

async function run<W, K>(race: Race<W, K>, store: Store, a: W, b: W, shared: boolean): Promise<void> {
  const key = await race.create(a, shared);
  try {
    const lost: string[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      await Promise.all([race.first(a, key, i), race.second(b, key, i)]);
      const problem = await race.lost(store, key, i);
      if (problem) lost.push(`round ${i}: ${problem}`);
    }
    expect(lost.slice(0, 5)).toEqual([]);
    // Each change is one version: the creation, then two per round.
    expect(await race.version(store, key)).toBe(1 + 2 * ROUNDS);
  } finally {
    if (shared) await race.remove?.(a, key);
  }
}

/** The test Redis server's database `db`. */
function redisDb(db: number): string {
  const url = new URL(REDIS_URL);
  url.pathname = `/${db}`;
  return url.toString();
}

/**
 * `name`, on SQLite, PostgreSQL and Redis (the last two when their service runs). `redis.db`: a
 * database of its own on the shared Redis server, for a race whose writes list a whole namespace
 * (Redis lists one by a SCAN of the whole database, which other tests fill with many keys).
 */
export function raceOnEveryBackend<W, K>(
  subject: string,
  name: string,
  race: Race<W, K>,
  redis: { db?: number } = {},
): void {
  describe(`${subject}: SQLite`, () => {
    it(`${name}, ${ROUNDS} times, in the one process: both survive`, async () => {
      const store = await openStore(
        `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-race-')), 's.sqlite')}`,
      );
      try {
        const w = await race.writer(store);
        await run(race, store, w, w, false);
      } finally {
        await store.close();
      }
    }, 60_000);
  });
  const shared = (url: string) => () => {
    it(`two replicas: ${name}, ${ROUNDS} times: both changes survive`, async () => {
      // One connection for all (@keyv/postgres keeps one pool per process); nothing but the store
      // orders the two repositories' writes.
      const store = await openStore(url);
      try {
        await run(race, store, await race.writer(store), await race.writer(store), true);
      } finally {
        await store.close();
      }
    }, 180_000);
  };
  describeWith('postgres', `${subject}: PostgreSQL`, shared(POSTGRES_URL));
  describeWith('redis', `${subject}: Redis`, shared(redis.db === undefined ? REDIS_URL : redisDb(redis.db)));
}
