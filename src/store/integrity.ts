import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { openSqlite } from './sqlite-file.js';

/**
 * Start-up checks of the store, so that a failed disk or a bad copy is never taken for a fresh
 * install: an existing store that is empty where it should not be stops the bot with a line naming
 * the file and what to do; only where no file exists is a new store created.
 */

/** The layout of the records this code reads and writes; stamped into a new store. */
export const SCHEMA_VERSION = 1;

export class StoreError extends Error {}

const WHAT_TO_DO =
  'restore a backup into it (npm run restore -- FILE), or move the file away to start a new, empty store';

/** A store URL fit for a log line: a password is left out. */
export function describeStore(url: string): string {
  if (url.startsWith('sqlite://')) return url.slice('sqlite://'.length);
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * What the file at `path` is before Keyv opens it: 'new' when there is none (Keyv creates it),
 * 'store' when it holds the store's table. Anything else throws a StoreError naming the path.
 */
export async function checkSqliteFile(path: string): Promise<'new' | 'store'> {
  if (path === ':memory:' || !existsSync(path)) return 'new';
  if (statSync(path).size === 0) {
    throw new StoreError(`store ${path} is an empty file (0 bytes), not a store: ${WHAT_TO_DO}`);
  }
  let tables: string[];
  try {
    const db = await openSqlite(path, 'readonly');
    try {
      const rows = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
      tables = rows.map((r) => r.name);
    } finally {
      await db.close();
    }
  } catch (err) {
    const reason = (err as Error).message.replace(/^SQLITE_\w+: /, '');
    throw new StoreError(`store ${path} is not a readable SQLite database (${reason}): ${WHAT_TO_DO}`);
  }
  if (!tables.includes('keyv')) {
    const what = tables.length === 0 ? 'has no tables' : `has no store table (only ${tables.join(', ')})`;
    throw new StoreError(`store ${path} is a SQLite file that ${what}, not a store: ${WHAT_TO_DO}`);
  }
  return 'store';
}

/** The schema stamp in the `meta` collection. */
export const schemaStamp = z.object({ version: z.number().int().positive(), at: z.string() });
export type SchemaStamp = z.infer<typeof schemaStamp>;

/** Throws unless `stamp` (the stored one, if any) is a version this code reads. */
export function checkStamp(where: string, stamp: unknown): void {
  if (stamp === undefined) return;
  const parsed = schemaStamp.safeParse(stamp);
  const version = parsed.success ? parsed.data.version : JSON.stringify(stamp);
  if (!parsed.success || parsed.data.version > SCHEMA_VERSION) {
    throw new StoreError(
      `store ${where} has schema version ${version}; this bot knows version ${SCHEMA_VERSION}: run the bot version that wrote it, or restore a backup (npm run restore -- FILE)`,
    );
  }
}

/** A record that cannot be read or fails its schema: names the collection and the key. */
export class RecordError extends StoreError {
  constructor(
    readonly where: string,
    readonly collection: string,
    readonly key: string,
    readonly reason: string,
  ) {
    super(
      `store ${where}: collection "${collection}", key "${key}": ${reason}: run npm run store:check to list bad records, and npm run store:check -- --quarantine to move them aside`,
    );
  }
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const chatId = z.number().int();

/**
 * Schemas of the records whose loss or corruption matters most (units, the sent log, the outbox).
 * Loose: a field another part adds later does not make old records bad; a missing or mistyped
 * field the code relies on does.
 */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  units: z.looseObject({
    chatId,
    chatType: z.enum(['private', 'group', 'supergroup']),
    type: z.string().min(1),
    name: z.string(),
    pilot: z.boolean(),
    secretaryId: z.number().int(),
    registeredAt: z.iso.datetime({ offset: true }),
    congressDate: day.optional(),
    readiness: z
      .record(z.string(), z.looseObject({ by: z.number().int(), at: z.iso.datetime({ offset: true }) }))
      .optional(),
    paused: z.boolean(),
    active: z.boolean(),
  }),
  reminders: z.looseObject({
    marks: z.record(
      z.string(),
      z.looseObject({ s: z.enum(['sent', 'collapsed', 'suppressed', 'skipped']), at: z.number() }),
    ),
    snoozes: z.record(z.string(), z.looseObject({ offset: z.string(), at: z.number() })).optional(),
  }),
  outbox: z.looseObject({
    id: z.string().min(1),
    chatId,
    text: z.string(),
    dedupeKey: z.string().min(1),
    batchId: z.string(),
    state: z.enum(['queued', 'sending', 'sent', 'failed', 'dead']),
    attempts: z.number().int().nonnegative(),
    nextAttemptAt: z.number(),
    createdAt: z.number(),
  }),
  meta: z.unknown(),
};

/** Why `value` (already parsed JSON) is not a valid record of `collection`, or undefined when it is. */
export function recordProblem(collection: string, value: unknown): string | undefined {
  const schema = RECORD_SCHEMAS[collection];
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : 'record';
  return `fails its schema (${path}: ${issue?.message ?? 'invalid'})`;
}
