import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Shared checks of the question sets' shape (fresh.ts, newset.ts, newset2.ts): read straight from
 * the pack's YAML and folded on their own (not with the engine's normaliser), so that a check does
 * not depend on the engine it is there to measure.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface RawPack {
  topics: Array<{ id: string; questions?: { vi?: string[]; en?: string[] } }>;
  documents: Array<{ id: string; number: string }>;
}

function rawPack(): RawPack {
  return parse(readFileSync(new URL('../../config/dh-2025-2030.yaml', import.meta.url), 'utf8')) as RawPack;
}

/** The pack's sample questions, both languages. */
export function packQuestions(): string[] {
  return rawPack().topics.flatMap((t) => [...(t.questions?.vi ?? []), ...(t.questions?.en ?? [])]);
}

/** The pack's topic ids and its documents (id, number as printed). */
export function packIds(): { topics: string[]; documents: Array<{ id: string; number: string }> } {
  const pack = rawPack();
  return { topics: pack.topics.map((t) => t.id), documents: pack.documents.map((d) => ({ ...d })) };
}

/** The questions of `set` that repeat one of `earlier` after folding. */
export function repeatsOf(set: string[], earlier: string[]): string[] {
  const seen = new Set(earlier.map(fold));
  return set.filter((q) => seen.has(fold(q)));
}

/** The questions of `set` that occur more than once in it after folding. */
export function duplicatesIn(set: string[]): string[] {
  const seen = new Set<string>();
  return set.filter((q) => {
    const f = fold(q);
    if (seen.has(f)) return true;
    seen.add(f);
    return false;
  });
}

/**
 * How a question writes a document's number: the word before it (the kind word; "số" skipped),
 * the token holding the digits, and the number's own suffix when it follows, all folded
 * ("thi 35 ct tw", "kh258", "plan 258"). Undefined when the question does not hold the digits as
 * a number of their own.
 */
export function spellingOf(q: string, number: string): string | undefined {
  const digits = number.match(/^\d+/)?.[0];
  if (digits === undefined) return undefined;
  const words = fold(q).split(' ');
  const at = words.findIndex((w) => new RegExp(`^\\p{L}*0*${digits}$`, 'u').test(w));
  if (at < 0) return undefined;
  const before = words[at - 1] === 'so' ? words[at - 2] : words[at - 1];
  const own = fold(number).split(' ').slice(1);
  const next = words.slice(at + 1, at + 1 + own.length);
  const suffix = own.length > 0 && next.join(' ') === own.join(' ') ? own.join(' ') : '';
  return [before ?? '', words[at], suffix].join(' ').trim();
}
