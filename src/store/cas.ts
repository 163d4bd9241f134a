import { randomInt } from 'node:crypto';
import type { StoreKind } from './index.js';

/**
 * Compare-and-set on the record version (`v`, a field of the stored value; a record without one
 * is version 0), the atomic write Keyv does not offer. On PostgreSQL a conditional upsert of the
 * row Keyv keeps in `keyv`, on Redis a Lua script over the string Keyv keeps; both leave the
 * record exactly as Keyv would have written it, and both go through the adapter's own connection
 * (no extra pool: replicas share the server's connection limit). SQLite has one writer process,
 * whose per-unit chain already orders writes: there it is a plain write.
 */
export type SetIf = (fullKey: string, serialized: string, expected: number | undefined) => Promise<boolean>;

const PG_UPDATE = `
  INSERT INTO keyv (key, value) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
  WHERE COALESCE((keyv.value::jsonb #>> '{value,v}')::bigint, 0) = $3
  RETURNING key`;
const PG_INSERT = 'INSERT INTO keyv (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key';

const REDIS_CAS = `
local cur = redis.call('GET', KEYS[1])
if ARGV[2] == 'none' then
  if cur then return 0 end
else
  if not cur then return 0 end
  local ok, d = pcall(cjson.decode, cur)
  local v = 0
  if ok and type(d) == 'table' and type(d.value) == 'table' and d.value.v then v = tonumber(d.value.v) end
  if v ~= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1])
return 1`;

interface PgAdapter {
  query(sql: string, values: unknown[]): Promise<unknown[]>;
}
interface RedisAdapter {
  getClient(): Promise<{
    eval(script: string, o: { keys: string[]; arguments: string[] }): Promise<unknown>;
  }>;
}

/**
 * The conditional write for one namespace's adapter, or undefined on SQLite. `fullKey` is
 * `<namespace>:<key>`, as Keyv names the row.
 */
export function conditionalWriter(kind: StoreKind, adapter: unknown): SetIf | undefined {
  if (kind === 'postgres') {
    const pg = adapter as PgAdapter;
    return async (fullKey, serialized, expected) => {
      const rows =
        expected === undefined
          ? await pg.query(PG_INSERT, [fullKey, serialized])
          : await pg.query(PG_UPDATE, [fullKey, serialized, expected]);
      return rows.length === 1;
    };
  }
  if (kind === 'redis') {
    const redis = adapter as RedisAdapter;
    return async (fullKey, serialized, expected) => {
      const client = await redis.getClient();
      // @keyv/redis keeps `<namespace>::<namespace>:<key>`.
      const ns = fullKey.slice(0, fullKey.indexOf(':'));
      const res = await client.eval(REDIS_CAS, {
        keys: [`${ns}::${fullKey}`],
        arguments: [serialized, expected === undefined ? 'none' : String(expected)],
      });
      return res === 1;
    };
  }
  return undefined;
}

/** What an attempt returns when its conditional write met another writer's. */
export const CONFLICT = Symbol('conflict');
export type Conflict = typeof CONFLICT;

/** Tries of a change that keeps meeting other replicas' writes to the same record. */
export const MAX_ATTEMPTS = 50;

/**
 * Runs `attempt` (read the record, decide, write it conditionally) until it does not return
 * CONFLICT, pausing a few random milliseconds more after each conflict so that two replicas do not
 * meet again in step. After MAX_ATTEMPTS conflicts in a row it throws, naming `what`: nothing is
 * written over a change it has not seen.
 */
export async function retryOnConflict<T>(what: string, attempt: () => Promise<T | Conflict>): Promise<T> {
  for (let n = 1; ; n++) {
    const out = await attempt();
    if (out !== CONFLICT) return out as T;
    if (n >= MAX_ATTEMPTS)
      throw new Error(`${what}: changed by another replica ${n} times in a row; not written`);
    await new Promise((r) => setTimeout(r, randomInt(1, 4 + 4 * n)));
  }
}
