import { describe, expect, it } from 'vitest';
import { POOL4 } from './pool4.js';
import { duplicatesIn, packIds } from './set-checks.js';

describe('development pool 4', () => {
  it('holds at least 260 items: 200 lookalikes and 60 in scope', () => {
    expect(POOL4.length).toBeGreaterThanOrEqual(260);
    expect(POOL4.filter((i) => i.kind === 'lookalike').length).toBeGreaterThanOrEqual(200);
    expect(POOL4.filter((i) => i.expect !== null).length).toBeGreaterThanOrEqual(60);
  });

  it('has no duplicate questions', () => {
    expect(duplicatesIn(POOL4.map((i) => i.q))).toEqual([]);
  });

  it('expects refusal exactly for lookalikes', () => {
    expect(POOL4.filter((i) => (i.kind === 'lookalike') !== (i.expect === null))).toEqual([]);
  });

  it('expects only topics the pack holds, or two distinct ones joined by +', () => {
    const topics = new Set(packIds().topics);
    const bad = POOL4.filter((i) => {
      if (i.expect === null) return false;
      const parts = i.expect.split('+');
      if (parts.length > 2) return true;
      if (parts.length === 2 && parts[0] === parts[1]) return true;
      if ((parts.length === 2) !== (i.kind === 'two-part')) return true;
      return !parts.every((p) => topics.has(p));
    });
    expect(bad).toEqual([]);
  });
});
