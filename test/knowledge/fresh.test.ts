import { describe, expect, it } from 'vitest';
import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { QUESTIONS } from './questions.js';
import { duplicatesIn, packQuestions, repeatsOf } from './set-checks.js';

describe('fresh held-out question set', () => {
  it('has at least 100 items, about a fifth of them out of scope', () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(100);
    const oos = FRESH.filter((i) => i.topic === null).length / FRESH.length;
    expect(oos).toBeGreaterThan(0.15);
    expect(oos).toBeLessThan(0.25);
  });

  it('repeats no item of questions.ts, heldout.ts or the pack sample questions after folding', () => {
    const earlier = [...[...QUESTIONS, ...HELDOUT].map((i) => i.q), ...packQuestions()];
    const qs = FRESH.map((i) => i.q);
    expect(repeatsOf(qs, earlier)).toEqual([]);
    expect(duplicatesIn(qs)).toEqual([]);
  });
});
