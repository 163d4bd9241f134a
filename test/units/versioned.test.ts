import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { openStore } from '../../src/store/index.js';
import { UnitsRepo } from '../../src/units/repo.js';
import { describeWith, POSTGRES_URL, REDIS_URL } from '../support/services.js';
import { makeUnitRecord } from '../support/units.js';

const ROUNDS = 1_000;

/**
 * Two writers change different fields of one unit at the same moment, ROUNDS times: the name on
 * one, the secretary on the other. Both changes must survive every round.
 */
async function race(a: UnitsRepo, b: UnitsRepo, reread: UnitsRepo, chatId: number): Promise<void> {
  await a.update(chatId, () => makeUnitRecord({ chatId, name: 'Chi bộ 0', secretaryId: 1 }));
  const lost: number[] = [];
  for (let i = 1; i <= ROUNDS; i++) {
    await Promise.all([
      a.update(chatId, (u) => (u ? { ...u, name: `Chi bộ ${i}` } : u)),
      b.update(chatId, (u) => (u ? { ...u, secretaryId: 1_000 + i } : u)),
    ]);
    const stored = await reread.refresh(chatId);
    if (stored?.name !== `Chi bộ ${i}` || stored.secretaryId !== 1_000 + i) lost.push(i);
  }
  expect(lost).toEqual([]);
  // Each change is one version: the creation, then two per round.
  expect((await reread.refresh(chatId))?.v).toBe(1 + 2 * ROUNDS);
}

function shared(url: () => string) {
  it(`two replicas changing one unit at the same moment, ${ROUNDS} times: both changes survive`, async () => {
    // One connection for both (@keyv/postgres keeps one pool per process); each UnitsRepo has its
    // own memory and write chain, as two replica processes do, so nothing orders their writes.
    const store = await openStore(url());
    try {
      const [a, b, c] = [0, 1, 2].map(() => new UnitsRepo(store, systemClock)) as [
        UnitsRepo,
        UnitsRepo,
        UnitsRepo,
      ];
      // A chat id of its own per run: the servers are shared between runs.
      const chatId = -Math.floor(1e12 + Math.random() * 1e12);
      await race(a, b, c, chatId);
      await a.update(chatId, () => undefined);
    } finally {
      await store.close();
    }
  }, 120_000);
}

describe('versioned unit writes: SQLite', () => {
  it(`two changes of one unit at the same moment, ${ROUNDS} times, in the one process: both survive`, async () => {
    const store = await openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-v-')), 'u.sqlite')}`);
    try {
      const repo = new UnitsRepo(store, systemClock);
      await race(repo, repo, repo, 42);
      const reloaded = new UnitsRepo(store, systemClock);
      await reloaded.load();
      expect(reloaded.get(42)?.v).toBe(1 + 2 * ROUNDS);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describeWith('postgres', 'versioned unit writes: PostgreSQL', () => shared(() => POSTGRES_URL));
describeWith('redis', 'versioned unit writes: Redis', () => shared(() => REDIS_URL));
