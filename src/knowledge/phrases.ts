import { hasVietnameseMarks, type RawToken, stem, tokenize } from './normalize.js';

/** The tone digit of a syllable known to be level: typed without a mark in a text written with marks. */
const LEVEL = 6;
/**
 * A syllable the search marked with a tone digit ("moi1", see QaIndex) is the same syllable to a
 * phrase; LEVEL marks one known to be level, which matches a phrase's syllable written without a
 * tone and no other.
 */
const isToned = (t: string) => {
  const last = t.charCodeAt(t.length - 1);
  const before = t.charCodeAt(t.length - 2);
  return last >= 49 && last <= 54 && before >= 97 && before <= 122;
};
export const untoned = (t: string) => (isToned(t) ? t.slice(0, -1) : t);
/** Hỏi (4) and ngã (3), which most speakers do not tell apart, are one tone here. */
const toneOf = (t: string) => {
  const d = t.charCodeAt(t.length - 1) - 48;
  return d === 3 ? 4 : d;
};
/**
 * Whether a token is a phrase's syllable. A phrase keeps the tones it is written with ("máy bàn" is
 * "may2 ban1"); a token carries one only when it was typed with a tone the pack never writes on
 * that syllable ("bạn" is "ban5", see QaIndex). A token without one may be the syllable with any
 * tone. A token with one is not a syllable written with another tone ("mấy bạn" is not "máy bàn");
 * it may be one written without a tone, as a typo ("chí bộ" for "chi bộ").
 */
const same = (t: string, p: string) => {
  if (t === p) return true;
  const [tt, pt] = [isToned(t), isToned(p)];
  if (!tt) return pt && t.length === p.length - 1 && p.startsWith(t);
  if (!pt) return t.length === p.length + 1 && t.startsWith(p);
  return t.length === p.length && t.slice(0, -1) === p.slice(0, -1) && toneOf(t) === toneOf(p);
};

/**
 * A text's syllables with the tones typed on them ("quán" is "quan1"); one typed without a tone
 * is its stem, or with `level` known to be level ("quan6"): a text written with marks has no
 * syllable of unknown tone. Phrases are read so, and so are questions for PhraseSet { level }.
 */
export function syllables(text: string, level = false): string[] {
  return syllablesOf(tokenize(text), level);
}

/** The same for tokens already made (see syllables). */
export function syllablesOf(tokens: readonly RawToken[], level = false): string[] {
  return tokens.map((x) =>
    x.tone === 0 ? `${stem(x.folded)}${level ? LEVEL : ''}` : `${x.folded}${x.tone}`,
  );
}

/** Whether the tokens from `start` on hold the phrase from its word `from` on (the hot loop: no closure). */
function holds(tokens: string[], start: number, phrase: string[], from: number): boolean {
  for (let j = from; j < phrase.length; j++)
    if (!same(tokens[start + j - from] as string, phrase[j] as string)) return false;
  return true;
}
const always = () => true;

/** What a look-up that finds nothing iterates: one shared empty list, not a new one per token. */
const NONE: readonly string[][] = [];

/**
 * The one walk over tokens that skips phrases: `span(i)` is the length of the phrase found at
 * token i (0 for none); `visit(i, n)` sees each token outside a phrase (n 0) and each phrase.
 */
export function walkPhrases(
  tokens: readonly string[],
  span: (i: number) => number,
  visit: (i: number, n: number) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const n = span(i);
    visit(i, n);
    if (n > 1) i += n - 1;
  }
}

/**
 * The tokens outside the phrases `span` finds (see walkPhrases); with `gap`, that token stands
 * where each phrase was, so that the words on either side do not become a pair.
 */
export function outside(tokens: readonly string[], span: (i: number) => number, gap?: string): string[] {
  const out: string[] = [];
  walkPhrases(tokens, span, (i, n) => {
    if (n === 0) out.push(tokens[i] as string);
    else if (gap !== undefined) out.push(gap);
  });
  return out;
}

/**
 * A set of phrases (folded, stemmed tokens) looked up by their first token: the pack's off-topic
 * phrases, its words for party organisations and for the subject, and its place names.
 */
export class PhraseSet {
  readonly #byFirst = new Map<string, string[][]>();
  /**
   * The phrases of two words or more by their first two syllables (tone digits aside), longest
   * first, and the one-word phrases by their word: `at` looks only at the phrases that can start
   * there, however many share a first word ("đảng …", "đại hội …").
   */
  readonly #byPair = new Map<string, Map<string, string[][]>>();
  readonly #singles = new Map<string, string[][]>();

  /**
   * @param level write a syllable without a tone mark as level (tone digit 6), for look-ups in
   *   tokens that keep every typed tone (see QaIndex's absent phrases): then it matches a level
   *   syllable only, not one typed with a tone ("mấy bạn" is not "mấy ban").
   */
  constructor(phrases: string[], { level = false }: { level?: boolean } = {}) {
    const push = <K>(map: Map<K, string[][]>, key: K, phrase: string[]) => {
      const list = map.get(key);
      if (list) list.push(phrase);
      else map.set(key, [phrase]);
    };
    for (const p of phrases) {
      const phrase = syllables(p, level);
      const [first, second] = phrase;
      if (first === undefined) continue;
      push(this.#byFirst, untoned(first), phrase);
      if (second === undefined) push(this.#singles, untoned(first), phrase);
      else {
        let bySecond = this.#byPair.get(untoned(first));
        if (!bySecond) {
          bySecond = new Map();
          this.#byPair.set(untoned(first), bySecond);
        }
        push(bySecond, untoned(second), phrase);
      }
    }
    const longestFirst = (x: string[], y: string[]) => y.length - x.length;
    for (const list of this.#byFirst.values()) list.sort(longestFirst);
    for (const bySecond of this.#byPair.values())
      for (const list of bySecond.values()) list.sort(longestFirst);
  }

  /** Whether some phrase starts with this token (a tone digit aside): at and atAcross find nothing where none does. */
  mayStart(token: string): boolean {
    return this.#byFirst.has(untoned(token));
  }

  /** The longest phrase starting at token i, as its length (0 when none). */
  at(tokens: string[], i: number): number {
    const first = tokens[i];
    if (first === undefined) return 0;
    const key = untoned(first);
    const second = tokens[i + 1];
    const bySecond = second === undefined ? undefined : this.#byPair.get(key);
    if (bySecond !== undefined)
      for (const phrase of bySecond.get(untoned(second as string)) ?? NONE) {
        if (i + phrase.length <= tokens.length && holds(tokens, i, phrase, 0)) return phrase.length;
      }
    for (const phrase of this.#singles.get(key) ?? NONE) if (same(first, phrase[0] as string)) return 1;
    return 0;
  }

  /**
   * The longest phrase starting at token i with a few other words after its first two ("chi bộ
   * nông dân trực thuộc"), as the length of the whole span, when `inserted` accepts those words.
   */
  atAcross(
    tokens: string[],
    i: number,
    inserted: (tokens: string[], start: number, end: number) => boolean,
    most = 3,
  ): number {
    const first = tokens[i];
    if (first === undefined) return 0;
    for (const phrase of this.#byFirst.get(untoned(first)) ?? NONE) {
      if (phrase.length < 3 || !same(tokens[i + 1] ?? '', phrase[1] as string)) continue;
      for (let gap = 1; gap <= most; gap++) {
        const rest = i + 2 + gap;
        if (rest + phrase.length - 2 > tokens.length) break;
        if (holds(tokens, rest, phrase, 2) && inserted(tokens, i + 2, rest)) return phrase.length + gap;
      }
    }
    return 0;
  }

  /** Every occurrence of a phrase, by its start and length, in order. */
  each(tokens: string[], visit: (start: number, length: number) => void): void {
    for (let i = 0; i < tokens.length; i++) {
      const n = this.at(tokens, i);
      if (n > 0) visit(i, n);
    }
  }

  /** Whether any phrase occurs; `accept` may reject an occurrence (by its start and length). */
  occurs(tokens: string[], accept: (start: number, length: number) => boolean = always): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const n = this.at(tokens, i);
      if (n > 0 && accept(i, n)) return true;
    }
    return false;
  }

  /** The tokens without any phrase of the set. */
  remove(tokens: string[]): string[] {
    return outside(tokens, (i) => this.at(tokens, i));
  }

  /** Which tokens belong to a phrase of the set. */
  cover(tokens: string[]): boolean[] {
    const out = tokens.map(() => false);
    walkPhrases(
      tokens,
      (i) => this.at(tokens, i),
      (i, n) => {
        for (let k = 0; k < n; k++) out[i + k] = true;
      },
    );
    return out;
  }
}

/**
 * Whether a text written with marks names a phrase of `set` (built from syllables with their
 * tones) with the tones it is written with: a syllable typed without a mark there is level ("cơ
 * quan nào" is not "quán nào", "nhận tin" not "nhắn tin"), where the search's own tokens let it
 * stand for any tone (see Reader's #toned). A text without marks is not read again: true.
 */
export function occursAsTyped(set: PhraseSet, text: string): boolean {
  const head = text.slice(0, 500);
  return !hasVietnameseMarks(head) || set.occurs(syllables(head, true));
}
