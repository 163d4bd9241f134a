import { z } from 'zod';
import { untoned } from './phrases.js';

/**
 * A prior over a question's words, learned from the project's development question sets: how many
 * in-scope questions and how many out-of-scope ones hold each word (`npm run learn` counts them
 * into the pack's `wordPrior` file; test/knowledge/word-prior.test.ts fails when that file is not
 * what the sets give). Its score is the log-odds that a question with these words is in scope, by
 * naive Bayes over the distinct words with add-one smoothing; a word no set holds counts nothing.
 *
 * It is a weak prior, read only when the evidence is weak too (see isPlausible): everyday words
 * ("mưa", "điện thoại") are in many in-scope questions of the sets, which ask about the congress
 * among other things, so they weigh little; what weighs is a word the sets hold only in questions
 * the bot must refuse ("biên chế", "ký hiệu", "observer").
 */
export const wordCountsSchema = z.object({
  /** What was counted, for the reader of the file ("questions, heldout, fresh, newset1–50, pool1–6"). */
  learnedFrom: z.string(),
  inScope: z.number().int().positive(),
  outOfScope: z.number().int().positive(),
  /** word -> [in-scope questions holding it, out-of-scope questions holding it]. */
  words: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type WordCounts = z.infer<typeof wordCountsSchema>;

/** A reading's token as the prior counts it: without a tone digit the search gave it; a place taken out ("_") is none. */
const priorWord = (t: string): string | undefined => (t === '_' ? undefined : untoned(t));

/** The distinct words of a reading (see priorWord). */
function wordsOf(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const w = priorWord(t);
    if (w !== undefined) out.add(w);
  }
  return out;
}

export class WordPrior {
  /** The log of the in-scope share of the counted questions against the out-of-scope share. */
  readonly #base: number;
  /** Each word's log-likelihood ratio, in scope against out of scope. */
  readonly #ratio = new Map<string, number>();

  constructor({ inScope, outOfScope, words }: WordCounts) {
    this.#base = Math.log(inScope / outOfScope);
    for (const [w, [a, b]] of Object.entries(words))
      this.#ratio.set(w, Math.log((a + 1) / (inScope + 2)) - Math.log((b + 1) / (outOfScope + 2)));
  }

  /** The log-odds that a question read into these tokens is in scope. */
  score(tokens: readonly string[]): number {
    let s = this.#base;
    for (const w of wordsOf(tokens)) s += this.#ratio.get(w) ?? 0;
    return s;
  }
}

/** Counts each sample's distinct words by whether it is in scope (see WordCounts). */
export function learnWordCounts(
  samples: Iterable<{ tokens: readonly string[]; inScope: boolean }>,
  learnedFrom: string,
): WordCounts {
  const counts = new Map<string, [number, number]>();
  let inScope = 0;
  let outOfScope = 0;
  for (const { tokens, inScope: ours } of samples) {
    if (ours) inScope++;
    else outOfScope++;
    for (const w of wordsOf(tokens)) {
      const c = counts.get(w) ?? [0, 0];
      c[ours ? 0 : 1]++;
      counts.set(w, c);
    }
  }
  const words = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { learnedFrom, inScope, outOfScope, words };
}

/** The counts as the pack's file holds them: one word a line, so that a change reads as a diff. */
export function formatWordCounts({ learnedFrom, inScope, outOfScope, words }: WordCounts): string {
  const lines = Object.entries(words).map(([w, [a, b]]) => `    ${JSON.stringify(w)}: [${a}, ${b}]`);
  return `{\n  "learnedFrom": ${JSON.stringify(learnedFrom)},\n  "inScope": ${inScope},\n  "outOfScope": ${outOfScope},\n  "words": {\n${lines.join(',\n')}\n  }\n}\n`;
}
