import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import { conditionalWriter } from './cas.js';
import {
  checkSqliteFile,
  checkStamp,
  describeStore,
  RecordError,
  recordProblem,
  SCHEMA_VERSION,
} from './integrity.js';
import { fasterJson } from './serialize.js';

/** One namespace of the store: a typed key-value map. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  getMany(keys: string[]): Promise<Array<T | undefined>>;
  set(key: string, value: T): Promise<void>;
  /**
   * Compare-and-set on the record's version field `v` (missing: 0): writes only if the stored
   * record has version `expected` (undefined: only if there is none); false when another writer
   * came first. Atomic on PostgreSQL and Redis; on SQLite (one writer process) a plain write.
   */
  setIf?(key: string, value: T, expected: number | undefined): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  /** Every entry; for start-up loads and exports only, never on a hot path. */
  entries(): AsyncGenerator<[string, T]>;
}

export type StoreKind = 'sqlite' | 'postgres' | 'redis';

export interface CollectionOptions {
  /**
   * Keep up to this many recent reads (misses too) in memory. Used only on SQLite, where this
   * process is the only writer and the cache is exact; on a shared store every read goes to it.
   */
  cache?: number;
}

export interface Store {
  readonly kind: StoreKind;
  readonly url: string;
  collection<T>(name: string, options?: CollectionOptions): Collection<T>;
  close(): Promise<void>;
}

export function storeKind(url: string): StoreKind {
  if (url.startsWith('sqlite://')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  if (/^rediss?:\/\//.test(url)) return 'redis';
  throw new Error(`unsupported STORE_URL scheme: ${url.split(':')[0]}`);
}

/** The file path in a sqlite:// URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:\/\//, '');
  return path === ':memory:' ? path : resolve(path);
}

/** The adapter constructors of one backend, imported only when that backend is used. */
type Backend =
  | { kind: 'sqlite'; Sqlite: typeof KeyvSqlite }
  | { kind: 'postgres'; Postgres: typeof import('@keyv/postgres').default }
  | { kind: 'redis'; Redis: typeof import('@keyv/redis').default };

async function loadBackend(kind: StoreKind): Promise<Backend> {
  switch (kind) {
    case 'sqlite':
      return { kind, Sqlite: (await import('@keyv/sqlite')).default };
    case 'postgres':
      return { kind, Postgres: (await import('@keyv/postgres')).default };
    case 'redis':
      return { kind, Redis: (await import('@keyv/redis')).default };
  }
}

/**
 * Opens an adapter for one namespace. Keyv's iterator reads the namespace from the adapter,
 * so namespaces cannot share one adapter: each gets its own connection.
 */
function openAdapter(backend: Backend, url: string, pending: Array<Promise<unknown>>): KeyvStoreAdapter {
  switch (backend.kind) {
    case 'sqlite': {
      const path = sqlitePath(url);
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const adapter = new backend.Sqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 });
      // WAL with synchronous=NORMAL: ~25x the default write rate; a crash of the process loses nothing committed.
      pending.push(adapter.query('PRAGMA journal_mode=WAL'), adapter.query('PRAGMA synchronous=NORMAL'));
      return adapter as unknown as KeyvStoreAdapter;
    }
    case 'postgres':
      return new backend.Postgres({ uri: url, iterationLimit: 5000 }) as unknown as KeyvStoreAdapter;
    case 'redis':
      return new backend.Redis(url, {
        throwOnConnectError: true,
        throwOnErrors: true,
      }) as unknown as KeyvStoreAdapter;
  }
}

const SQLITE_PAGE = 5000;

/**
 * Every entry of one namespace of a SQLite adapter, a page at a time by key (keyset paging). The
 * adapter's own iterator pages by OFFSET and recurses once per page, holding every page until the
 * end: 100,000 units cost tens of MB more at start-up, and 40,000 overflowed the stack.
 */
async function* sqliteEntries(
  adapter: KeyvStoreAdapter,
  keyv: Keyv,
  name: string,
  where: string,
): AsyncGenerator<[string, unknown]> {
  const query = (adapter as unknown as KeyvSqlite).query;
  const prefix = `${name}:`;
  let after = prefix;
  for (;;) {
    const rows = (await query(
      'SELECT key, value FROM keyv WHERE key > ? AND key < ? ORDER BY key LIMIT ?',
      after,
      `${name};`, // ';' sorts right after ':', so this bounds the namespace
      SQLITE_PAGE,
    )) as Array<{ key: string; value: string }>;
    for (const row of rows) {
      const key = row.key.slice(prefix.length);
      let data: { value?: unknown } | undefined;
      try {
        data = await keyv.deserialize?.(row.value);
      } catch (err) {
        throw new RecordError(where, name, key, `not valid JSON (${(err as Error).message})`);
      }
      if (data !== undefined) yield [key, data.value];
    }
    const last = rows.at(-1);
    if (!last || rows.length < SQLITE_PAGE) return;
    after = last.key;
  }
}

/** Rows per multi-row upsert: SQLite allows 32,766 bound parameters, two per row here. */
const SQLITE_BATCH = 500;

/**
 * Group commit for SQLite: every set() issued in the same turn of the event loop goes to the file
 * as one multi-row upsert, one transaction. Each caller's promise resolves once its row is
 * committed, as with a single write; a burst (a reminder pass, a broadcast, many registrations)
 * costs one statement per 500 rows instead of one per row.
 */
class SqliteWrites {
  readonly #queue: Array<{ key: string; value: string; done: () => void; fail: (err: unknown) => void }> = [];
  #scheduled = false;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapter: KeyvStoreAdapter,
    private readonly keyv: Keyv,
  ) {}

  async set(key: string, value: unknown): Promise<void> {
    // Queued in the same turn as the call (keyv's JSON serializer is synchronous), so a delete
    // or set issued later is ordered after this one.
    const out = this.keyv.serialize?.({ value });
    const serialized = typeof out === 'string' ? out : await out;
    if (typeof serialized !== 'string') throw new Error('keyv could not serialize the value');
    await new Promise<void>((done, fail) => {
      this.#queue.push({ key, value: serialized, done, fail });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          this.#flushing = this.#flushing.then(() => this.#flush());
        });
      }
    });
  }

  /** Resolves once every set() issued so far is committed (a delete waits for it, so no set overtakes it). */
  async settled(): Promise<void> {
    while (this.#queue.length > 0 || this.#scheduled) {
      await new Promise((r) => setImmediate(r));
      await this.#flushing;
    }
    await this.#flushing;
  }

  async #flush(): Promise<void> {
    const query = (this.adapter as unknown as KeyvSqlite).query;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, SQLITE_BATCH);
      // The last write of a key in the batch wins, as it would one write at a time.
      const rows = new Map<string, string>();
      for (const w of batch) rows.set(w.key, w.value);
      const params = [...rows].flat();
      try {
        await query(
          `INSERT INTO keyv (key, value) VALUES ${Array.from(rows.keys(), () => '(?, ?)').join(', ')}
           ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
          params,
        );
        for (const w of batch) w.done();
      } catch (err) {
        for (const w of batch) w.fail(err);
      }
    }
  }
}

interface Opened {
  kind: StoreKind;
  where: string;
  keyvFor(name: string): Keyv;
  adapters: Map<string, KeyvStoreAdapter>;
  sqliteWrites: Map<string, SqliteWrites>;
}

/** Keyv's deserializer throws a bare SyntaxError on a broken row: name the collection and key. */
async function named<R>(o: Opened, name: string, key: string, read: () => Promise<R>): Promise<R> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof SyntaxError)
      throw new RecordError(o.where, name, key, `not valid JSON (${err.message})`);
    throw err;
  }
}

/** One namespace as a Collection; records that fail their schema stop a load, naming themselves. */
function plainCollection<T>(o: Opened, name: string): Collection<T> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad collection name: ${name}`);
  const keyv = o.keyvFor(name);
  const writes = o.sqliteWrites.get(name);
  const prefix = `${name}:`;
  const checked = (key: string, value: T): [string, T] => {
    const problem = recordProblem(name, value);
    if (problem) throw new RecordError(o.where, name, key, problem);
    return [key, value];
  };
  return {
    get: (key) => named(o, name, key, () => keyv.get<T>(key)),
    getMany: async (keys) =>
      keys.length === 0
        ? []
        : ((await named(o, name, keys.join(','), () => keyv.getMany<T>(keys))) as Array<T | undefined>),
    set: async (key, value) => {
      if (writes) await writes.set(`${prefix}${key}`, value);
      else await keyv.set(key, value);
    },
    setIf: async (key, value, expected) => {
      const cas = conditionalWriter(o.kind, o.adapters.get(name));
      if (!cas) {
        if (writes) await writes.set(`${prefix}${key}`, value);
        else await keyv.set(key, value);
        return true;
      }
      const serialized = await keyv.serialize?.({ value });
      if (typeof serialized !== 'string') throw new Error('keyv could not serialize the value');
      return cas(`${prefix}${key}`, serialized, expected);
    },
    delete: async (key) => {
      await writes?.settled();
      return keyv.delete(key);
    },
    async *entries() {
      const adapter = o.adapters.get(name);
      if (o.kind === 'sqlite' && adapter) {
        for await (const [key, value] of sqliteEntries(adapter, keyv, name, o.where)) {
          yield checked(key, value as T);
        }
        return;
      }
      if (!keyv.iterator) return;
      try {
        for await (const [key, value] of keyv.iterator(undefined) as AsyncGenerator<[string, T]>) {
          yield checked(key.startsWith(prefix) ? key.slice(prefix.length) : key, value);
        }
      } catch (err) {
        // Keyv's iterator does not say which row it could not parse; store:check does.
        if (err instanceof SyntaxError)
          throw new RecordError(o.where, name, '?', `a record is not valid JSON (${err.message})`);
        throw err;
      }
    },
  };
}

/**
 * Opens the store at `url`. An existing SQLite file that is not a store (0 bytes, no tables,
 * unreadable) and a store stamped with a schema version this code does not know stop here with a
 * StoreError naming the store and what to do; a new store gets the current stamp.
 */
export async function openStore(url: string): Promise<Store> {
  const kind = storeKind(url);
  if (kind === 'sqlite') await checkSqliteFile(sqlitePath(url));
  const backend = await loadBackend(kind);
  const keyvs = new Map<string, Keyv>();
  const pending: Array<Promise<unknown>> = [];
  const o: Opened = {
    kind,
    where: kind === 'sqlite' ? sqlitePath(url) : describeStore(url),
    adapters: new Map(),
    sqliteWrites: new Map(),
    keyvFor(name) {
      let keyv = keyvs.get(name);
      if (!keyv) {
        const adapter = openAdapter(backend, url, pending);
        keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
        fasterJson(keyv);
        keyvs.set(name, keyv);
        o.adapters.set(name, adapter);
        if (backend.kind === 'sqlite') o.sqliteWrites.set(name, new SqliteWrites(adapter, keyv));
      }
      return keyv;
    },
  };

  // Touch the store now so a bad STORE_URL fails at start-up, not at the first write.
  const meta = plainCollection<unknown>(o, 'meta');
  const stamp = await meta.get('schema');
  await Promise.all(pending);
  checkStamp(o.where, stamp);
  if (stamp === undefined)
    await meta.set('schema', { version: SCHEMA_VERSION, at: new Date().toISOString() });

  return {
    kind,
    url,
    collection<T>(name: string, options: CollectionOptions = {}): Collection<T> {
      const plain = plainCollection<T>(o, name);
      return options.cache && kind === 'sqlite' ? cached(plain, options.cache) : plain;
    },
    async close() {
      await Promise.allSettled(pending);
      await Promise.all([...o.sqliteWrites.values()].map((w) => w.settled()));
      const all = [...keyvs.values()];
      // @keyv/postgres keeps one pool per process for a URI: ending it once closes every namespace.
      if (kind === 'postgres') await all[0]?.disconnect();
      else await Promise.all(all.map((k) => k.disconnect()));
    },
  };
}

const MISSING = Symbol('missing');

/** A bounded read-through cache (least recently used out) in front of one collection. */
function cached<T>(inner: Collection<T>, max: number): Collection<T> {
  const memory = new Map<string, T | typeof MISSING>();
  // A read that started before a write must not cache what it read: it may be the old value.
  let writes = 0;
  const remember = (key: string, value: T | typeof MISSING) => {
    memory.delete(key);
    memory.set(key, value);
    if (memory.size > max) memory.delete(memory.keys().next().value as string);
  };
  return {
    async get(key) {
      const hit = memory.get(key);
      if (hit !== undefined) {
        remember(key, hit);
        return hit === MISSING ? undefined : hit;
      }
      const before = writes;
      const value = await inner.get(key);
      if (writes === before) remember(key, value === undefined ? MISSING : value);
      return value;
    },
    getMany: (keys) => inner.getMany(keys),
    async set(key, value) {
      writes++;
      memory.delete(key);
      await inner.set(key, value);
      writes++;
      remember(key, value);
    },
    async setIf(key, value, expected) {
      writes++;
      memory.delete(key);
      let done = true;
      if (inner.setIf) done = await inner.setIf(key, value, expected);
      else await inner.set(key, value);
      writes++;
      if (done) remember(key, value);
      return done;
    },
    async delete(key) {
      writes++;
      memory.delete(key);
      const deleted = await inner.delete(key);
      writes++;
      remember(key, MISSING);
      return deleted;
    },
    entries: () => inner.entries(),
  };
}
