import { describe, expect, it } from 'vitest';
import type { NewItem } from './newset.js';
import { OFF_WORD_QUESTIONS } from './offwords.js';
import { duplicatesIn, packIds, packQuestions, repeatsOf, spellingOf } from './set-checks.js';

export interface SetShape {
  /** Fewest items the set must hold. */
  items: number;
  /** Fewest distinct spellings of each pack document's number. */
  spellings: number;
  /** Fewest questions about documents the pack does not hold. */
  unknown: number;
  /** The older sets' items, which this set must not repeat. */
  earlier: Array<ReadonlyArray<{ q: string }>>;
}

/** The shape checks every unseen set passes: what it asks and expects. Its score is the bench's. */
export function describeSetShape(name: string, set: NewItem[], shape: SetShape): void {
  describe(`${name} (issue 11, unseen): its shape`, () => {
    const { topics, documents } = packIds();

    it(`has at least ${shape.items} items, every kind, and at least a quarter out of scope`, () => {
      expect(set.length).toBeGreaterThanOrEqual(shape.items);
      expect(new Set(set.map((i) => i.kind))).toEqual(
        new Set(['doc', 'unknown-doc', 'offword', 'two-part', 'unit', 'typo', 'en', 'fact', 'lookalike']),
      );
      const oos = set.filter((i) => i.expect === null).length;
      expect(oos / set.length).toBeGreaterThanOrEqual(0.25);
    });

    it('expects only topics and documents the pack holds, "unknown-doc" or a refusal', () => {
      const docIds = new Set(documents.map((d) => d.id));
      const wrong = set.filter(({ expect: e }) => {
        if (e === null || e === 'unknown-doc') return false;
        if (e.startsWith('doc:')) return !docIds.has(e.slice(4));
        const parts = e.split('+');
        return (
          parts.length > 2 || new Set(parts).size !== parts.length || parts.some((p) => !topics.includes(p))
        );
      });
      expect(wrong).toEqual([]);
      const ofKind = (kind: NewItem['kind']) => set.filter((i) => i.kind === kind);
      expect(ofKind('two-part').every((i) => i.expect?.includes('+'))).toBe(true);
      expect(ofKind('doc').every((i) => i.expect?.startsWith('doc:'))).toBe(true);
      expect(ofKind('unknown-doc').every((i) => i.expect === 'unknown-doc')).toBe(true);
    });

    it(`asks every pack document by its number, in at least ${shape.spellings} spellings`, () => {
      const spellings = documents.map((d) => {
        const asked = set.filter((i) => i.expect === `doc:${d.id}`);
        const forms = asked.map((i) => spellingOf(i.q, d.number));
        return {
          id: d.id,
          missingNumber: asked.filter((_, k) => forms[k] === undefined).map((i) => i.q),
          forms: new Set(forms).size,
        };
      });
      expect(spellings.filter((s) => s.missingNumber.length > 0)).toEqual([]);
      expect(spellings.filter((s) => s.forms < shape.spellings).map((s) => s.id)).toEqual([]);
    });

    it('names no pack document in the questions that expect "not in the sources"', () => {
      const unknown = set.filter((i) => i.expect === 'unknown-doc');
      expect(unknown.length).toBeGreaterThanOrEqual(shape.unknown);
      const clashes = unknown.filter((i) => documents.some((d) => spellingOf(i.q, d.number) !== undefined));
      expect(clashes).toEqual([]);
    });

    it('repeats no item of the older sets or the pack sample questions, nor itself', () => {
      const earlier = [
        ...shape.earlier.flat().map((i) => i.q),
        ...OFF_WORD_QUESTIONS.map(([q]) => q),
        ...packQuestions(),
      ];
      const qs = set.map((i) => i.q);
      expect(repeatsOf(qs, earlier)).toEqual([]);
      expect(duplicatesIn(qs)).toEqual([]);
    });
  });
}
