import { describe, expect, it } from 'vitest';
import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { judge, NEWSET } from './newset.js';
import { QUESTIONS } from './questions.js';
import { duplicatesIn, packQuestions, repeatsOf } from './set-checks.js';

describe('new evaluation set (issue 11)', () => {
  it('has at least 150 items of every kind', () => {
    expect(NEWSET.length).toBeGreaterThanOrEqual(150);
    expect(new Set(NEWSET.map((i) => i.kind)).size).toBe(9);
  });

  it('repeats no item of questions.ts, heldout.ts, fresh.ts or the pack sample questions, nor itself', () => {
    const earlier = [...[...QUESTIONS, ...HELDOUT, ...FRESH].map((i) => i.q), ...packQuestions()];
    const qs = NEWSET.map((i) => i.q);
    expect(repeatsOf(qs, earlier)).toEqual([]);
    expect(duplicatesIn(qs)).toEqual([]);
  });

  it('judges a reply by its parts: a card first, both topics of a two-part question, a refusal', () => {
    expect(judge('doc:kh-258-2024', [{ document: 'kh-258-2024' }, { topic: 'dai-hoi-quan' }])).toBe(true);
    expect(judge('doc:kh-258-2024', [{ topic: 'dai-hoi-quan' }])).toBe(false);
    expect(judge('van-kien+lich-trinh', [{ topic: 'van-kien' }])).toBe(false);
    expect(judge('van-kien+lich-trinh', [{ topic: 'van-kien' }, { topic: 'lich-trinh' }])).toBe(true);
    expect(judge('unknown-doc', [{ unknownDocument: true }])).toBe(true);
    expect(judge('unknown-doc', [{ topic: 'nhan-su' }])).toBe(false);
    expect(judge(null, [])).toBe(true);
    expect(judge(null, [{ unknownDocument: true }])).toBe(true);
    expect(judge(null, [{ topic: 'lich-trinh' }])).toBe(false);
    expect(judge('lich-trinh', [{ document: 'kh-203-2024' }, { topic: 'lich-trinh' }])).toBe(true);
  });
});
