import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { checkStore } from '../../src/store/check.js';
import { openStore } from '../../src/store/index.js';
import { openSqlite } from '../../src/store/sqlite-file.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { makeUnitRecord } from '../support/units.js';

/** JSON.parse's own words for '{bad' (they differ between Node versions). */
const BAD_JSON = (() => {
  try {
    JSON.parse('{bad');
    return '';
  } catch (err) {
    return (err as Error).message;
  }
})();
const dir = () => mkdtempSync(join(tmpdir(), 'daihoi-integrity-'));
const WHAT_TO_DO =
  'restore a backup into it (npm run restore -- FILE), or move the file away to start a new, empty store';

/** A store file with two units written through the real store. */
async function storeWithUnits(path: string): Promise<void> {
  const store = await openStore(`sqlite://${path}`);
  const units = store.collection('units');
  await units.set('101', makeUnitRecord({ chatId: 101 }));
  await units.set('102', makeUnitRecord({ chatId: 102 }));
  await store.close();
}

async function sql(path: string, statement: string, ...params: unknown[]): Promise<void> {
  const db = await openSqlite(path);
  await db.run(statement, ...params);
  await db.close();
}

describe('a store that is not what it should be stops the bot, naming the file', () => {
  it('creates a new store, stamped with its schema version, only where no file exists', async () => {
    const path = join(dir(), 'new.sqlite');
    const store = await openStore(`sqlite://${path}`);
    expect(await store.collection<{ version: number }>('meta').get('schema')).toMatchObject({ version: 1 });
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('0 bytes', async () => {
    const path = join(dir(), 'zero.sqlite');
    writeFileSync(path, '');
    await expect(openStore(`sqlite://${path}`)).rejects.toThrow(
      `store ${path} is an empty file (0 bytes), not a store: ${WHAT_TO_DO}`,
    );
    // Nothing was written into it.
    expect(readFileSync(path).length).toBe(0);
  });

  it('header only: a SQLite file with no tables', async () => {
    const path = join(dir(), 'header.sqlite');
    const db = await openSqlite(path, 'create');
    await db.run('PRAGMA user_version = 7');
    await db.close();
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    await expect(openStore(`sqlite://${path}`)).rejects.toThrow(
      `store ${path} is a SQLite file that has no tables, not a store: ${WHAT_TO_DO}`,
    );
  });

  it('the first 100 bytes of a store (its header) and nothing else', async () => {
    const d = dir();
    await storeWithUnits(join(d, 'full.sqlite'));
    const path = join(d, 'truncated.sqlite');
    writeFileSync(path, readFileSync(join(d, 'full.sqlite')).subarray(0, 100));
    await expect(openStore(`sqlite://${path}`)).rejects.toThrow(
      `store ${path} is not a readable SQLite database (database disk image is malformed): ${WHAT_TO_DO}`,
    );
  });

  it('garbage', async () => {
    const path = join(dir(), 'garbage.sqlite');
    writeFileSync(path, 'this is not a database, it is a shopping list\n'.repeat(100));
    await expect(openStore(`sqlite://${path}`)).rejects.toThrow(
      `store ${path} is not a readable SQLite database (file is not a database): ${WHAT_TO_DO}`,
    );
  });

  it('a schema version this code does not know', async () => {
    const path = join(dir(), 'future.sqlite');
    await storeWithUnits(path);
    await sql(
      path,
      "UPDATE keyv SET value = ? WHERE key = 'meta:schema'",
      JSON.stringify({ value: { version: 9, at: 'x' } }),
    );
    await expect(openStore(`sqlite://${path}`)).rejects.toThrow(
      `store ${path} has schema version 9; this bot knows version 1: run the bot version that wrote it, or restore a backup (npm run restore -- FILE)`,
    );
  });

  it('one bad row: the load names the collection and key; store:check lists it and quarantines it', async () => {
    const path = join(dir(), 'badrow.sqlite');
    await storeWithUnits(path);
    await sql(path, "UPDATE keyv SET value = '{bad' WHERE key = 'units:102'");
    const store = await openStore(`sqlite://${path}`);
    const units = new UnitsRepo(store, systemClock);
    await expect(units.load()).rejects.toThrow(
      `store ${path}: collection "units", key "102": not valid JSON (${BAD_JSON}): run npm run store:check to list bad records, and npm run store:check -- --quarantine to move them aside`,
    );
    await store.close();

    const listed = await checkStore(`sqlite://${path}`);
    expect(listed.bad.map((b) => [b.collection, b.key, b.reason])).toEqual([
      ['units', '102', `not valid JSON (${BAD_JSON})`],
    ]);
    expect(listed.quarantined).toBe(0);

    const moved = await checkStore(`sqlite://${path}`, {
      quarantine: true,
      now: new Date('2025-03-24T01:00:00Z'),
    });
    expect(moved.quarantined).toBe(1);
    const after = await openStore(`sqlite://${path}`);
    const repo = new UnitsRepo(after, systemClock);
    await repo.load();
    expect(repo.get(101)?.chatId).toBe(101);
    expect(repo.get(102)).toBeUndefined();
    // Kept aside with its raw text, not deleted.
    expect(await after.collection('quarantine').get('units:102')).toMatchObject({
      collection: 'units',
      key: '102',
      raw: '{bad',
      at: '2025-03-24T01:00:00.000Z',
    });
    await after.close();
    expect((await checkStore(`sqlite://${path}`)).bad).toEqual([]);
  });

  it('a record that is JSON but fails its schema names the collection, key and field', async () => {
    const path = join(dir(), 'schema.sqlite');
    await storeWithUnits(path);
    const broken = { ...makeUnitRecord({ chatId: 101 }), registeredAt: 'yesterday' };
    await sql(path, "UPDATE keyv SET value = ? WHERE key = 'units:101'", JSON.stringify({ value: broken }));
    const store = await openStore(`sqlite://${path}`);
    await expect(new UnitsRepo(store, systemClock).load()).rejects.toThrow(
      `store ${path}: collection "units", key "101": fails its schema (registeredAt: Invalid ISO datetime)`,
    );
    await store.close();
  });

  it('npm run store:check prints the bad records and exits 1; with --quarantine, 0', async () => {
    const path = join(dir(), 'cli.sqlite');
    await storeWithUnits(path);
    await sql(path, "UPDATE keyv SET value = 'null' WHERE key = 'units:101'");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['dist/src/store/check-cli.js', ...args], {
        env: { ...process.env, STORE_URL: `sqlite://${path}` },
        encoding: 'utf8',
      });
    const first = run();
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(`store:check ${path}: 3 records (meta 1, units 2)`);
    expect(first.stdout).toContain('  bad: collection "units", key "101": not a stored record');
    const second = run('--quarantine');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('1 moved to the "quarantine" collection');
    const third = run();
    expect(third.status).toBe(0);
    expect(third.stdout).toContain('every record is valid');
  });

  it('the bot process stops at start-up on a 0-byte store with that line', () => {
    const path = join(dir(), 'zero.sqlite');
    writeFileSync(path, '');
    const r = spawnSync(process.execPath, ['dist/src/main.js'], {
      env: {
        ...process.env,
        BOT_TOKEN: '123456:ABC',
        STORE_URL: `sqlite://${path}`,
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `daihoi-bot: failed to start: store ${path} is an empty file (0 bytes), not a store: ${WHAT_TO_DO}`,
    );
    expect(readFileSync(path).length).toBe(0);
  });
});
