import { fold, hasVietnameseMarks, looksAbbreviated, type RawToken, stem, tokenize } from './normalize.js';
import type { Topic } from './pack.js';
import { PhraseSet, syllablesOf } from './phrases.js';

/**
 * How the search reads a text into tokens: folded and stemmed, the pack's abbreviations expanded,
 * the words of "when" read alike, a tone the pack never writes marked. Reading the pack's own
 * texts gathers the vocabulary and tones that questions are then read against.
 */

/**
 * "bao giờ", "lúc nào" and "khi nào" all ask "when"; the pack writes "khi nào" in its questions and
 * "bao giờ" once, as a keyword of the timeline, so that a typed "bao giờ" was evidence of the
 * timeline alone ("cấp huyện bỏ từ bao giờ"). All are read as "khi nào", in the pack's texts and in
 * questions. "Giờ" and "bây giờ" say "now" (function words, see STOPWORDS), not "bảy" (seven).
 */
function sameWhen(tokens: string[]): void {
  for (let i = tokens.indexOf('bao'); i >= 0 && i < tokens.length - 1; i = tokens.indexOf('bao', i + 1))
    if (tokens[i + 1] === 'gio') [tokens[i], tokens[i + 1]] = ['khi', 'nao'];
  // "lúc nào" asks "when" too ("chi bộ em đại hội lúc nào?"); typed "lúc", it carries its tone
  // digit, since the pack writes only "lục" (phụ lục).
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i + 1] === 'nao' && (tokens[i] === 'luc' || tokens[i] === 'luc2')) tokens[i] = 'khi';
    // "bây giờ" (now) is two function words, not "bảy" (seven) and "giờ".
    if (tokens[i] === 'bay' && tokens[i + 1] === 'gio') tokens[i] = 'gio';
    // "mới" after a span of time or "rồi"/"thì" says "only then" ("5 năm mới đại hội một lần",
    // "xong rồi mới đại hội"), not "new" ("khóa mới", "quy định mới").
    if (tokens[i + 1] === 'moi' && ONLY_THEN_BEFORE.has(tokens[i] as string)) tokens[i + 1] = 'moi0';
  }
}
/** Letters, then a congress's number in Roman numerals or up to two digits ("dhxiv", "dh14"; see Reader's #glued). */
const GLUED = /^([a-z]{2,3}?)(x{1,3}(?:i{1,3}|iv|v|vi{1,3}|ix)?|\d{1,2})$/;
/** The words after which "mới" says "only then" (see sameWhen). */
const ONLY_THEN_BEFORE = new Set(['nam', 'thang', 'ngay', 'roi', 'thi', 'xong']);
/**
 * "đang" (now, -ing) folds to "dang", as "đảng" (the Party) does: typed with its marks (a đ and no
 * tone) it is a function word of its own (see STOPWORDS).
 */
const MARKED_DANG = 'dang0';
/** đ or Đ. */
const isD = (c: number) => c === 0x111 || c === 0x110;
/** A tone's bit in Reader's tone sets: ngã (3) shares hỏi's (4). */
const toneBit = (tone: number) => 1 << (tone === 3 ? 4 : tone);

/** Reads questions against the pack's texts, once it has read those (see analyze). */
export class Reader {
  /** Every folded token of the pack's topic texts (stopwords included). */
  readonly #vocab = new Set<string>();
  /** Folded syllable -> the tones the pack writes it with (bit 0: none, bits 1..5: see RawToken.tone). */
  readonly #tones = new Map<string, number>();
  readonly #synonyms = new Map<string, string[]>();
  /** Abbreviations that are also ordinary syllables ("du" is dự; "DU" is đảng ủy). */
  readonly #ambiguous = new Set<string>();
  readonly #enOnly = new Set<string>();
  readonly #viOnly = new Set<string>();
  /**
   * Synonyms of several words ("họp bầu" for "đại hội"): what people call a thing in words of
   * their own, read in a question as the pack's word. Keyed by their folded syllables.
   */
  readonly #phrases: PhraseSet;
  /** The same with a syllable written without a mark level, for questions written with marks. */
  readonly #phrasesLevel: PhraseSet;
  readonly #phraseWords = new Map<string, string[]>();
  /** Every pair of neighbouring tokens in the pack's texts, folded (see #phraseAt). */
  readonly #pairs = new Set<string>();

  constructor(topics: Topic[], synonyms: Record<string, string[]>) {
    this.#readSynonyms(topics, synonyms);
    const phrases = Object.keys(synonyms).filter((k) => tokenize(k).length > 1);
    this.#phrases = new PhraseSet(phrases);
    this.#phrasesLevel = new PhraseSet(phrases, { level: true });
    for (const k of phrases) {
      const first = synonyms[k]?.[0];
      if (first !== undefined)
        this.#phraseWords.set(
          tokenize(k)
            .map((t) => stem(t.folded))
            .join(' '),
          tokenize(first).map((t) => t.folded),
        );
    }
  }

  /** The vocabulary read so far (the pack's, once QaIndex has read its texts), for typo repair. */
  get vocab(): ReadonlySet<string> {
    return this.#vocab;
  }

  /** Vocabulary of the unexpanded texts: it decides which abbreviations are ambiguous, and the language. */
  #readSynonyms(topics: Topic[], synonyms: Record<string, string[]>): void {
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
      if (tokenize(key).length > 1) continue;
      const k = fold(key).replace(/[^a-z0-9]/g, '');
      const first = expansions[0];
      if (k === '' || first === undefined) continue;
      this.#synonyms.set(
        k,
        tokenize(first).map((tok) => tok.folded),
      );
      if (viWords.has(k) || enWords.has(k)) this.#ambiguous.add(k);
    }
  }

  /** Folded, abbreviation-expanded, stemmed tokens; the index's own texts also fill the vocabulary. */
  analyze(text: string, query = false): string[] {
    const out: string[] = [];
    const raw = tokenize(text);
    // Most questions hold no synonym of several words: their syllables are then not built.
    const phrases =
      query && raw.some((t) => this.#phrases.mayStart(t.folded))
        ? this.#typedSyllables(text, raw)
        : undefined;
    for (let i = 0; i < raw.length; i++) {
      const tok = raw[i] as RawToken;
      const words = phrases && this.#phraseAt(raw, phrases, i);
      if (words) {
        out.push(...words.words);
        i += words.length - 1;
        continue;
      }
      const expansion = this.#synonyms.get(tok.folded);
      const glued = query && !expansion ? this.#glued(tok.folded) : undefined;
      if (expansion && query && (!this.#ambiguous.has(tok.folded) || looksAbbreviated(tok))) {
        out.push(...expansion);
      } else if (glued) {
        out.push(...glued);
      } else if (query) {
        out.push(this.#toned(tok));
      } else {
        out.push(stem(tok.folded));
        this.#tones.set(tok.folded, (this.#tones.get(tok.folded) ?? 0) | toneBit(tok.tone));
      }
    }
    sameWhen(out);
    if (!query)
      for (let i = 0; i < out.length; i++) {
        this.#vocab.add(out[i] as string);
        if (i > 0) this.#pairs.add(`${out[i - 1]} ${out[i]}`);
      }
    return out;
  }

  /**
   * An abbreviation typed together with the number after it ("DHXIV", "dh14": "đại hội XIV"), as
   * the abbreviation's expansion and the number; undefined for any other token.
   */
  #glued(folded: string): string[] | undefined {
    const m = GLUED.exec(folded);
    const expansion = m && this.#synonyms.get(m[1] as string);
    return expansion ? [...expansion, m[2] as string] : undefined;
  }

  /**
   * A text's syllables for the synonyms of several words: in a text written with marks, each with
   * the tone typed, a syllable without a mark level ("bầu ban" is not "bầu bán"); without marks,
   * each of any tone (see PhraseSet and syllables).
   */
  #typedSyllables(text: string, raw: RawToken[]): { syllables: string[]; marked: boolean } {
    const marked = hasVietnameseMarks(text);
    return { syllables: syllablesOf(raw, marked), marked };
  }

  /**
   * The synonym of several words at raw token i, as the pack's words and the length it spans. In a
   * text without marks, a phrase whose syllables the pack itself writes together ("bau ban" of
   * "bầu ban chấp hành") is the pack's, not the synonym ("bầu bán").
   */
  #phraseAt(
    raw: RawToken[],
    { syllables, marked }: { syllables: string[]; marked: boolean },
    i: number,
  ): { words: string[]; length: number } | undefined {
    const n = (marked ? this.#phrasesLevel : this.#phrases).at(syllables, i);
    if (n === 0) return undefined;
    const key = raw
      .slice(i, i + n)
      .map((t) => stem(t.folded))
      .join(' ');
    const words = this.#phraseWords.get(key);
    if (words === undefined) return undefined;
    if (!marked && this.#writesAll(key)) return undefined;
    return { words, length: n };
  }

  /** Whether the pack's texts hold every pair of neighbouring words of a phrase (folded, spaced). */
  #writesAll(phrase: string): boolean {
    const ws = phrase.split(' ');
    for (let k = 1; k < ws.length; k++) if (!this.#pairs.has(`${ws[k - 1]} ${ws[k]}`)) return false;
    return true;
  }

  /**
   * A syllable typed with a tone the pack never writes it with is another word: "mời" (invite) is
   * not "mới" (new), "phố" is not "phô". It gets the tone's digit ("moi1"), which nothing in the
   * index holds; phrase look-ups read it without (see PhraseSet). Typed without tones, it is the
   * pack's; hỏi and ngã, which most speakers do not tell apart ("điễm" for "điểm"), count as one.
   */
  #toned(tok: RawToken): string {
    if (tok.tone === 0)
      return tok.folded === 'dang' && isD(tok.raw.charCodeAt(0)) ? MARKED_DANG : stem(tok.folded);
    const tones = this.#tones.get(tok.folded);
    return tones === undefined || (tones & toneBit(tok.tone)) !== 0 ? tok.folded : `${tok.folded}${tok.tone}`;
  }

  guessLang(text: string, tokens: string[]): 'vi' | 'en' | undefined {
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
}
