import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChangeFeed, openFeed } from '../../src/store/feed.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';

function feedContract(url: string) {
  const feeds: ChangeFeed[] = [];
  const open = () => {
    const f = openFeed(url);
    feeds.push(f);
    return f;
  };
  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.close()));
  });

  it("shows one replica's writes to another, in order, once each", async () => {
    const [writer, reader] = [open(), open()];
    const topic = `t-${randomUUID().slice(0, 8)}`;
    let cursor = await reader.head();
    for (let i = 0; i < 30; i++) await writer.publish(topic, `k${i}`);
    const first = await reader.since(cursor);
    const mine = first.changes.filter((c) => c.topic === topic).map((c) => c.key);
    expect(mine).toEqual(Array.from({ length: 30 }, (_, i) => `k${i}`));
    cursor = first.cursor;
    const again = await reader.since(cursor);
    expect(again.changes.filter((c) => c.topic === topic)).toEqual([]);
  });

  it('loses no change when several replicas write at once', async () => {
    const writers = [open(), open(), open()];
    const reader = open();
    const topic = `t-${randomUUID().slice(0, 8)}`;
    let cursor = await reader.head();
    const seen = new Set<string>();
    await Promise.all(
      writers.map((w, wi) =>
        Promise.all(Array.from({ length: 50 }, (_, i) => w.publish(topic, `${wi}-${i}`))),
      ),
    );
    for (let round = 0; round < 5 && seen.size < 150; round++) {
      const r = await reader.since(cursor);
      for (const c of r.changes) if (c.topic === topic) seen.add(c.key);
      cursor = r.cursor;
    }
    expect(seen.size).toBe(150);
  });
}

describe('change feed: SQLite', () => {
  it('is empty: one process holds the truth in memory', async () => {
    const feed = openFeed('sqlite://x.sqlite');
    await feed.publish('units', '1');
    expect((await feed.since(await feed.head())).changes).toEqual([]);
    expect(feed.shared).toBe(false);
  });
});
describeWith('postgres', 'change feed: PostgreSQL', () => feedContract(POSTGRES_URL));
describeWith('redis', 'change feed: Redis', () => feedContract(REDIS_URL));
