import { fold } from './normalize.js';

const WORD_SPLIT = /[\n\r\p{Z}\p{P}]+/u;
/** The same split for printable ASCII: the space and the ASCII punctuation marks (\p{P}). */
const PLAIN = /^[\u0020-\u007e]*$/;
const PLAIN_SPLIT = /[ !-#%-*,-/:;?@[-\]_{}]+/;
const words = (text: string) => {
  const folded = fold(text);
  return folded.split(PLAIN.test(folded) ? PLAIN_SPLIT : WORD_SPLIT).filter((w) => w !== '');
};

/**
 * Modelled on MiniSearch's default scoring (BM25+ with k 1.2, b 0.7, d 0.5, every field weighted alike, the sum
 * multiplied by the number of distinct question words matched) over whole diacritic-folded words:
 * no stemming, abbreviations, bigrams or typo repair. It ranks differently from the main index and
 * breaks its near ties; on its own it would answer everything, so it never decides alone.
 */
export class WordRank {
  /** Per field: word frequencies and length per document, average length, document frequencies. */
  readonly #fields: Array<{
    tf: Array<Map<string, number>>;
    len: number[];
    avg: number;
    df: Map<string, number>;
  }> = [];
  readonly #n: number;
  /** Per document: word -> its score in each field that holds it, in field order (computed once). */
  readonly #gains: Array<Map<string, number[]>> = [];

  /** @param docs per document, its field texts (the same fields in the same order for every one). */
  constructor(docs: string[][]) {
    this.#n = docs.length;
    const fieldCount = docs[0]?.length ?? 0;
    for (let f = 0; f < fieldCount; f++) {
      const tf: Array<Map<string, number>> = [];
      const len: number[] = [];
      const df = new Map<string, number>();
      for (const doc of docs) {
        const m = new Map<string, number>();
        const ws = words(doc[f] ?? '');
        for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
        for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
        tf.push(m);
        len.push(ws.length);
      }
      const avg = len.reduce((x, y) => x + y, 0) / Math.max(1, len.length);
      this.#fields.push({ tf, len, avg, df });
    }
    for (let doc = 0; doc < docs.length; doc++) this.#gains.push(this.#gainsOf(doc));
  }

  #gainsOf(doc: number): Map<string, number[]> {
    const gains = new Map<string, number[]>();
    for (const field of this.#fields) {
      for (const [w, tf] of field.tf[doc] ?? []) {
        const df = field.df.get(w) ?? 0;
        const idf = Math.log(1 + (this.#n - df + 0.5) / (df + 0.5));
        const len = field.len[doc] ?? 0;
        const gain = idf * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * len) / field.avg)));
        const list = gains.get(w);
        if (list) list.push(gain);
        else gains.set(w, [gain]);
      }
    }
    return gains;
  }

  /** Scores of documents i and j for the question. */
  scores(question: string, i: number, j: number): [number, number] {
    const qs = words(question);
    return [this.#score(qs, i), this.#score(qs, j)];
  }

  #score(qs: string[], doc: number): number {
    if (doc < 0) return 0;
    let score = 0;
    const matched = new Set<string>();
    const gains = this.#gains[doc];
    for (const w of qs) {
      const list = gains?.get(w);
      if (list === undefined) continue;
      for (const gain of list) score += gain;
      matched.add(w);
    }
    return score * matched.size;
  }
}
