import { describe, expect, it } from 'vitest';
import { POOL3 } from './pool3.js';
import { duplicatesIn, packIds } from './set-checks.js';

describe('development pool 3', () => {
  it('holds at least 220 items, at least 200 of them lookalikes to refuse', () => {
    expect(POOL3.length).toBeGreaterThanOrEqual(220);
    const refused = POOL3.filter((i) => i.kind === 'lookalike' && i.expect === null);
    expect(refused.length).toBeGreaterThanOrEqual(200);
  });

  it('repeats no question', () => {
    expect(duplicatesIn(POOL3.map((i) => i.q))).toEqual([]);
  });

  it('expects only topics the pack holds, and null only for lookalikes', () => {
    const topics = new Set(packIds().topics);
    for (const item of POOL3) {
      if (item.expect === null) expect(item.kind).toBe('lookalike');
      else expect(topics.has(item.expect), item.q).toBe(true);
    }
  });
});
