import { describe, expect, it } from 'vitest';
import { POOL6 } from './pool6.js';
import { duplicatesIn, packIds } from './set-checks.js';

describe('development pool 6', () => {
  it('holds at least 400 items, 250 lookalikes and 150 in scope', () => {
    expect(POOL6.length).toBeGreaterThanOrEqual(400);
    expect(POOL6.filter((i) => i.kind === 'lookalike' && i.expect === null).length).toBeGreaterThanOrEqual(
      250,
    );
    expect(POOL6.filter((i) => i.expect !== null).length).toBeGreaterThanOrEqual(150);
  });

  it('has no question twice', () => {
    expect(duplicatesIn(POOL6.map((i) => i.q))).toEqual([]);
  });

  it('expects only topics the pack holds, two distinct ones for a two-part question', () => {
    const topics = new Set(packIds().topics);
    const bad = POOL6.filter((i) => {
      if (i.expect === null) return i.kind !== 'lookalike';
      const parts = i.expect.split('+');
      if (i.kind === 'two-part')
        return parts.length !== 2 || parts[0] === parts[1] || !parts.every((p) => topics.has(p));
      return parts.length !== 1 || !topics.has(i.expect) || i.kind === 'lookalike';
    });
    expect(bad).toEqual([]);
  });
});
