import { describe, expect, it } from 'vitest';
import { POOL5 } from './pool5.js';
import { duplicatesIn, packIds } from './set-checks.js';

describe('development pool 5', () => {
  const { topics } = packIds();

  it('holds at least 250 lookalikes and 80 in-scope items', () => {
    expect(POOL5.length).toBeGreaterThanOrEqual(330);
    expect(POOL5.filter((i) => i.kind === 'lookalike').length).toBeGreaterThanOrEqual(250);
    expect(POOL5.filter((i) => i.expect !== null).length).toBeGreaterThanOrEqual(80);
  });

  it('repeats no question', () => {
    expect(duplicatesIn(POOL5.map((i) => i.q))).toEqual([]);
  });

  it('expects only topics the pack holds, or two distinct ones', () => {
    const bad = POOL5.filter((i) => {
      if (i.expect === null) return i.kind !== 'lookalike';
      const parts = i.expect.split('+');
      if (parts.length > 2 || (parts.length === 2 && parts[0] === parts[1])) return true;
      if ((parts.length === 2) !== (i.kind === 'two-part')) return true;
      return parts.some((p) => !topics.includes(p));
    });
    expect(bad).toEqual([]);
  });

  it('names no document by number in a lookalike', () => {
    const numbered = POOL5.filter((i) => i.expect === null && /\d+\s*-\s*[A-Za-zĐđ]{2}/.test(i.q));
    expect(numbered).toEqual([]);
  });
});
