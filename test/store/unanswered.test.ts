import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT, PRUNE_EVERY, UnansweredLog } from '../../src/knowledge/unanswered.js';
import { openStore, type Store } from '../../src/store/index.js';

async function count(store: Store): Promise<number> {
  let n = 0;
  for await (const _ of store.collection('kb-unanswered').entries()) n++;
  return n;
}

describe('the unanswered-questions log is capped', () => {
  it(`keeps the newest ${MAX_KEPT}, never more than ${MAX_KEPT + PRUNE_EVERY}, however many come`, async () => {
    const store = await openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-uq-')), 's.sqlite')}`);
    try {
      const log = new UnansweredLog(store);
      const start = Date.parse('2025-03-01T00:00:00Z');
      const total = MAX_KEPT + 3 * PRUNE_EVERY + 17;
      let most = 0;
      for (let i = 1; i <= total; i++) {
        await log.add(`câu hỏi ${i}`, new Date(start + i * 1000));
        if (i % 25 === 0) most = Math.max(most, await count(store));
      }
      expect(most).toBeGreaterThan(MAX_KEPT);
      expect(most).toBeLessThanOrEqual(MAX_KEPT + PRUNE_EVERY);
      expect(await count(store)).toBeLessThanOrEqual(MAX_KEPT + PRUNE_EVERY);

      // An explicit prune (what every PRUNE_EVERY-th question runs) leaves exactly the newest.
      const before = await count(store);
      expect(await log.prune()).toBe(before - MAX_KEPT);
      expect(await count(store)).toBe(MAX_KEPT);
      const all = await log.page(0, 10_000);
      expect(all.total).toBe(MAX_KEPT);
      expect(all.items[0]?.text).toBe(`câu hỏi ${total}`);
      expect(all.items.at(-1)?.text).toBe(`câu hỏi ${total - MAX_KEPT + 1}`);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('pages newest first and clamps a page past the end to the last', async () => {
    const store = await openStore(`sqlite://${join(mkdtempSync(join(tmpdir(), 'daihoi-uq-')), 's.sqlite')}`);
    try {
      const log = new UnansweredLog(store);
      for (let i = 1; i <= 12; i++)
        await log.add(`q${i}`, new Date(Date.parse('2025-03-01T00:00:00Z') + i * 1000), i % 2 ? 'a' : 'b');
      const a = await log.page(1, 4, (q) => q.org === 'a');
      expect(a).toMatchObject({ page: 1, pages: 2, total: 6 });
      expect(a.items.map((q) => q.text)).toEqual(['q3', 'q1']);
      expect((await log.page(9, 4)).page).toBe(2);
      expect(await new UnansweredLog(store).page(0, 5, () => false)).toEqual({
        items: [],
        page: 0,
        pages: 1,
        total: 0,
      });
    } finally {
      await store.close();
    }
  });
});
