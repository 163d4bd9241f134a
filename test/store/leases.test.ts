import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type Leases, openLeases } from '../../src/store/leases.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

/** Several replicas race for the same keys: exactly one wins each, and an expired claim can be taken again. */
function leaseContract(url: string, replicas: number) {
  const open: Leases[] = [];
  const replica = () => {
    const l = openLeases(url);
    open.push(l);
    return l;
  };
  afterAll(async () => {
    await Promise.all(open.map((l) => l.close()));
  });

  it('gives each key to exactly one of several racing replicas', async () => {
    const rs = Array.from({ length: replicas }, replica);
    const run = randomUUID();
    for (let tick = 0; tick < 20; tick++) {
      const key = `test:${run}:${tick}`;
      const wins = await Promise.all(rs.map((r) => r.claim(key, 60_000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    }
  });

  it('lets a claim be taken again once it has expired, not before', async () => {
    const [a, b] = [replica(), replica()];
    const key = `test:${randomUUID()}`;
    expect(await a?.claim(key, 150)).toBe(true);
    expect(await b?.claim(key, 150)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await b?.claim(key, 60_000)).toBe(true);
    expect(await a?.claim(key, 60_000)).toBe(false);
  });

  it('keeps a sticky hold with its owner and hands it over only once it lapses', async () => {
    const [a, b] = [replica(), replica()];
    const key = `leader:${randomUUID()}`;
    expect(await a?.hold(key, 200)).toBe(true);
    expect(await b?.hold(key, 200)).toBe(false);
    await new Promise((r) => setTimeout(r, 120));
    expect(await a?.hold(key, 200)).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(await b?.hold(key, 200)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await b?.hold(key, 200)).toBe(true);
    expect(await a?.hold(key, 200)).toBe(false);
  });

  it('releases only its own claim', async () => {
    const [a, b] = [replica(), replica()];
    const key = `test:${randomUUID()}`;
    expect(await a?.claim(key, 60_000)).toBe(true);
    await b?.release(key);
    expect(await b?.claim(key, 60_000)).toBe(false);
    await a?.release(key);
    expect(await b?.claim(key, 60_000)).toBe(true);
  });
}

describe('leases: SQLite (one process, in memory)', () => {
  const shared = openLeases('sqlite://unused.sqlite');
  it('gives a key once until it expires', async () => {
    expect(await shared.claim('k', 100)).toBe(true);
    expect(await shared.claim('k', 100)).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(await shared.claim('k', 100)).toBe(true);
  });
});
describeWith('postgres', 'leases: PostgreSQL', () => leaseContract(POSTGRES_URL, 3));
describeWith('redis', 'leases: Redis', () => leaseContract(REDIS_URL, 3));
