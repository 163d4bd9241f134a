import type pg from 'pg';

/**
 * Direct clients for the few atomic operations Keyv does not offer (leases, the change feed).
 * Each is imported only when its backend is the store, so SQLite deployments load neither.
 */
export type RedisClient = Awaited<ReturnType<typeof openRedis>>;

/** A small pool with `ddl` applied (a CREATE TABLE IF NOT EXISTS). */
export async function openPgPool(url: string, ddl: string): Promise<pg.Pool> {
  const { default: pgLib } = await import('pg');
  const pool = new pgLib.Pool({ connectionString: url, max: 4 });
  // An idle client the server drops (a restart, an administrator) is reported on the pool: without
  // a listener that would crash the process. The next query on a fresh client sees the real state.
  pool.on('error', () => undefined);
  try {
    await pool.query(ddl);
  } catch (err) {
    // Replicas starting together race on CREATE TABLE IF NOT EXISTS, which PostgreSQL can answer
    // with a unique violation on its catalog (23505), "relation already exists" (42P07) or "type
    // already exists" (42710, the table's row type): each means it exists.
    const code = (err as { code?: string }).code;
    if (code !== '23505' && code !== '42P07' && code !== '42710') {
      await pool.end();
      throw err;
    }
  }
  return pool;
}

export async function openRedis(url: string) {
  const { createClient: create } = await import('@redis/client');
  const client = create({ url, socket: { connectTimeout: 3000 } });
  // Errors surface on the calls that fail; the event only keeps the client from crashing the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export async function closePgPool(pool: Promise<pg.Pool>): Promise<void> {
  await (await pool.catch(() => undefined))?.end();
}

export async function closeRedis(client: Promise<RedisClient>): Promise<void> {
  const c = await client.catch(() => undefined);
  if (c?.isOpen) await c.close();
}
