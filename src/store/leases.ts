import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type StoreKind, storeKind } from './index.js';
import { closePgPool, closeRedis, openPgPool, openRedis, type RedisClient } from './native.js';

/**
 * Short exclusive claims shared by every replica on the same store: "this replica runs the
 * reminder pass of 08:00", "this replica handles update 1234". Keyv has no compare-and-set, so each
 * backend gets the one atomic operation it has: INSERT … ON CONFLICT … WHERE expired on
 * PostgreSQL, SET NX PX on Redis. SQLite serves one process, so a map in memory is the truth.
 */
export interface Leases {
  readonly kind: StoreKind;
  /** Who claims: unique per process. */
  readonly owner: string;
  /** True when this caller now holds `key` for `ttlMs`; false when someone holds it unexpired. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Like claim, but also true (and extended) when this owner already holds `key`: a sticky leader. */
  hold(key: string, ttlMs: number): Promise<boolean>;
  /** Gives `key` up early, when this owner still holds it. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

// Leases measure real time between processes (PostgreSQL and Redis use their own clocks), never
// the bot's clock: BOT_CLOCK moves the calendar, not how long a replica may hold a job.
class MemoryLeases implements Leases {
  readonly kind = 'sqlite' as const;
  readonly owner = randomUUID();
  readonly #held = new Map<string, number>();
  #claims = 0;

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (++this.#claims % 1000 === 0) this.#prune(now);
    const until = this.#held.get(key);
    if (until !== undefined && until > now) return false;
    this.#held.set(key, now + ttlMs);
    return true;
  }
  async hold(key: string, ttlMs: number): Promise<boolean> {
    // One process: whoever holds it is this owner.
    this.#held.set(key, Date.now() + ttlMs);
    return true;
  }
  async release(key: string): Promise<void> {
    this.#held.delete(key);
  }
  async close(): Promise<void> {
    this.#held.clear();
  }
  #prune(now: number) {
    for (const [key, until] of this.#held) if (until <= now) this.#held.delete(key);
  }
}

class PostgresLeases implements Leases {
  readonly kind = 'postgres' as const;
  readonly owner = randomUUID();
  readonly #pool: Promise<pg.Pool>;
  #claims = 0;

  constructor(url: string) {
    this.#pool = openPgPool(
      url,
      'CREATE TABLE IF NOT EXISTS daihoi_leases (key VARCHAR(255) PRIMARY KEY, owner TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL)',
    );
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const pool = await this.#pool;
    // The row is taken when absent, or when its holder's time is up; otherwise nothing changes.
    const result = await pool.query(
      `INSERT INTO daihoi_leases (key, owner, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
       WHERE daihoi_leases.expires_at < now()
       RETURNING owner`,
      [key, this.owner, ttlMs],
    );
    if (++this.#claims % 500 === 0) {
      await pool.query(`DELETE FROM daihoi_leases WHERE expires_at < now() - interval '1 hour'`);
    }
    return result.rowCount === 1;
  }
  async hold(key: string, ttlMs: number): Promise<boolean> {
    const pool = await this.#pool;
    const result = await pool.query(
      `INSERT INTO daihoi_leases (key, owner, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
       WHERE daihoi_leases.expires_at < now() OR daihoi_leases.owner = EXCLUDED.owner
       RETURNING owner`,
      [key, this.owner, ttlMs],
    );
    return result.rowCount === 1;
  }
  async release(key: string): Promise<void> {
    const pool = await this.#pool;
    await pool.query('DELETE FROM daihoi_leases WHERE key = $1 AND owner = $2', [key, this.owner]);
  }
  async close(): Promise<void> {
    await closePgPool(this.#pool);
  }
}

const HOLD = `local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 else return 0 end`;
const RELEASE_IF_OWNER = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

class RedisLeases implements Leases {
  readonly kind = 'redis' as const;
  readonly owner = randomUUID();
  readonly #client: Promise<RedisClient>;

  constructor(url: string) {
    this.#client = openRedis(url);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const client = await this.#client;
    const ok = await client.set(`daihoi:lease:${key}`, this.owner, {
      condition: 'NX',
      expiration: { type: 'PX', value: ttlMs },
    });
    return ok === 'OK';
  }
  async hold(key: string, ttlMs: number): Promise<boolean> {
    const client = await this.#client;
    const held = await client.eval(HOLD, {
      keys: [`daihoi:lease:${key}`],
      arguments: [this.owner, String(ttlMs)],
    });
    return held === 1;
  }
  async release(key: string): Promise<void> {
    const client = await this.#client;
    await client.eval(RELEASE_IF_OWNER, { keys: [`daihoi:lease:${key}`], arguments: [this.owner] });
  }
  async close(): Promise<void> {
    await closeRedis(this.#client);
  }
}

export function openLeases(url: string): Leases {
  switch (storeKind(url)) {
    case 'sqlite':
      return new MemoryLeases();
    case 'postgres':
      return new PostgresLeases(url);
    case 'redis':
      return new RedisLeases(url);
  }
}
