import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

export const ROUNDS = 1_000;
/**
 * The ROUNDS races are spread over RECORDS records of their own, whose race loops run at the same
 * time (each record's rounds one after another): every race is still two writers changing one
 * record at the same moment, checked after it, but the suite does not wait for 1,000 round trips
 * in a row while the CPU idles.
 */
export const RECORDS = 25;
const ROUNDS_PER_RECORD = ROUNDS / RECORDS;

/**
 * Two writers changing different fields of one record at the same moment, ROUNDS times. On a
 * shared store (PostgreSQL, Redis) each writer is a repository of its own, with its own memory
 * and chain of writes, as two replica processes have: only the store's compare-and-set keeps both
 * changes. On SQLite (one process) one repository takes both, as the bot does.
 */
export interface Race<W, K> {
  /** A repository as one replica has it. */
  writer(store: Store): W | Promise<W>;
  /**
   * Creates record `n` (0 ≤ n < RECORDS) both will change (version 1); its key. `shared`: the
   * store outlives the test.
   */
  create(w: W, shared: boolean, n: number): Promise<K>;
  /** The two changes of the record's round `i`, each of its own field. */
  first(w: W, key: K, i: number): Promise<unknown>;
  second(w: W, key: K, i: number): Promise<unknown>;
  /** What is wrong with the stored record after its round `i` (read from the store): '' when both survived. */
  lost(store: Store, key: K, i: number): Promise<string>;
  /** The stored record's version. */
  version(store: Store, key: K): Promise<number | undefined>;
  /** Removes the record from a shared store. */
  remove?(w: W, key: K): Promise<void>;
}

/** One record's races, one after another: what went wrong, and its version after the last. */
async function races<W, K>(
  race: Race<W, K>,
  store: Store,
  [a, b]: [W, W],
  key: K,
): Promise<{ lost: string[]; version: number | undefined }> {
  const lost: string[] = [];
  for (let i = 1; i <= ROUNDS_PER_RECORD; i++) {
    await Promise.all([race.first(a, key, i), race.second(b, key, i)]);
    const problem = await race.lost(store, key, i);
    if (problem) lost.push(`${String(key)} round ${i}: ${problem}`);
  }
  return { lost, version: await race.version(store, key) };
}

/** `pair(n)`: the two writers of record `n` (on a shared store, two replicas of its own). */
async function run<W, K>(
  race: Race<W, K>,
  store: Store,
  pair: (n: number) => Promise<[W, W]>,
  shared: boolean,
): Promise<void> {
  const records = await Promise.all(
    Array.from({ length: RECORDS }, async (_, n) => {
      const writers = await pair(n);
      return { writers, key: await race.create(writers[0], shared, n) };
    }),
  );
  try {
    const outcomes = await Promise.all(records.map((r) => races(race, store, r.writers, r.key)));
    expect(outcomes.flatMap((o) => o.lost).slice(0, 5)).toEqual([]);
    // Each change is one version: the creation, then two per round.
    expect(outcomes.map((o) => o.version)).toEqual(records.map(() => 1 + 2 * ROUNDS_PER_RECORD));
  } finally {
    if (shared) await Promise.all(records.map((r) => race.remove?.(r.writers[0], r.key)));
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
  // The three backends' races run at the same time (they share nothing). Two subjects' races run
  // one after another: @keyv/postgres keeps one pool per process, which the first store closed
  // would end under the other (sibling concurrent suites would run together: this one is not).
  describe(subject, () => {
    describe.concurrent('every backend', () => backends(subject, name, race, redis));
  });
}

function backends<W, K>(subject: string, name: string, race: Race<W, K>, redis: { db?: number }): void {
  describe(`${subject}: SQLite`, () => {
    it(`${name}, ${ROUNDS} times, in the one process: both survive`, async () => {
      const store = await openStore(
        `sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-race-')), 's.sqlite')}`,
      );
      try {
        const w = await race.writer(store);
        await run(race, store, async () => [w, w], false);
      } finally {
        await store.close();
      }
    }, 60_000);
  });
  const shared = (url: string) => () => {
    it(`two replicas: ${name}, ${ROUNDS} times: both changes survive`, async () => {
      // One pool for all (@keyv/postgres keeps one per process, of pg's default 10 connections);
      // nothing but the store orders each pair of repositories' writes.
      const store = await openStore(url);
      try {
        await run(race, store, async () => [await race.writer(store), await race.writer(store)], true);
      } finally {
        await store.close();
      }
    }, 180_000);
  };
  describeWith('postgres', `${subject}: PostgreSQL`, shared(POSTGRES_URL));
  describeWith('redis', `${subject}: Redis`, shared(redis.db === undefined ? REDIS_URL : redisDb(redis.db)));
}
