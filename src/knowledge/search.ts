import {
  editDistance,
  fold,
  hasVietnameseMarks,
  type RawToken,
  STOPWORDS,
  stem,
  tokenize,
} from './normalize.js';
import type { Pack, Topic, Window } from './pack.js';

/**
 * Question answering over the pack's topics: BM25F over folded syllables and syllable bigrams,
 * with the pack's abbreviations expanded, typos corrected against the pack's own vocabulary, and a
 * confidence rule (score, coverage of the question, margin over the runner-up). A confident wrong
 * answer is worse than "I don't have that", so anything below the rule is refused.
 */

export interface SearchTuning {
  k1: number;
  b: number;
  /** Field weights: a term in a title counts this many times a term in the body. */
  weights: { title: number; keywords: number; questions: number; body: number };
  /** Minimum BM25 score of the best topic. */
  minScore: number;
  /** Maximum share of the question's weight in words the pack never uses. */
  maxUnknown: number;
  /** Query bigrams count this many times a single word. */
  bigramBoost: number;
  /** Minimum lead over the runner-up, as a share of the best score. */
  margin: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  k1: 1.2,
  b: 0.3,
  weights: { title: 3, keywords: 3, questions: 2, body: 1 },
  minScore: 5,
  margin: 0.08,
  maxUnknown: 0.84,
  bigramBoost: 1,
};

export interface Hit {
  topic: string;
  score: number;
}

export interface SearchResult {
  /** The topic that answers the question, when the engine is confident. */
  answer: string | undefined;
  /** Every topic that shares a term with the question, best first. */
  ranked: Hit[];
  /** Share of the question's weight found in the best topic (0..1). */
  coverage: number;
  /** Share of the question's weight in words the pack never uses, against what the best topic matched. */
  unknownShare: number;
  /** Whether the question names something the pack marks as out of scope (weather, prices, sport…). */
  offTopic: boolean;
  /** The question's language when it is clear from its words, else undefined. */
  lang: 'vi' | 'en' | undefined;
}

interface Doc {
  id: string;
  /** Weighted term frequencies. */
  tf: Map<string, number>;
  length: number;
}

const bigram = (a: string, b: string) => `${a} ${b}`;

export class QaIndex {
  readonly #docs: Doc[] = [];
  readonly #df = new Map<string, number>();
  readonly #avgLength: number;
  /** term -> [document index, weighted tf] */
  readonly #postings = new Map<string, Array<[number, number]>>();
  /** BM25 length normalisation per document. */
  readonly #norms: number[] = [];
  /** Every folded token of the pack's topic texts (stopwords included). */
  readonly #vocab = new Set<string>();
  /** Single-deletion variants of each vocabulary token, for typo lookup (SymSpell-style). */
  readonly #deletes = new Map<string, string[]>();
  readonly #synonyms = new Map<string, string[]>();
  /** Abbreviations that are also ordinary syllables ("du" is dự; "DU" is đảng ủy). */
  readonly #ambiguous = new Set<string>();
  readonly #enOnly = new Set<string>();
  readonly #viOnly = new Set<string>();
  readonly #idfMax: number;
  /** Folded phrases that mark a question as out of scope, by their first token. */
  readonly #offTopic = new Map<string, string[][]>();
  /**
   * A second opinion for near ties, modelled on MiniSearch's default ranking (BM25+ per field over whole
   * folded words, scaled by how many distinct question words a topic matches), computed here for
   * the two candidates only, so that it costs microseconds. See WordRank.
   */
  readonly #tieBreak: WordRank;

  /**
   * @param extra more text per topic id, indexed like its body: the computed blocks a topic shows
   *   (window wordings, document titles), so that what the answer says can be found.
   */
  constructor(
    topics: Topic[],
    synonyms: Record<string, string[]>,
    readonly tuning: SearchTuning = DEFAULT_TUNING,
    extra: ReadonlyMap<string, string[]> = new Map(),
    offTopic: string[] = [],
  ) {
    for (const p of offTopic) {
      const phrase = tokenize(p).map((x) => stem(x.folded));
      const first = phrase[0];
      if (first === undefined) continue;
      const list = this.#offTopic.get(first);
      if (list) list.push(phrase);
      else this.#offTopic.set(first, [phrase]);
    }
    // 1. Vocabulary of the unexpanded texts: it decides which abbreviations are ambiguous.
    const viWords = new Set<string>();
    const enWords = new Set<string>();
    for (const t of topics) {
      for (const [lang, texts] of [
        ['vi', [t.title.vi, t.body.vi, ...t.questions.vi]],
        ['en', [t.title.en, t.body.en, ...t.questions.en]],
      ] as const) {
        for (const text of texts) {
          for (const tok of tokenize(text)) (lang === 'vi' ? viWords : enWords).add(stem(tok.folded));
        }
      }
    }
    for (const w of enWords) if (!viWords.has(w) && !/^\d+$/.test(w)) this.#enOnly.add(w);
    for (const w of viWords) if (!enWords.has(w) && !/^\d+$/.test(w)) this.#viOnly.add(w);
    for (const [key, expansions] of Object.entries(synonyms)) {
      const k = fold(key).replace(/[^a-z0-9]/g, '');
      const first = expansions[0];
      if (k === '' || first === undefined) continue;
      this.#synonyms.set(
        k,
        tokenize(first).map((tok) => tok.folded),
      );
      if (viWords.has(k) || enWords.has(k)) this.#ambiguous.add(k);
    }

    // 2. Documents: one per topic, fields weighted (BM25F-style).
    const w = tuning.weights;
    for (const t of topics) {
      const tf = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const term of this.terms(this.analyze(text))) tf.set(term, (tf.get(term) ?? 0) + weight);
      };
      add(t.title.vi, w.title);
      add(t.title.en, w.title);
      for (const k of t.keywords) add(k, w.keywords);
      for (const q of [...t.questions.vi, ...t.questions.en]) add(q, w.questions);
      for (const line of [...t.body.vi.split('\n'), ...t.body.en.split('\n')]) add(line, w.body);
      for (const line of extra.get(t.id) ?? []) add(line, w.body);
      let length = 0;
      for (const v of tf.values()) length += v;
      this.#docs.push({ id: t.id, tf, length });
      for (const term of tf.keys()) this.#df.set(term, (this.#df.get(term) ?? 0) + 1);
    }
    this.#avgLength = this.#docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.#docs.length);
    this.#docs.forEach((doc, i) => {
      const { k1, b } = tuning;
      this.#norms.push(k1 * (1 - b + (b * doc.length) / this.#avgLength));
      for (const [term, tf] of doc.tf) {
        const list = this.#postings.get(term);
        if (list) list.push([i, tf]);
        else this.#postings.set(term, [[i, tf]]);
      }
    });
    this.#idfMax = this.idf(0);
    this.#tieBreak = new WordRank(
      topics.map((t) => [
        `${t.title.vi} ${t.title.en}`,
        t.keywords.join(' '),
        [...t.questions.vi, ...t.questions.en].join(' '),
        `${t.body.vi} ${t.body.en}`,
      ]),
    );
    for (const term of this.#vocab) {
      for (const d of [term, ...deletions(term)]) {
        const list = this.#deletes.get(d);
        if (list) list.push(term);
        else this.#deletes.set(d, [term]);
      }
    }
  }

  static fromPack(pack: Pack, tuning: SearchTuning = DEFAULT_TUNING): QaIndex {
    const extra = new Map<string, string[]>();
    for (const t of pack.topics) {
      if (!t.show) continue;
      const lines: string[] = [];
      // The document list is left out: its numbers belong to the topics that cite them.
      if (t.show === 'documents') continue;
      for (const w of shownWindows(pack, t.show))
        lines.push(w.title.vi, w.title.en, w.wording.vi, w.wording.en);
      extra.set(t.id, lines);
    }
    return new QaIndex(pack.topics, pack.synonyms, tuning, extra, pack.offTopic);
  }

  /** Folded, abbreviation-expanded, stemmed tokens; the index's own texts also fill the vocabulary. */
  private analyze(text: string, query = false): string[] {
    const out: string[] = [];
    for (const tok of tokenize(text)) {
      const expansion = this.#synonyms.get(tok.folded);
      if (expansion && query && (!this.#ambiguous.has(tok.folded) || looksAbbreviated(tok))) {
        out.push(...expansion);
      } else {
        out.push(stem(tok.folded));
      }
    }
    if (!query) for (const t of out) this.#vocab.add(t);
    return out;
  }

  /** Unigrams that are not stopwords, and bigrams of neighbours unless both are stopwords. */
  private terms(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i] as string;
      if (!STOPWORDS.has(a)) out.push(a);
      const b = tokens[i + 1];
      if (b !== undefined && !(STOPWORDS.has(a) && STOPWORDS.has(b))) out.push(bigram(a, b));
    }
    return out;
  }

  private idf(df: number): number {
    const n = this.#docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Replaces unknown tokens by a vocabulary token one or two edits away, or splits run-together syllables. */
  private correct(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      if (this.#vocab.has(t) || STOPWORDS.has(t) || t.length < 2 || /\d/.test(t)) {
        out.push(t);
        continue;
      }
      const prev = out[out.length - 1];
      const next = tokens[i + 1];
      const inContext = (c: string) =>
        (prev !== undefined && this.#df.has(bigram(prev, c))) ||
        (next !== undefined && this.#df.has(bigram(c, next)));
      // Run-together syllables: "daihoi" -> "dai hoi" when that bigram is known.
      let split: [string, string] | undefined;
      for (let k = 2; k <= t.length - 2 && !split; k++) {
        const a = t.slice(0, k);
        const b = t.slice(k);
        if (this.#df.has(bigram(a, b))) split = [a, b];
      }
      if (split) {
        out.push(...split);
        continue;
      }
      const max = t.length >= 7 ? 2 : 1;
      let best: string | undefined;
      let bestRank = -1;
      const seen = new Set<string>();
      for (const key of [t, ...deletions(t)]) {
        for (const c of this.#deletes.get(key) ?? []) {
          if (seen.has(c) || STOPWORDS.has(c)) continue;
          seen.add(c);
          if (editDistance(t, c, max) > max) continue;
          const context = inContext(c);
          // Short syllables are corrected only when the correction makes a known word pair.
          if (t.length < 5 && !context) continue;
          const rank = (context ? 100 : 0) + (this.#df.get(c) ?? 0);
          if (rank > bestRank) {
            best = c;
            bestRank = rank;
          }
        }
      }
      out.push(best ?? t);
    }
    return out;
  }

  /**
   * Whether the tokens hold an out-of-scope phrase. A phrase that runs on into a word pair the
   * pack uses does not count: "co dong" (cổ đông, shareholders) in "dai hoi co dong gop y kien"
   * is "có đóng góp", since "dong gop" is the pack's own pair.
   */
  private isOffTopic(tokens: string[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of this.#offTopic.get(tokens[i] as string) ?? []) {
        if (i + phrase.length > tokens.length || !phrase.every((p, j) => tokens[i + j] === p)) continue;
        const next = tokens[i + phrase.length];
        if (next !== undefined && this.#df.has(bigram(phrase[phrase.length - 1] as string, next))) continue;
        return true;
      }
    }
    return false;
  }

  private guessLang(text: string, tokens: string[]): 'vi' | 'en' | undefined {
    if (hasVietnameseMarks(text)) return 'vi';
    let en = 0;
    let vi = 0;
    for (const t of tokens) {
      if (this.#enOnly.has(t)) en++;
      else if (this.#viOnly.has(t)) vi++;
    }
    if (en > vi) return 'en';
    if (vi > en) return 'vi';
    return undefined;
  }

  search(question: string): SearchResult {
    const typed = this.analyze(question.slice(0, 500), true);
    const tokens = this.correct(typed);
    const terms = [...new Set(this.terms(tokens))];
    const { k1 } = this.tuning;
    const scores = new Float64Array(this.#docs.length);
    for (const term of terms) {
      const df = this.#df.get(term);
      if (df === undefined) continue;
      const idf = this.idf(df) * (term.includes(' ') ? this.tuning.bigramBoost : 1);
      for (const [i, tf] of this.#postings.get(term) ?? []) {
        const norm = this.#norms[i] as number;
        scores[i] = (scores[i] as number) + (idf * tf * (k1 + 1)) / (tf + norm);
      }
    }
    const ranked: Hit[] = [];
    this.#docs.forEach((doc, i) => {
      const score = scores[i] as number;
      if (score > 0) ranked.push({ topic: doc.id, score });
    });
    ranked.sort((x, y) => y.score - x.score);

    // Coverage: how much of what the question says (by idf; unknown words weigh most) the best topic holds.
    const best = ranked[0];
    const bestDoc = best ? this.#docs.find((d) => d.id === best.topic) : undefined;
    // Words the pack never uses weigh most; words of other topics count against the best one too.
    let total = 0;
    let matched = 0;
    let unknown = 0;
    for (const term of terms) {
      const space = term.indexOf(' ');
      if (space >= 0 && (STOPWORDS.has(term.slice(0, space)) || STOPWORDS.has(term.slice(space + 1))))
        continue;
      const df = this.#df.get(term);
      const weight = df === undefined ? this.#idfMax : this.idf(df);
      total += weight;
      if (df === undefined) unknown += weight;
      if (bestDoc?.tf.has(term)) matched += weight;
    }
    const coverage = total === 0 ? 0 : matched / total;
    const unknownShare = matched + unknown === 0 ? 1 : unknown / (matched + unknown);
    // Before and after typo repair: a repair can turn an out-of-scope word into one the pack uses.
    const offTopic = this.isOffTopic(typed) || this.isOffTopic(tokens);
    const second = ranked[1]?.score ?? 0;
    const t = this.tuning;
    const plausible =
      best !== undefined && best.score >= t.minScore && unknownShare <= t.maxUnknown && !offTopic;
    const runnerUp = ranked[1];
    let answer: string | undefined;
    if (plausible && (best.score - second) / best.score >= t.margin) answer = best.topic;
    else if (plausible && runnerUp !== undefined) {
      // A near tie between our two best: a second, differently built ranking chooses between them
      // (never a third topic); if it ties too, the question is refused.
      const [a, b] = this.#tieBreak.scores(
        question.slice(0, 500),
        this.#docs.findIndex((d) => d.id === best.topic),
        this.#docs.findIndex((d) => d.id === runnerUp.topic),
      );
      if (a !== b) answer = a > b ? best.topic : runnerUp.topic;
    }
    return {
      answer,
      ranked,
      coverage,
      unknownShare,
      offTopic,
      lang: this.guessLang(question, tokens),
    };
  }
}

/** "DU", "ĐU", "đu" are typed as abbreviations; "du", "dự", "Dự" are not. */
function looksAbbreviated(tok: RawToken): boolean {
  if (tok.raw.length >= 2 && tok.raw === tok.raw.toUpperCase() && tok.raw !== tok.raw.toLowerCase())
    return true;
  return /[đĐ]/.test(tok.raw) && !/[\u0300-\u036f]/.test(tok.raw.normalize('NFD'));
}

const WORD_SPLIT = /[\n\r\p{Z}\p{P}]+/u;
const words = (text: string) =>
  fold(text)
    .split(WORD_SPLIT)
    .filter((w) => w !== '');

/**
 * Modelled on MiniSearch's default scoring (BM25+ with k 1.2, b 0.7, d 0.5, every field weighted alike, the sum
 * multiplied by the number of distinct question words matched) over whole diacritic-folded words:
 * no stemming, abbreviations, bigrams or typo repair. It ranks differently from the main index and
 * breaks its near ties; on its own it would answer everything, so it never decides alone.
 */
class WordRank {
  /** Per field: word frequencies and length per document, average length, document frequencies. */
  readonly #fields: Array<{
    tf: Array<Map<string, number>>;
    len: number[];
    avg: number;
    df: Map<string, number>;
  }> = [];
  readonly #n: number;

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
    for (const w of qs) {
      for (const field of this.#fields) {
        const tf = field.tf[doc]?.get(w);
        if (tf === undefined) continue;
        const df = field.df.get(w) ?? 0;
        const idf = Math.log(1 + (this.#n - df + 0.5) / (df + 0.5));
        const len = field.len[doc] ?? 0;
        score += idf * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * len) / field.avg)));
        matched.add(w);
      }
    }
    return score * matched.size;
  }
}

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

/** The windows a topic's computed block lists: all congress windows, the pilot ones, or preparation. */
export function shownWindows(pack: Pack, show: 'timeline' | 'pilots' | 'preparation'): Window[] {
  switch (show) {
    case 'timeline':
      return pack.windows.filter((w) => w.kind === 'congress' && w.appliesTo.pilot !== true);
    case 'pilots':
      return pack.windows.filter((w) => w.kind === 'congress' && w.appliesTo.pilot === true);
    case 'preparation':
      return pack.windows.filter((w) => w.kind === 'preparation');
  }
}
