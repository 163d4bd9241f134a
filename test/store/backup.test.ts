import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupStore, restoreStore } from '../../src/store/backup.js';
import { openStore } from '../../src/store/index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'daihoi-backup-'));

async function countsOf(path: string): Promise<{ rows: number; values: number[] }> {
  const store = await openStore(`sqlite://${path}`);
  const values: number[] = [];
  for await (const [, v] of store.collection<{ n: number }>('counter').entries()) values.push(v.n);
  await store.close();
  return { rows: values.length, values: values.sort((a, b) => a - b) };
}

describe('backup and restore of a SQLite store', () => {
  it('backs up a store that is being written to, and the copy is consistent and complete up to a point', async () => {
    const d = dir();
    const path = join(d, 'live.sqlite');
    const store = await openStore(`sqlite://${path}`);
    const counter = store.collection<{ n: number }>('counter');
    await Promise.all(
      Array.from({ length: 20_000 }, (_, i) => counter.set(String(i).padStart(6, '0'), { n: i })),
    );
    // Keep writing, in order, while the backup runs: the copy holds an unbroken prefix 0..k.
    let writing = true;
    let next = 20_000;
    const writer = (async () => {
      while (writing) {
        await counter.set(String(next).padStart(6, '0'), { n: next });
        next++;
      }
    })();
    const report = await backupStore(path, join(d, 'copy.sqlite'));
    writing = false;
    await writer;
    await store.close();
    // The writer did run during the copy.
    expect(next).toBeGreaterThan(20_000);
    expect(report.bad).toEqual([]);
    const copy = await countsOf(join(d, 'copy.sqlite'));
    expect(copy.rows).toBeGreaterThanOrEqual(20_000);
    expect(copy.rows).toBeLessThanOrEqual(next);
    expect(copy.values).toEqual(Array.from({ length: copy.rows }, (_, i) => i));
  });

  it('refuses to overwrite an existing file, and a store that does not exist', async () => {
    const d = dir();
    const path = join(d, 'live.sqlite');
    await (await openStore(`sqlite://${path}`)).close();
    writeFileSync(join(d, 'taken.sqlite'), 'x');
    await expect(backupStore(path, join(d, 'taken.sqlite'))).rejects.toThrow(
      `${join(d, 'taken.sqlite')} already exists: choose a new file name for the backup`,
    );
    await expect(backupStore(join(d, 'none.sqlite'), join(d, 'b.sqlite'))).rejects.toThrow(
      `store ${join(d, 'none.sqlite')} does not exist`,
    );
  });

  it('restores into a stopped store, keeping the store it replaces', async () => {
    const d = dir();
    const path = join(d, 'bot.sqlite');
    const store = await openStore(`sqlite://${path}`);
    const counter = store.collection<{ n: number }>('counter');
    for (let i = 0; i < 10; i++) await counter.set(String(i), { n: i });
    await backupStore(path, join(d, 'monday.sqlite'));
    for (let i = 10; i < 15; i++) await counter.set(String(i), { n: i });
    // While the bot runs the store is in use: refused.
    await expect(restoreStore(path, join(d, 'monday.sqlite'))).rejects.toThrow(
      `store ${path} is in use (is the bot running?): stop the bot, then restore`,
    );
    await store.close();
    const { keptAs, report } = await restoreStore(
      path,
      join(d, 'monday.sqlite'),
      new Date('2025-03-24T01:00:00Z'),
    );
    expect(report.bad).toEqual([]);
    expect((await countsOf(path)).rows).toBe(10);
    expect(keptAs).toBe(`${path}.before-restore-2025-03-24T01-00-00-000Z`);
    expect((await countsOf(keptAs as string)).rows).toBe(15);
  });

  it('restores over a store that is garbage (moved aside), and refuses a backup that is not a store', async () => {
    const d = dir();
    const good = join(d, 'good.sqlite');
    const s = await openStore(`sqlite://${good}`);
    await s.collection('counter').set('1', { n: 1 });
    await s.close();
    const backup = join(d, 'backup.sqlite');
    await backupStore(good, backup);
    const path = join(d, 'bot.sqlite');
    writeFileSync(path, 'garbage '.repeat(1000));
    writeFileSync(join(d, 'bad-backup.sqlite'), '');
    await expect(restoreStore(path, join(d, 'bad-backup.sqlite'))).rejects.toThrow(
      `store ${join(d, 'bad-backup.sqlite')} is an empty file (0 bytes), not a store`,
    );
    await restoreStore(path, backup);
    expect((await countsOf(path)).rows).toBe(1);
    expect(readdirSync(d).filter((f) => f.startsWith('bot.sqlite.before-restore-'))).toHaveLength(1);
  });

  it('npm run backup -- FILE and npm run restore -- FILE', async () => {
    const d = dir();
    const path = join(d, 'bot.sqlite');
    const s = await openStore(`sqlite://${path}`);
    await s.collection('counter').set('1', { n: 1 });
    await s.close();
    const run = (action: string, file: string) =>
      spawnSync(process.execPath, ['dist/src/store/backup-cli.js', action, file], {
        env: { ...process.env, STORE_URL: `sqlite://${path}` },
        encoding: 'utf8',
      });
    const b = run('backup', join(d, 'b.sqlite'));
    expect(b.stdout).toBe(`backup: ${path} -> ${join(d, 'b.sqlite')}: 2 records, checked\n`);
    expect(b.status).toBe(0);
    const r = run('restore', join(d, 'b.sqlite'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^restore: the store it replaces is kept as .*bot\.sqlite\.before-restore-/);
    expect(existsSync(path)).toBe(true);
    const again = run('backup', join(d, 'b.sqlite'));
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});
