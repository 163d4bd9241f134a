import sqlite3 from 'sqlite3';

/**
 * A few promise wrappers over node-sqlite3, for what the store does beside Keyv: the start-up file
 * check, store:check on SQLite, and the online backup API (backup and restore).
 */
export interface SqliteDb {
  all<R>(sql: string, ...params: unknown[]): Promise<R[]>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  close(): Promise<void>;
  readonly raw: sqlite3.Database;
}

/** `create` makes the file when there is none; the other modes need it to exist. */
export async function openSqlite(
  path: string,
  mode: 'readonly' | 'readwrite' | 'create' = 'readwrite',
): Promise<SqliteDb> {
  const flags =
    mode === 'readonly'
      ? sqlite3.OPEN_READONLY
      : mode === 'readwrite'
        ? sqlite3.OPEN_READWRITE
        : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(path, flags, (err) => (err ? reject(err) : resolve(d)));
  });
  db.configure('busyTimeout', 10_000);
  return {
    raw: db,
    all: <R>(sql: string, ...params: unknown[]) =>
      new Promise<R[]>((resolve, reject) =>
        db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as R[]))),
      ),
    run: (sql: string, ...params: unknown[]) =>
      new Promise<void>((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve()))),
    close: () => new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** node-sqlite3's Backup object (sqlite3_backup_*); its type declarations leave it out. */
interface Backup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb?: (err: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
  readonly remaining: number;
  readonly pageCount: number;
}

/**
 * Copies the database open in `source` page by page into the file `dest` with SQLite's online
 * backup API: a consistent snapshot even while another connection (the running bot) writes.
 * `toSource` reverses the direction (restore).
 */
export async function onlineBackup(source: SqliteDb, file: string, toSource = false): Promise<number> {
  const backup = await new Promise<Backup>((resolve, reject) => {
    const b = (
      source.raw as unknown as {
        backup(f: string, d: string, s: string, isDest: boolean, cb: (e: Error | null) => void): Backup;
      }
    ).backup(file, 'main', 'main', !toSource, (err) => (err ? reject(err) : resolve(b)));
  });
  try {
    while (!backup.completed && !backup.failed) {
      await new Promise<void>((resolve, reject) =>
        // All pages in one step, inside one read transaction: in WAL mode the bot keeps writing
        // meanwhile, and a copy in small steps would restart at each of its writes.
        backup.step(-1, (err) => (err ? reject(err) : resolve())),
      );
    }
    if (backup.failed) throw new Error('the SQLite backup failed');
    return backup.pageCount;
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()));
  }
}
