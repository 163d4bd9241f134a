import { ConfigError, parseStoreUrl } from '../config.js';
import { backupStore, restoreStore } from './backup.js';
import { sqlitePath, storeKind } from './index.js';
import { StoreError } from './integrity.js';

/**
 * `npm run backup -- FILE` and `npm run restore -- FILE` for the SQLite store of STORE_URL.
 * PostgreSQL and Redis have their own tools (README, Reliability).
 */
const [action, file] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(`${line}\n`);

try {
  if ((action !== 'backup' && action !== 'restore') || !file) {
    throw new ConfigError('usage: npm run backup -- FILE, or npm run restore -- FILE');
  }
  const url = parseStoreUrl(process.env);
  if (storeKind(url) !== 'sqlite') {
    throw new ConfigError(
      `${action} works on a SQLite store; for PostgreSQL use pg_dump / pg_restore, for Redis its RDB or AOF files (README, Reliability)`,
    );
  }
  const store = sqlitePath(url);
  if (action === 'backup') {
    const r = await backupStore(store, file);
    out(`backup: ${store} -> ${r.where}: ${r.records} records, checked`);
  } else {
    const { report, keptAs } = await restoreStore(store, file);
    if (keptAs) out(`restore: the store it replaces is kept as ${keptAs}`);
    out(`restore: ${file} -> ${report.where}: ${report.records} records, checked`);
  }
} catch (err) {
  if (err instanceof ConfigError || err instanceof StoreError) {
    process.stderr.write(`${action ?? 'backup'}: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
