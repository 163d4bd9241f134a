import { describe, expect, it } from 'vitest';
import { POOL1 } from './pool1.js';
import { duplicatesIn, fold, packIds } from './set-checks.js';

describe('development pool 1 (lookalikes written from the sources)', () => {
  it('holds at least 180 items, 160 of them lookalikes the bot must refuse', () => {
    expect(POOL1.length).toBeGreaterThanOrEqual(180);
    const lookalikes = POOL1.filter((i) => i.kind === 'lookalike');
    expect(lookalikes.length).toBeGreaterThanOrEqual(160);
    expect(lookalikes.every((i) => i.expect === null)).toBe(true);
  });

  it('asks no question twice, even up to case and diacritics', () => {
    const qs = POOL1.map((i) => i.q);
    expect(duplicatesIn(qs)).toEqual([]);
    const folded = qs.map((q) => fold(q));
    expect(folded.filter((q, n) => folded.indexOf(q) !== n)).toEqual([]);
  });

  it('expects only topics the pack holds', () => {
    const { topics } = packIds();
    const unknown = POOL1.flatMap((i) => (i.expect === null || topics.includes(i.expect) ? [] : [i.expect]));
    expect(unknown).toEqual([]);
  });
});
