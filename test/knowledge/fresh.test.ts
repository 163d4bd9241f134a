import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FRESH } from './fresh.js';
import { HELDOUT } from './heldout.js';
import { QUESTIONS } from './questions.js';

/** Folded on its own (not with the engine's normaliser), so the check does not depend on it. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function packQuestions(): string[] {
  const pack = parse(readFileSync(new URL('../../config/dh-2025-2030.yaml', import.meta.url), 'utf8')) as {
    topics: Array<{ questions?: { vi?: string[]; en?: string[] } }>;
  };
  return pack.topics.flatMap((t) => [...(t.questions?.vi ?? []), ...(t.questions?.en ?? [])]);
}

describe('fresh held-out question set', () => {
  it('has at least 100 items, about a fifth of them out of scope', () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(100);
    const oos = FRESH.filter((i) => i.topic === null).length / FRESH.length;
    expect(oos).toBeGreaterThan(0.15);
    expect(oos).toBeLessThan(0.25);
  });

  it('repeats no item of questions.ts, heldout.ts or the pack sample questions after folding', () => {
    const seen = new Set(
      [...QUESTIONS.map((i) => i.q), ...HELDOUT.map((i) => i.q), ...packQuestions()].map(fold),
    );
    const repeats = FRESH.map((i) => i.q).filter((q) => seen.has(fold(q)));
    expect(repeats).toEqual([]);
    expect(new Set(FRESH.map((i) => fold(i.q))).size).toBe(FRESH.length);
  });
});
