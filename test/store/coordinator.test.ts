import { PassThrough } from 'node:stream';
import cron from 'node-cron';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { coordinated } from '../../src/store/coordinator.js';
import { type Leases, openLeases } from '../../src/store/leases.js';
import { describeWith, POSTGRES_URL } from '../support/services.js';

const quiet = createLogger({ level: 'silent' });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('coordinated cron tasks', () => {
  it('skip the fire and log it when the store cannot be reached (fail-closed)', async () => {
    let logged = '';
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => {
      logged += d.toString();
    });
    const logger = createLogger({ level: 'error', destination: sink });
    const down: Leases = {
      kind: 'postgres',
      owner: 'x',
      claim: () => Promise.reject(new Error('connection refused')),
      hold: () => Promise.reject(new Error('connection refused')),
      release: async () => undefined,
      close: async () => undefined,
    };
    let runs = 0;
    const task = cron.schedule(
      '* * * * * *',
      () => {
        runs++;
      },
      coordinated(down, logger, 'down-test', { kind: 'perTick', leaseMs: 900 }),
    );
    await wait(2300);
    await task.destroy();
    expect(runs).toBe(0);
    expect(logged).toMatch(/Run coordinator failed; skipping execution/);
  });

  it('are not coordinated on SQLite: the one process runs every fire', async () => {
    const leases = openLeases('sqlite://unused.sqlite');
    let runs = 0;
    const task = cron.schedule(
      '* * * * * *',
      () => {
        runs++;
      },
      coordinated(leases, quiet, 'local-test', { kind: 'perTick', leaseMs: 900 }),
    );
    await wait(2300);
    await task.destroy();
    expect(runs).toBeGreaterThanOrEqual(2);
  });
});

describeWith('postgres', 'coordinated cron tasks on PostgreSQL', () => {
  const open: Leases[] = [];
  afterAll(async () => {
    await Promise.all(open.map((l) => l.close()));
  });

  it('run each fire on exactly one of three replicas', async () => {
    const name = `tick-${Date.now()}`;
    const fires = new Map<string, number>();
    const tasks = [0, 1, 2].map(() => {
      const leases = openLeases(POSTGRES_URL);
      open.push(leases);
      return cron.schedule(
        '* * * * * *',
        (ctx) => {
          const slot = ctx.date.toISOString();
          fires.set(slot, (fires.get(slot) ?? 0) + 1);
        },
        coordinated(leases, quiet, name, { kind: 'perTick', leaseMs: 5000 }),
      );
    });
    await wait(3300);
    await Promise.all(tasks.map((t) => t.destroy()));
    expect(fires.size).toBeGreaterThanOrEqual(2);
    expect([...fires.values()].every((n) => n === 1)).toBe(true);
  });
});
