import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';

/** One namespace of the store: a typed key-value map. */
export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  getMany(keys: string[]): Promise<Array<T | undefined>>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Every entry; for start-up loads and exports only, never on a hot path. */
  entries(): AsyncGenerator<[string, T]>;
}

export type StoreKind = 'sqlite' | 'postgres' | 'redis';

export interface Store {
  readonly kind: StoreKind;
  readonly url: string;
  collection<T>(name: string): Collection<T>;
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

/**
 * Opens an adapter for one namespace. Keyv's iterator reads the namespace from the adapter,
 * so namespaces cannot share one adapter: each gets its own connection.
 */
function openAdapter(kind: StoreKind, url: string, pending: Array<Promise<unknown>>): KeyvStoreAdapter {
  switch (kind) {
    case 'sqlite': {
      const path = sqlitePath(url);
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      // The default iterator pages 10 rows at a time and recurses per page; 5000 keeps start-up loads shallow.
      const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000, iterationLimit: 5000 });
      // WAL with synchronous=NORMAL: ~25x the default write rate; a crash of the process loses nothing committed.
      pending.push(adapter.query('PRAGMA journal_mode=WAL'), adapter.query('PRAGMA synchronous=NORMAL'));
      return adapter as unknown as KeyvStoreAdapter;
    }
    case 'postgres':
      return new KeyvPostgres({ uri: url, iterationLimit: 5000 }) as unknown as KeyvStoreAdapter;
    case 'redis':
      return new KeyvRedis(url, {
        throwOnConnectError: true,
        throwOnErrors: true,
      }) as unknown as KeyvStoreAdapter;
  }
}

export async function openStore(url: string): Promise<Store> {
  const kind = storeKind(url);
  const keyvs = new Map<string, Keyv>();
  const pending: Array<Promise<unknown>> = [];

  const keyvFor = (name: string): Keyv => {
    let keyv = keyvs.get(name);
    if (!keyv) {
      keyv = new Keyv({ store: openAdapter(kind, url, pending), namespace: name, throwOnErrors: true });
      keyvs.set(name, keyv);
    }
    return keyv;
  };

  // Touch the store now so a bad STORE_URL fails at start-up, not at the first write.
  await keyvFor('meta').get('opened');
  await Promise.all(pending);

  return {
    kind,
    url,
    collection<T>(name: string): Collection<T> {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad collection name: ${name}`);
      const keyv = keyvFor(name);
      const prefix = `${name}:`;
      return {
        get: (key) => keyv.get<T>(key),
        getMany: async (keys) =>
          keys.length === 0 ? [] : ((await keyv.getMany<T>(keys)) as Array<T | undefined>),
        set: async (key, value) => {
          await keyv.set(key, value);
        },
        delete: (key) => keyv.delete(key),
        async *entries() {
          if (!keyv.iterator) return;
          for await (const [key, value] of keyv.iterator(undefined) as AsyncGenerator<[string, T]>) {
            yield [key.startsWith(prefix) ? key.slice(prefix.length) : key, value];
          }
        },
      };
    },
    async close() {
      await Promise.allSettled(pending);
      const all = [...keyvs.values()];
      // @keyv/postgres keeps one pool per process for a URI: ending it once closes every namespace.
      if (kind === 'postgres') await all[0]?.disconnect();
      else await Promise.all(all.map((k) => k.disconnect()));
    },
  };
}
