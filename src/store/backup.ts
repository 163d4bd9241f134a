import { existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CheckReport, checkStore } from './check.js';
import { checkSqliteFile, checkStamp, StoreError } from './integrity.js';
import { onlineBackup, openSqlite } from './sqlite-file.js';

/**
 * Backup and restore of a SQLite store with SQLite's online backup API (never a file copy, which
 * can catch the file half-written or miss what is still in the WAL).
 */

/** Checks that `file` is a store this code can read: a store table, a known stamp, no bad record. */
async function verify(file: string): Promise<CheckReport> {
  await checkSqliteFile(file);
  const db = await openSqlite(file, 'readonly');
  try {
    const rows = await db.all<{ value: string }>("SELECT value FROM keyv WHERE key = 'meta:schema'");
    const raw = rows[0]?.value;
    checkStamp(file, raw === undefined ? undefined : (JSON.parse(raw) as { value: unknown }).value);
  } finally {
    await db.close();
  }
  const report = await checkStore(`sqlite://${file}`);
  const first = report.bad[0];
  if (first) {
    throw new StoreError(
      `${file} holds ${report.bad.length} bad record(s), first collection "${first.collection}", key "${first.key}": ${first.reason}`,
    );
  }
  return report;
}

/**
 * A consistent copy of the store at `storePath` (the bot may be running and writing) into `file`,
 * which must not exist yet; the copy is then read back and checked.
 */
export async function backupStore(storePath: string, file: string): Promise<CheckReport> {
  const dest = resolve(file);
  if (existsSync(dest)) throw new StoreError(`${dest} already exists: choose a new file name for the backup`);
  if ((await checkSqliteFile(storePath)) === 'new') throw new StoreError(`store ${storePath} does not exist`);
  const source = await openSqlite(storePath, 'readonly');
  try {
    await onlineBackup(source, dest);
  } finally {
    await source.close();
  }
  return verify(dest);
}

/** Throws unless no other connection (a running bot) has the store at `path` open. */
async function ensureStopped(path: string): Promise<void> {
  const db = await openSqlite(path);
  db.raw.configure('busyTimeout', 1_000);
  try {
    // A running bot keeps its connections open; in WAL mode they keep this lock from being taken.
    await db.run('PRAGMA locking_mode = EXCLUSIVE');
    await db.run('BEGIN EXCLUSIVE');
    await db.run('ROLLBACK');
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreError(`store ${path} is in use (is the bot running?): stop the bot, then restore`);
    }
    throw err;
  } finally {
    // The last connection to close folds the WAL into the file.
    await db.close();
  }
}

export interface RestoreResult {
  report: CheckReport;
  /** Where the store that was replaced now is (nothing is deleted), if there was one. */
  keptAs: string | undefined;
}

/**
 * Puts the backup `file` back as the store at `storePath`, with the bot stopped: the backup is
 * checked first; the store it replaces is renamed `<path>.before-restore-<time>`, never deleted.
 */
export async function restoreStore(
  storePath: string,
  file: string,
  now = new Date(),
): Promise<RestoreResult> {
  const source = resolve(file);
  if (!existsSync(source)) throw new StoreError(`${source} does not exist`);
  await verify(source);
  let keptAs: string | undefined;
  if (existsSync(storePath)) {
    const isStore = await checkSqliteFile(storePath).then(
      () => true,
      () => false,
    );
    if (isStore) await ensureStopped(storePath);
    keptAs = `${storePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(storePath + suffix)) renameSync(storePath + suffix, keptAs + suffix);
    }
  }
  const dest = await openSqlite(storePath, 'create');
  try {
    await onlineBackup(dest, source, true);
  } finally {
    await dest.close();
  }
  return { report: await verify(storePath), keptAs };
}
