import type pg from 'pg';
import { type StoreKind, storeKind } from './index.js';
import { closePgPool, closeRedis, openPgPool, openRedis, type RedisClient } from './native.js';

/**
 * What changed in the store, in order, for replicas that keep an index in memory (units, the
 * outbox, the reminder log). A writer publishes (topic, key) after its write; a replica about to
 * rely on its index asks for the changes since its cursor and re-reads those keys.
 * SQLite serves one process, whose index is the truth, so its feed is empty.
 */
export interface Change {
  topic: string;
  key: string;
}

export interface ChangeFeed {
  readonly kind: StoreKind;
  /** True when other processes can write the same store (PostgreSQL, Redis). */
  readonly shared: boolean;
  publish(topic: string, key: string): Promise<void>;
  /** Changes after `cursor` (start with the cursor `head()` gave at load time), and the new cursor. */
  since(cursor: string): Promise<{ cursor: string; changes: Change[] }>;
  /** The cursor of "now": a replica that has just loaded everything starts here. */
  head(): Promise<string>;
  close(): Promise<void>;
}

class LocalFeed implements ChangeFeed {
  readonly kind = 'sqlite' as const;
  readonly shared = false;
  async publish(): Promise<void> {}
  async since(cursor: string) {
    return { cursor, changes: [] };
  }
  async head() {
    return '0';
  }
  async close(): Promise<void> {}
}

const BATCH = 10_000;
/** A sequence number still missing after this long belongs to a rolled-back insert, not a slow one. */
const GAP_GRACE_MS = 3_000;

class PostgresFeed implements ChangeFeed {
  readonly kind = 'postgres' as const;
  readonly shared = true;
  readonly #pool: Promise<pg.Pool>;
  /** Gaps seen below the newest row, with when they were first seen. */
  readonly #gaps = new Map<number, number>();

  constructor(url: string) {
    this.#pool = openPgPool(
      url,
      'CREATE TABLE IF NOT EXISTS daihoi_changes (seq BIGSERIAL PRIMARY KEY, topic TEXT NOT NULL, key TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
  }

  async publish(topic: string, key: string): Promise<void> {
    const pool = await this.#pool;
    await pool.query('INSERT INTO daihoi_changes (topic, key) VALUES ($1, $2)', [topic, key]);
  }

  async since(cursor: string) {
    const pool = await this.#pool;
    const from = Number(cursor);
    const { rows } = await pool.query<{ seq: string; topic: string; key: string }>(
      'SELECT seq, topic, key FROM daihoi_changes WHERE seq > $1 ORDER BY seq LIMIT $2',
      [from, BATCH],
    );
    // Sequence numbers are handed out before commit, so a lower one can become visible after a
    // higher one was read. The cursor stops before the first fresh gap; rows past it are read
    // again next time, which is harmless (a re-read of a key), while skipping one would not be.
    const now = Date.now();
    let next = from;
    let stalled = false;
    const changes: Change[] = [];
    for (const row of rows) {
      const seq = Number(row.seq);
      changes.push({ topic: row.topic, key: row.key });
      if (stalled) continue;
      for (let missing = next + 1; missing < seq; missing++) {
        const firstSeen = this.#gaps.get(missing) ?? now;
        this.#gaps.set(missing, firstSeen);
        if (now - firstSeen < GAP_GRACE_MS) stalled = true;
      }
      if (!stalled) next = seq;
    }
    for (const seq of this.#gaps.keys()) if (seq <= next) this.#gaps.delete(seq);
    return { cursor: String(next), changes };
  }

  async head() {
    const pool = await this.#pool;
    const { rows } = await pool.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM daihoi_changes');
    return String(rows[0]?.seq ?? 0);
  }

  async close(): Promise<void> {
    await closePgPool(this.#pool);
  }
}

const STREAM = 'daihoi:changes';

class RedisFeed implements ChangeFeed {
  readonly kind = 'redis' as const;
  readonly shared = true;
  readonly #client: Promise<RedisClient>;

  constructor(url: string) {
    this.#client = openRedis(url);
  }

  async publish(topic: string, key: string): Promise<void> {
    const client = await this.#client;
    // A stream is ordered at write time; trimmed to roughly the last 100,000 changes.
    await client.xAdd(
      STREAM,
      '*',
      { topic, key },
      { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 100_000 } },
    );
  }

  async since(cursor: string) {
    const client = await this.#client;
    const entries = await client.xRange(STREAM, `(${cursor}`, '+', { COUNT: BATCH });
    const last = entries.at(-1);
    return {
      cursor: last ? last.id : cursor,
      changes: entries.map((e) => ({ topic: String(e.message.topic), key: String(e.message.key) })),
    };
  }

  async head() {
    const client = await this.#client;
    const [last] = await client.xRevRange(STREAM, '+', '-', { COUNT: 1 });
    return last ? last.id : '0-0';
  }

  async close(): Promise<void> {
    await closeRedis(this.#client);
  }
}

export function openFeed(url: string): ChangeFeed {
  switch (storeKind(url)) {
    case 'sqlite':
      return new LocalFeed();
    case 'postgres':
      return new PostgresFeed(url);
    case 'redis':
      return new RedisFeed(url);
  }
}

/**
 * Keeps one replica's in-memory indexes up with the others' writes: each index registers a
 * handler per topic (usually "re-read this key"); `sync()` pulls the changes since the last one
 * and hands them out. Calls are serialised; on SQLite it does nothing.
 */
export class FeedSync {
  readonly #handlers = new Map<string, (key: string) => Promise<void>>();
  #cursor: string | undefined;
  #tail: Promise<void> = Promise.resolve();

  constructor(readonly feed: ChangeFeed) {}

  get shared(): boolean {
    return this.feed.shared;
  }

  on(topic: string, handler: (key: string) => Promise<void>): void {
    this.#handlers.set(topic, handler);
  }

  publish(topic: string, key: string): Promise<void> {
    return this.feed.shared ? this.feed.publish(topic, key) : Promise.resolve();
  }

  /** Call before loading the indexes: changes made while they load are replayed by the next sync. */
  async mark(): Promise<void> {
    this.#cursor = await this.feed.head();
  }

  sync(): Promise<void> {
    if (!this.feed.shared) return Promise.resolve();
    const run = this.#tail.then(() => this.#pull());
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async #pull(): Promise<void> {
    this.#cursor ??= await this.feed.head();
    for (;;) {
      const { cursor, changes } = await this.feed.since(this.#cursor);
      // The same key often changes several times between two syncs: re-read it once.
      const seen = new Set<string>();
      for (const c of changes) {
        const id = `${c.topic}\u0000${c.key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        await this.#handlers.get(c.topic)?.(c.key);
      }
      const advanced = cursor !== this.#cursor;
      this.#cursor = cursor;
      if (!advanced || changes.length < BATCH) return;
    }
  }
}
