import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { openRedis } from '../../src/store/native.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

interface Item {
  name: string;
  n: number;
  tags?: string[];
}

/**
 * Removes one run's records from a shared server (the store has no way to drop a collection):
 * left there, every run added 5,200 rows to PostgreSQL and 5,200 keys to Redis, and Redis lists
 * a collection by a SCAN of the whole database, so every later listing there got slower.
 */
async function forget(url: string, run: string): Promise<void> {
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('DELETE FROM keyv WHERE key LIKE $1', [`t${run}-%`]);
    } finally {
      await client.end();
    }
  } else if (url.startsWith('redis')) {
    const redis = await openRedis(url);
    try {
      const keys: string[] = [];
      for await (const batch of redis.scanIterator({ MATCH: `t${run}-*`, COUNT: 1000 })) keys.push(...batch);
      for (let i = 0; i < keys.length; i += 1000) await redis.unlink(keys.slice(i, i + 1000));
    } finally {
      await redis.close();
    }
  }
}

/** The contract every backend keeps: what the repositories rely on. */
function contract(url: () => string) {
  let store: Store;
  // A fresh prefix per run, so shared servers keep no state between runs.
  const run = randomUUID().slice(0, 8);
  const ns = (n: string) => `t${run}-${n}`;
  beforeAll(async () => {
    store = await openStore(url());
  });
  afterAll(async () => {
    await store.close();
    await forget(url(), run);
  });

  it('gets back what was set, Vietnamese text intact', async () => {
    const c = store.collection<Item>(ns('a'));
    await c.set('1', { name: 'Chi bộ Khu dân cư số 5 — Đảng bộ phường Bạch Đằng', n: 1, tags: ['đ', 'ư'] });
    expect(await c.get('1')).toEqual({
      name: 'Chi bộ Khu dân cư số 5 — Đảng bộ phường Bạch Đằng',
      n: 1,
      tags: ['đ', 'ư'],
    });
    expect(await c.get('missing')).toBeUndefined();
  });

  it('overwrites, deletes and reports whether something was deleted', async () => {
    const c = store.collection<Item>(ns('b'));
    await c.set('k', { name: 'x', n: 1 });
    await c.set('k', { name: 'y', n: 2 });
    expect(await c.get('k')).toEqual({ name: 'y', n: 2 });
    expect(await c.delete('k')).toBe(true);
    expect(await c.delete('k')).toBe(false);
    expect(await c.get('k')).toBeUndefined();
  });

  it('ends concurrent writes to one key with one of them, and deletes what was written', async () => {
    const c = store.collection<Item>(ns('burst'));
    await Promise.all(Array.from({ length: 300 }, (_, i) => c.set(`k${i % 7}`, { name: `w${i}`, n: i })));
    const last = await c.get('k6');
    expect(last && last.n % 7 === 6 && last.name === `w${last.n}`).toBe(true);
    await c.set('gone', { name: 'x', n: 1 });
    expect(await c.delete('gone')).toBe(true);
    expect(await c.get('gone')).toBeUndefined();
  });

  it('keeps collections apart', async () => {
    const a = store.collection<Item>(ns('c1'));
    const b = store.collection<Item>(ns('c2'));
    await a.set('same', { name: 'a', n: 1 });
    await b.set('same', { name: 'b', n: 2 });
    expect((await a.get('same'))?.name).toBe('a');
    expect((await b.get('same'))?.name).toBe('b');
  });

  it('reads many keys in order, missing ones as undefined', async () => {
    const c = store.collection<Item>(ns('d'));
    await c.set('x', { name: 'x', n: 1 });
    await c.set('z', { name: 'z', n: 3 });
    expect(await c.getMany(['x', 'y', 'z'])).toEqual([{ name: 'x', n: 1 }, undefined, { name: 'z', n: 3 }]);
  });

  it('lists every entry of a collection with its own keys, past one iteration page', async () => {
    const c = store.collection<Item>(ns('e'));
    const other = store.collection<Item>(ns('e-other'));
    await other.set('intruder', { name: 'no', n: 0 });
    const count = 5_200;
    for (let i = 0; i < count; i += 200) {
      await Promise.all(
        Array.from({ length: 200 }, (_, j) => c.set(`-100${i + j}`, { name: `u${i + j}`, n: i + j })),
      );
    }
    const seen = new Map<string, Item>();
    for await (const [key, value] of c.entries()) seen.set(key, value);
    expect(seen.size).toBe(count);
    expect(seen.get('-1005199')).toEqual({ name: 'u5199', n: 5199 });
    expect(seen.has('intruder')).toBe(false);
  });

  it('survives a reopen: what was written is there', async () => {
    const c = store.collection<Item>(ns('f'));
    await c.set('durable', { name: 'kept', n: 7 });
    await store.close();
    store = await openStore(url());
    expect(await store.collection<Item>(ns('f')).get('durable')).toEqual({ name: 'kept', n: 7 });
  });
}

describe('store contract: SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daihoi-store-'));
  contract(() => `sqlite://${join(dir, 'nested', 'folder', 'bot.sqlite')}`);

  it('serves cached reads that follow every write, and never caches a read overtaken by a write', async () => {
    const store = await openStore(`sqlite://${join(dir, 'cache.sqlite')}`);
    const c = store.collection<Item>('cached', { cache: 2 });
    expect(await c.get('a')).toBeUndefined();
    await c.set('a', { name: 'one', n: 1 });
    expect(await c.get('a')).toEqual({ name: 'one', n: 1 });
    // A read in flight when a write lands must not put the old value back in the cache.
    const racing = c.get('b');
    await c.set('b', { name: 'new', n: 2 });
    await racing;
    expect(await c.get('b')).toEqual({ name: 'new', n: 2 });
    await c.delete('a');
    expect(await c.get('a')).toBeUndefined();
    // Beyond its size the oldest entry goes; the value is read from the file again.
    for (const k of ['x', 'y', 'z']) await c.set(k, { name: k, n: 0 });
    expect(await store.collection<Item>('cached').get('x')).toEqual({ name: 'x', n: 0 });
    expect(await c.get('x')).toEqual({ name: 'x', n: 0 });
    await store.close();
  });

  // One file, one process: writes are grouped into one statement per turn, in the order issued.
  it('keeps the order writes and deletes were issued in, within a group commit', async () => {
    const store = await openStore(`sqlite://${join(dir, 'order.sqlite')}`);
    const c = store.collection<Item>('order');
    await Promise.all(Array.from({ length: 300 }, (_, i) => c.set(`k${i % 7}`, { name: `w${i}`, n: i })));
    expect((await c.get('k6'))?.n).toBe(293);
    const writes = Array.from({ length: 50 }, (_, i) => c.set('gone', { name: 'x', n: i }));
    const deleted = c.delete('gone');
    await Promise.all(writes);
    expect(await deleted).toBe(true);
    expect(await c.get('gone')).toBeUndefined();
    await store.close();
  });
});

describeWith('postgres', 'store contract: PostgreSQL', () => contract(() => POSTGRES_URL));
describeWith('redis', 'store contract: Redis', () => contract(() => REDIS_URL));
