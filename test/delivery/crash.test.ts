import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { tempStoreUrl } from './helpers.js';

const CHILD = join(import.meta.dirname, '../../dist/test/support/delivery-crash-child.js');
const COUNT = 300;
const CONCURRENCY = 20;
/**
 * The pace is raised so the run takes a fraction of a second: 1,000/s bot-wide, a private chat's
 * messages 100 ms apart (the fake enforces 50 ms). What is proven is crash safety, not the limits
 * (sender.test.ts has those).
 */
const RATE = 1000;
const PRIVATE_INTERVAL_MS = 100;

function run(args: string[]): { child: ChildProcess; exit: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const exit = new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out })),
  );
  return { child, exit };
}

describe('delivery across a crash', () => {
  // Latency keeps sends in flight at the kill: the fake still delivers them, the child never records them.
  const fake = new FakeBotApi({ globalPerSecond: 2 * RATE, privateIntervalMs: 50, latencyMs: 20 });
  const store = tempStoreUrl();
  let apiRoot = '';

  beforeAll(async () => {
    if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: run \`npm run build\` first`);
    apiRoot = await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
    store.cleanup();
  });

  it('delivers all 300 items after SIGKILL half-way, with duplicates only from the sends in flight', async () => {
    const args = [
      store.url,
      apiRoot,
      String(COUNT),
      String(CONCURRENCY),
      String(RATE),
      String(PRIVATE_INTERVAL_MS),
    ];

    // 1. First run, killed without warning once about half the items have arrived.
    const first = run(args);
    while (fake.delivered.length < COUNT / 2) {
      const done = await Promise.race([
        first.exit.then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 5)),
      ]);
      if (done) throw new Error('the first run finished before it could be killed');
    }
    first.child.kill('SIGKILL');
    const killed = await first.exit;
    expect(killed.code).toBeNull();
    const beforeRestart = fake.delivered.length;
    expect(beforeRestart).toBeLessThan(COUNT);

    // 2. Restart: the same enqueue is a no-op; the outbox resumes where it stopped.
    const second = run(args);
    const { code, out } = await second.exit;
    expect(code).toBe(0);
    const done = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { done?: Record<string, number> };
    expect(done.done).toEqual({ queued: 0, sending: 0, sent: COUNT, failed: 0, dead: 0, total: COUNT });

    // 3. Every item arrived; only the ones in flight at the kill could arrive twice.
    const texts = fake.delivered.map((d) => d.text);
    const unique = new Set(texts);
    expect(unique.size).toBe(COUNT);
    for (let i = 0; i < COUNT; i++) expect(unique.has(`crash-${i}`)).toBe(true);
    // In each chat the first message arrived before the second, across the crash too.
    for (let i = 0; i < COUNT; i += 2) {
      expect(texts.indexOf(`crash-${i}`)).toBeLessThan(texts.indexOf(`crash-${i + 1}`));
    }
    const duplicates = texts.length - unique.size;
    expect(duplicates).toBeLessThanOrEqual(CONCURRENCY);
    console.info(`crash test: killed after ${beforeRestart} deliveries; ${duplicates} duplicate(s)`);
  }, 60_000);
});
