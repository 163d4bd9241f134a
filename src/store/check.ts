import { openStore, type StoreKind, sqlitePath, storeKind } from './index.js';
import { describeStore, recordProblem } from './integrity.js';
import { closePgPool, closeRedis, openPgPool, openRedis } from './native.js';
import { openSqlite } from './sqlite-file.js';

/**
 * `npm run store:check`: reads every record of the store as it is stored (not through Keyv, so a
 * broken row is seen and named instead of stopping the read) and checks it against its schema.
 * With `quarantine`, each bad record is copied into the `quarantine` collection (raw text, reason,
 * time) and only then removed from its own, so the bot can start; nothing is deleted otherwise.
 */

export interface BadRecord {
  collection: string;
  key: string;
  reason: string;
  raw: string;
}

export interface CheckReport {
  where: string;
  records: number;
  collections: Map<string, number>;
  bad: BadRecord[];
  quarantined: number;
}

/** The collection that holds quarantined records; itself never checked against a schema. */
export const QUARANTINE = 'quarantine';

/** Every stored row as [collection, key, raw JSON text]. */
async function* rawRows(kind: StoreKind, url: string): AsyncGenerator<[string, string, string]> {
  const split = (full: string): [string, string] => {
    const i = full.indexOf(':');
    return i < 0 ? ['', full] : [full.slice(0, i), full.slice(i + 1)];
  };
  if (kind === 'sqlite') {
    const db = await openSqlite(sqlitePath(url), 'readonly');
    try {
      for (const r of await db.all<{ key: string; value: string }>(
        'SELECT key, value FROM keyv ORDER BY key',
      ))
        yield [...split(r.key), r.value];
    } finally {
      await db.close();
    }
  } else if (kind === 'postgres') {
    const pool = openPgPool(url, 'SELECT 1');
    try {
      const { rows } = await (await pool).query<{ key: string; value: string }>(
        'SELECT key, value FROM keyv ORDER BY key',
      );
      for (const r of rows) yield [...split(r.key), r.value];
    } finally {
      await closePgPool(pool);
    }
  } else {
    // @keyv/redis stores `<namespace>::<namespace>:<key>` as a string.
    const client = openRedis(url);
    try {
      const c = await client;
      for await (const keys of c.scanIterator({ MATCH: '*::*', COUNT: 1000 })) {
        for (const full of keys) {
          const value = await c.get(full);
          if (value !== null) yield [...split(full.slice(full.indexOf('::') + 2)), value];
        }
      }
    } finally {
      await closeRedis(client);
    }
  }
}

/** Why the raw text of a record is not a good record, or undefined. */
function problemOf(collection: string, raw: string): string | undefined {
  let parsed: { value?: unknown };
  try {
    parsed = JSON.parse(raw) as { value?: unknown };
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (typeof parsed !== 'object' || parsed === null || !('value' in parsed)) return 'not a stored record';
  return collection === QUARANTINE ? undefined : recordProblem(collection, parsed.value);
}

export async function checkStore(url: string, options: { quarantine?: boolean; now?: Date } = {}) {
  const kind = storeKind(url);
  const report: CheckReport = {
    where: kind === 'sqlite' ? sqlitePath(url) : describeStore(url),
    records: 0,
    collections: new Map(),
    bad: [],
    quarantined: 0,
  };
  for await (const [collection, key, raw] of rawRows(kind, url)) {
    report.records++;
    report.collections.set(collection, (report.collections.get(collection) ?? 0) + 1);
    const reason = problemOf(collection, raw);
    if (reason) report.bad.push({ collection, key, reason, raw });
  }
  if (options.quarantine && report.bad.length > 0) {
    const store = await openStore(url);
    try {
      const aside = store.collection<BadRecord & { at: string }>(QUARANTINE);
      const at = (options.now ?? new Date()).toISOString();
      for (const b of report.bad) {
        // Copied first, removed after: a crash in between leaves the record in both, never in neither.
        await aside.set(`${b.collection}:${b.key}`, { ...b, at });
        await store.collection(b.collection).delete(b.key);
        report.quarantined++;
      }
    } finally {
      await store.close();
    }
  }
  return report;
}
