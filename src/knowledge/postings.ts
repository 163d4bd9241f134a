import { STOPWORDS } from './normalize.js';
import type { SearchTuning } from './tuning.js';

/**
 * The search's BM25F ranking: one document per topic, its fields weighted, over folded syllables
 * and pairs of neighbouring syllables. Each document's share of a term is computed once, at load,
 * so that ranking a question is summing its terms' postings.
 */

export interface Hit {
  topic: string;
  score: number;
}

export interface Doc {
  id: string;
  /** Weighted term frequencies. */
  tf: Map<string, number>;
  length: number;
}

const bigram = (a: string, b: string) => `${a} ${b}`;

/** A number or an English ordinal ("14", "14th"). */
const NUMBER_WORD = /^\d+(?:st|nd|rd|th)?$/;

/** Unigrams that are not stopwords, and bigrams of neighbours unless both are stopwords. */
export function docTerms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as string;
    if (!STOPWORDS.has(a)) out.push(a);
    const b = tokens[i + 1];
    if (b !== undefined && !(STOPWORDS.has(a) && STOPWORDS.has(b))) out.push(bigram(a, b));
  }
  return out;
}

/**
 * A question's terms as `docTerms` makes them, each once in order of first occurrence; `content`:
 * those of them that are evidence of coverage (the pairs with a function word left out).
 */
export function questionTerms(tokens: string[]): { terms: string[]; content: string[] } {
  const terms: string[] = [];
  const content: string[] = [];
  const seen = new Set<string>();
  const add = (term: string, isContent: boolean) => {
    if (seen.has(term)) return;
    seen.add(term);
    terms.push(term);
    if (isContent) content.push(term);
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as string;
    const stopA = STOPWORDS.has(a);
    if (!stopA) add(a, true);
    const b = tokens[i + 1];
    if (b === undefined) continue;
    const stopB = STOPWORDS.has(b);
    if (!(stopA && stopB)) add(bigram(a, b), !stopA && !stopB);
  }
  return { terms, content };
}

/**
 * Whether an English pair joins a function word to a word ("our congress", "hold a"): it says
 * less of which topic is meant than the word alone does, and ranks for enFunctionPair of its
 * weight, so that "What principles apply when holding a party congress?" is the principles, not
 * the pilot congresses' "Which units hold a pilot congress?". Not a number's pair ("the 14th").
 */
function functionPair(term: string): boolean {
  const space = term.indexOf(' ');
  if (space < 0) return false;
  const [a, b] = [term.slice(0, space), term.slice(space + 1)];
  if (STOPWORDS.has(a) === STOPWORDS.has(b)) return false;
  // A number keeps its pair: "the 14th" names the congress.
  return !NUMBER_WORD.test(STOPWORDS.has(a) ? b : a);
}

export class Postings {
  readonly #docs: readonly Doc[];
  readonly #avgLength: number;
  /** term -> the documents holding it and each one's BM25 share (idf, tf and length norm folded in at load). */
  readonly #postings = new Map<string, { docs: number[]; gains: number[] }>();
  /** term -> its idf (unboosted), for the coverage rule. */
  readonly idfOf = new Map<string, number>();
  readonly idfMax: number;
  /** rank's per-topic sums, reused by every question (a typed array per call costs more than the ranking). */
  readonly #scores: Float64Array;
  readonly #tuning: SearchTuning;

  /** @param df the documents' document frequencies (the index's, shared with Names and Speller). */
  constructor(docs: readonly Doc[], df: ReadonlyMap<string, number>, tuning: SearchTuning) {
    this.#docs = docs;
    this.#tuning = tuning;
    this.#scores = new Float64Array(this.#docs.length);
    this.#avgLength = this.#docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.#docs.length);
    this.#indexPostings(df);
    this.idfMax = this.idf(0);
  }

  /** Postings with each document's BM25 share of a term computed once, as `rank` would sum it. */
  #indexPostings(df: ReadonlyMap<string, number>): void {
    const { k1, b, bigramBoost } = this.#tuning;
    this.#docs.forEach((doc, i) => {
      const norm = k1 * (1 - b + (b * doc.length) / this.#avgLength);
      for (const [term, tf] of doc.tf) {
        const idf = this.idf(df.get(term) as number) * (term.includes(' ') ? bigramBoost : 1);
        const gain = (idf * tf * (k1 + 1)) / (tf + norm);
        const list = this.#postings.get(term);
        if (list) {
          list.docs.push(i);
          list.gains.push(gain);
        } else this.#postings.set(term, { docs: [i], gains: [gain] });
      }
    });
    for (const [term, n] of df) this.idfOf.set(term, this.idf(n));
  }

  private idf(df: number): number {
    const n = this.#docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 over the question's terms: every topic that shares a term, best first. */
  rank(terms: string[], en = false): Hit[] {
    const scores = this.#scores.fill(0);
    for (const term of terms) {
      const list = this.#postings.get(term);
      if (list === undefined) continue;
      const { docs, gains } = list;
      const w = en && functionPair(term) ? this.#tuning.enFunctionPair : 1;
      for (let k = 0; k < docs.length; k++) {
        const i = docs[k] as number;
        scores[i] = (scores[i] as number) + w * (gains[k] as number);
      }
    }
    // Best first, ties in the pack's order (a stable sort): an insertion sort, since there are few topics.
    const ranked: Hit[] = [];
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i] as number;
      if (score <= 0) continue;
      const hit = { topic: (this.#docs[i] as Doc).id, score };
      let k = ranked.length;
      ranked.push(hit);
      for (; k > 0 && (ranked[k - 1] as Hit).score < score; k--) ranked[k] = ranked[k - 1] as Hit;
      ranked[k] = hit;
    }
    return ranked;
  }
}
