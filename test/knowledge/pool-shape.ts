import { describe, expect, it } from 'vitest';
import type { NewItem } from './newset.js';
import { duplicatesIn, packIds } from './set-checks.js';

export interface PoolShape {
  /** Fewest items, lookalikes (refused, kind 'lookalike') and in-scope items the pool holds. */
  items: number;
  lookalikes: number;
  inScope: number;
  /** Fewest in-scope questions on each topic of the pack, when the pool promises some. */
  perTopic?: number;
}

/**
 * The shape checks every development pool passes (see POOLS in sets.ts): how much it holds, no
 * question twice, a refusal expected exactly for its lookalikes, and every other expectation one
 * the pack can give (a topic, two distinct topics for a two-part question, a document's card, "not
 * in the bot's sources"). Lookalikes name no document by number ("258-KH", not "40-year"): a
 * number gets a card, never a refusal. Its scores are the bench's (qa_pool<k>_*).
 */
export function describePoolShape(name: string, pool: NewItem[], shape: PoolShape): void {
  describe(`${name}: its shape`, () => {
    const { topics, documents } = packIds();
    const docIds = new Set(documents.map((d) => d.id));

    it(`holds at least ${shape.items} items, ${shape.lookalikes} lookalikes and ${shape.inScope} in scope`, () => {
      expect(pool.length).toBeGreaterThanOrEqual(shape.items);
      expect(pool.filter((i) => i.kind === 'lookalike').length).toBeGreaterThanOrEqual(shape.lookalikes);
      expect(pool.filter((i) => i.expect !== null).length).toBeGreaterThanOrEqual(shape.inScope);
    });

    it('asks no question twice (up to case and diacritics)', () => {
      expect(duplicatesIn(pool.map((i) => i.q))).toEqual([]);
    });

    it('expects a refusal exactly for its lookalikes, and otherwise what the pack can answer', () => {
      const valid = (i: NewItem) => {
        if (i.expect === null) return i.kind === 'lookalike';
        if (i.kind === 'lookalike') return false;
        if (i.expect === 'unknown-doc') return true;
        if (i.expect.startsWith('doc:')) return docIds.has(i.expect.slice(4));
        const parts = i.expect.split('+');
        if (parts.length > 2 || (parts.length === 2 && parts[0] === parts[1])) return false;
        return parts.every((p) => topics.includes(p));
      };
      expect(pool.filter((i) => !valid(i)).map((i) => `${i.q} -> ${i.expect}`)).toEqual([]);
    });

    it('names no document by number in a lookalike', () => {
      expect(
        pool.filter((i) => i.expect === null && /\d+\s*-\s*[A-ZĐ]{2}/.test(i.q)).map((i) => i.q),
      ).toEqual([]);
    });

    const { perTopic } = shape;
    if (perTopic !== undefined)
      it(`asks at least ${perTopic} questions on every topic of the pack`, () => {
        const count = new Map<string, number>();
        for (const { expect: e } of pool) {
          if (e === null || e === 'unknown-doc' || e.startsWith('doc:')) continue;
          for (const t of e.split('+')) count.set(t, (count.get(t) ?? 0) + 1);
        }
        expect(topics.filter((t) => (count.get(t) ?? 0) < perTopic)).toEqual([]);
      });
  });
}
