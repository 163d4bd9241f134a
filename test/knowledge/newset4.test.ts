import { describe, expect, it } from 'vitest';
import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { NEWSET } from './newset.js';
import { NEWSET2 } from './newset2.js';
import { NEWSET3 } from './newset3.js';
import { NEWSET4 } from './newset4.js';
import { OFF_WORD_QUESTIONS } from './offwords.js';
import { QUESTIONS } from './questions.js';
import { duplicatesIn, packIds, packQuestions, repeatsOf, spellingOf } from './set-checks.js';

/** The set's shape only: what it asks and expects. Its score is the bench's (`qa_new_*`). */
describe('fourth new evaluation set (issue 11, unseen)', () => {
  const { topics, documents } = packIds();

  it('has at least 150 items, every kind, and at least a quarter out of scope', () => {
    expect(NEWSET4.length).toBeGreaterThanOrEqual(150);
    expect(new Set(NEWSET4.map((i) => i.kind))).toEqual(
      new Set(['doc', 'unknown-doc', 'offword', 'two-part', 'unit', 'typo', 'en', 'fact', 'lookalike']),
    );
    const oos = NEWSET4.filter((i) => i.expect === null).length;
    expect(oos / NEWSET4.length).toBeGreaterThanOrEqual(0.25);
  });

  it('expects only topics and documents the pack holds, "unknown-doc" or a refusal', () => {
    const docIds = new Set(documents.map((d) => d.id));
    const wrong = NEWSET4.filter(({ expect: e }) => {
      if (e === null || e === 'unknown-doc') return false;
      if (e.startsWith('doc:')) return !docIds.has(e.slice(4));
      const parts = e.split('+');
      return (
        parts.length > 2 || new Set(parts).size !== parts.length || parts.some((p) => !topics.includes(p))
      );
    });
    expect(wrong).toEqual([]);
    expect(NEWSET4.filter((i) => i.kind === 'two-part').every((i) => i.expect?.includes('+'))).toBe(true);
    expect(NEWSET4.filter((i) => i.kind === 'doc').every((i) => i.expect?.startsWith('doc:'))).toBe(true);
    expect(NEWSET4.filter((i) => i.kind === 'unknown-doc').every((i) => i.expect === 'unknown-doc')).toBe(
      true,
    );
  });

  it('asks every pack document by its number, in at least three spellings', () => {
    const spellings = documents.map((d) => {
      const asked = NEWSET4.filter((i) => i.expect === `doc:${d.id}`);
      const forms = asked.map((i) => spellingOf(i.q, d.number));
      return {
        id: d.id,
        missingNumber: asked.filter((_, k) => forms[k] === undefined).map((i) => i.q),
        forms: new Set(forms).size,
      };
    });
    expect(spellings.filter((s) => s.missingNumber.length > 0)).toEqual([]);
    expect(spellings.filter((s) => s.forms < 3).map((s) => s.id)).toEqual([]);
  });

  it('names no pack document in the questions that expect "not in the sources"', () => {
    const unknown = NEWSET4.filter((i) => i.expect === 'unknown-doc');
    expect(unknown.length).toBeGreaterThanOrEqual(12);
    const clashes = unknown.filter((i) => documents.some((d) => spellingOf(i.q, d.number) !== undefined));
    expect(clashes).toEqual([]);
  });

  it('repeats no item of the older sets (newset3 included) or the pack sample questions, nor itself', () => {
    const earlier = [
      ...[...QUESTIONS, ...HELDOUT, ...FRESH, ...NEWSET, ...NEWSET2, ...NEWSET3].map((i) => i.q),
      ...OFF_WORD_QUESTIONS.map(([q]) => q),
      ...packQuestions(),
    ];
    const qs = NEWSET4.map((i) => i.q);
    expect(repeatsOf(qs, earlier)).toEqual([]);
    expect(duplicatesIn(qs)).toEqual([]);
  });
});
