/**
 * What the search reads off a question's text besides its words: the sentences that ask, and the
 * terms and years it names.
 */

/** A term written as two years ("2025 - 2030", "2025–2030"): the second after the first, at most ten years on. */
const TERM = /(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)/g;
const FOUR_DIGITS = /\d{4}/;
/** The terms a text names, as "first-last". */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  // Most questions hold no year: no iterator, no copy of the regex.
  if (!FOUR_DIGITS.test(text)) return out;
  for (const m of text.slice(0, 500).matchAll(TERM)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (last > first && last - first <= 10) out.push(`${first}-${last}`);
  }
  return out;
}

/** A sentence's end: ".", "!", "?" or "…" before a space, or a line break. */
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/;
/**
 * A message of several sentences as the ones that ask (those ending with "?", or else the last
 * one) and the others, its context; undefined for a message of one sentence (all of it asks).
 */
export function splitAsking(text: string): { asking: string; context: string } | undefined {
  const head = text.slice(0, 500);
  if (!SENTENCE_END.test(head)) return undefined;
  const sentences = head.split(SENTENCE_END).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return undefined;
  const marked = sentences.map((s) => s.trimEnd().endsWith('?'));
  if (!marked.includes(true)) marked[marked.length - 1] = true;
  const pick = (asking: boolean) => sentences.filter((_, k) => marked[k] === asking).join(' ');
  return { asking: pick(true), context: pick(false) };
}

/** The sentences of a message of several that ask (see splitAsking). */
export const askingPart = (text: string): string | undefined => splitAsking(text)?.asking;

/** The years a text names (1900–2099), as written. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
export function yearsOf(text: string): string[] {
  if (!FOUR_DIGITS.test(text)) return [];
  return text.slice(0, 500).match(YEAR) ?? [];
}
