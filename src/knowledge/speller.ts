import { editDistance, STOPWORDS } from './normalize.js';

const bigram = (a: string, b: string) => `${a} ${b}`;

const NONE: readonly string[] = [];

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

/**
 * Typo repair against the pack's own vocabulary: an unknown token becomes a vocabulary token one
 * edit away (two for long words), found through single-deletion variants (SymSpell-style), or is
 * split into two syllables that make a known pair ("daihoi" → "dai hoi").
 */
export class Speller {
  /** Single-deletion variants of each vocabulary token. */
  readonly #deletes = new Map<string, string[]>();

  /** @param df document frequency of every term (unigrams and "a b" bigrams) of the index. */
  constructor(
    readonly vocab: ReadonlySet<string>,
    readonly df: ReadonlyMap<string, number>,
  ) {
    for (const term of vocab) {
      for (const d of [term, ...deletions(term)]) {
        const list = this.#deletes.get(d);
        if (list) list.push(term);
        else this.#deletes.set(d, [term]);
      }
    }
  }

  /** @param keep tokens to leave as typed (words known to be someone else's, not typos). */
  correct(tokens: string[], keep?: boolean[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      if (this.vocab.has(t) || STOPWORDS.has(t) || t.length < 2 || /\d/.test(t) || keep?.[i]) {
        out.push(t);
        continue;
      }
      const split = this.#split(t);
      if (split) out.push(...split);
      else out.push(this.#nearest(t, out[out.length - 1], tokens[i + 1]) ?? t);
    }
    return out;
  }

  /** Run-together syllables: "daihoi" -> "dai hoi" when that bigram is known. */
  #split(t: string): [string, string] | undefined {
    for (let k = 2; k <= t.length - 2; k++) {
      const a = t.slice(0, k);
      const b = t.slice(k);
      if (this.df.has(bigram(a, b))) return [a, b];
    }
    return undefined;
  }

  #nearest(t: string, prev: string | undefined, next: string | undefined): string | undefined {
    const inContext = (c: string) =>
      (prev !== undefined && this.df.has(bigram(prev, c))) ||
      (next !== undefined && this.df.has(bigram(c, next)));
    const max = t.length >= 7 ? 2 : 1;
    let best: string | undefined;
    let bestRank = -1;
    const seen = new Set<string>();
    for (const key of [t, ...deletions(t)]) {
      for (const c of this.#deletes.get(key) ?? NONE) {
        if (seen.has(c) || STOPWORDS.has(c)) continue;
        seen.add(c);
        const context = inContext(c);
        // Short syllables are corrected only when the correction makes a known word pair.
        if (t.length < 5 && !context) continue;
        if (editDistance(t, c, max) > max) continue;
        const rank = (context ? 100 : 0) + (this.df.get(c) ?? 0);
        if (rank > bestRank) {
          best = c;
          bestRank = rank;
        }
      }
    }
    return best;
  }
}
