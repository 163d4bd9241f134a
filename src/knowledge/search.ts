import { maysOf } from './counting.js';
import { distinctCoverage, termEvidence } from './distinct.js';
import { type EvidenceLists, Names } from './names.js';
import { STOPWORDS } from './normalize.js';
import { congressNumbers, congressYears, headCongress } from './ordinals.js';
import { type Pack, shownWindows, type Topic } from './pack.js';
import { occursAsTyped, PhraseSet } from './phrases.js';
import { type Doc, docTerms, type Hit, Postings, questionTerms } from './postings.js';
import { askingPart, namesAssociationCongress, termsOf, yearsOf } from './question-text.js';
import { Reader } from './reading.js';
import { isPlausible, type Prior } from './refusal.js';
import { Speller } from './speller.js';
import { DEFAULT_TUNING, type SearchTuning } from './tuning.js';
import { type WordCounts, WordPrior } from './word-prior.js';
import { WordRank } from './wordrank.js';

/**
 * Question answering over the pack's topics: BM25F over folded syllables and syllable bigrams,
 * with the pack's abbreviations expanded, typos corrected against the pack's own vocabulary, and a
 * confidence rule (score, coverage of the question, margin over the runner-up). A confident wrong
 * answer is worse than "I don't have that", so anything below the rule is refused.
 */

export type { Hit } from './postings.js';
export { askingPart, splitAsking } from './question-text.js';
export { DEFAULT_TUNING, type SearchTuning } from './tuning.js';

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
  /** Share of the question's distinctive words (see distinctCoverage) the best topic matches; undefined without any. */
  distinct: number | undefined;
  /** The question's language when it is clear from its words, else undefined. */
  lang: 'vi' | 'en' | undefined;
  /** The unit type the question names ("chi bộ trực thuộc …", "as a grassroots committee"), if any. */
  unitType: string | undefined;
  /** How many distinct words of substance it has, besides function words, places and the unit type named. */
  words: number;
  /** The congress the question is about when it names one by number as its subject (see headCongress). */
  congress: number | undefined;
  /** Whether it names a party organisation (chi bộ, đảng bộ, party cell …). */
  party: boolean;
  /**
   * Whether it asks about what the pack does not cover whatever else it names: other party
   * business, who holds a post, what the pack holds none of, a term it never names.
   */
  uncovered: boolean;
  /** Whether it names another organisation's or another kind of congress ("Hội Sinh vật cảnh … đại hội"). */
  other: boolean;
  /**
   * The topics whose named things (Topic.names: "đại hội điểm") the question names, in the pack's
   * order; looked for only when a timeline topic (show: timeline) is the answer, else empty.
   */
  named: readonly string[];
}

export interface IndexOptions {
  topics: Topic[];
  synonyms: Record<string, string[]>;
  extra?: ReadonlyMap<string, string[]>;
  offTopic?: string[];
  evidence?: EvidenceLists;
  /** The unit types' names (code -> names): who asks, recognised apart from what is asked. */
  unitTypes?: Array<{ code: string; names: string[] }>;
  /** The word prior's counts (see word-prior.ts); without them, no word prior. */
  wordCounts?: WordCounts;
}

const NO_TOPICS: readonly string[] = [];

export class QaIndex {
  readonly #docs: Doc[] = [];
  readonly #df = new Map<string, number>();
  /** The documents' postings and the ranking over them (see Postings). */
  readonly #postings: Postings;
  /** How texts are read into tokens, with the pack's vocabulary, tones and abbreviations (see Reader). */
  readonly #reader: Reader;
  /** The congresses the pack numbers (XIV, the district's XXVII …). */
  readonly #congresses = new Set<number>();
  /** The terms the pack names ("2025-2030", "2020-2025"), as "first-last". */
  readonly #terms = new Set<string>();
  /** The years the topics' own texts name. */
  readonly #years = new Set<string>();
  /** Typo repair against the vocabulary (see Speller). */
  readonly #speller: Speller;
  /** What a question names besides its topic: off-topic phrases, party organisations, the subject, places, unit types. */
  readonly #names: Names;
  /**
   * A second opinion for near ties, modelled on MiniSearch's default ranking (BM25+ per field over whole
   * folded words, scaled by how many distinct question words a topic matches), computed here for
   * the two candidates only, so that it costs microseconds. See WordRank.
   */
  readonly #tieBreak: WordRank;
  /** Each topic's named things (Topic.names), for the topics that have any. */
  readonly #topicNames: Array<{ id: string; names: PhraseSet }>;
  /** The topics that show the timeline of unit types (show: timeline). */
  readonly #timelines: ReadonlySet<string>;
  /** The prior over a question's words learned from the development sets (see word-prior.ts). */
  readonly #wordPrior: WordPrior | undefined;

  /**
   * @param o.extra more text per topic id, indexed like its body: the computed blocks a topic shows
   *   (window wordings), so that what the answer says can be found.
   */
  constructor(
    o: IndexOptions,
    readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {
    const { topics } = o;
    this.#names = new Names(o, this.#df);
    this.#wordPrior = o.wordCounts ? new WordPrior(o.wordCounts) : undefined;
    this.#timelines = new Set(topics.filter((t) => t.show === 'timeline').map((t) => t.id));
    this.#topicNames = topics
      .filter((t) => (t.names ?? []).length > 0)
      .map((t) => ({ id: t.id, names: new PhraseSet(t.names ?? []) }));
    this.#reader = new Reader(topics, o.synonyms);
    // Documents: one per topic, fields weighted (BM25F-style).
    const w = tuning.weights;
    for (const t of topics) {
      const tf = new Map<string, number>();
      // The topic's own texts also say which congresses the pack numbers; the window wordings (extra) do not.
      const add = (text: string, weight: number, own = true) => {
        const tokens = this.#reader.analyze(text);
        for (const term of docTerms(tokens)) tf.set(term, (tf.get(term) ?? 0) + weight);
        if (own) for (const n of congressNumbers(tokens)) this.#congresses.add(n);
        if (own) for (const term of termsOf(text)) this.#terms.add(term);
        if (own) for (const year of yearsOf(text)) this.#years.add(year);
      };
      add(t.title.vi, w.title);
      add(t.title.en, w.title);
      for (const k of t.keywords) add(k, w.keywords);
      for (const q of [...t.questions.vi, ...t.questions.en]) add(q, w.questions);
      for (const line of [...t.body.vi.split('\n'), ...t.body.en.split('\n')]) add(line, w.body);
      for (const line of o.extra?.get(t.id) ?? []) add(line, w.body, false);
      let length = 0;
      for (const v of tf.values()) length += v;
      this.#docs.push({ id: t.id, tf, length });
      for (const term of tf.keys()) this.#df.set(term, (this.#df.get(term) ?? 0) + 1);
    }
    this.#postings = new Postings(this.#docs, this.#df, tuning);
    this.#tieBreak = new WordRank(
      topics.map((t) => [
        `${t.title.vi} ${t.title.en}`,
        t.keywords.join(' '),
        [...t.questions.vi, ...t.questions.en].join(' '),
        `${t.body.vi} ${t.body.en}`,
      ]),
    );
    this.#speller = new Speller(this.#reader.vocab, this.#df);
  }

  static fromPack(pack: Pack, tuning: SearchTuning = DEFAULT_TUNING): QaIndex {
    const extra = new Map<string, string[]>();
    for (const t of pack.topics) {
      if (!t.show) continue;
      const lines: string[] = [];
      // The document list is left out: its numbers belong to the topics that cite them.
      if (t.show === 'documents') continue;
      for (const w of shownWindows(pack, t)) lines.push(w.title.vi, w.title.en, w.wording.vi, w.wording.en);
      extra.set(t.id, lines);
    }
    return new QaIndex(
      {
        topics: pack.topics,
        synonyms: pack.synonyms,
        extra,
        offTopic: pack.offTopic,
        evidence: pack.evidence,
        unitTypes: pack.unitTypes.map((u) => ({
          code: u.code,
          names: [u.name.vi, u.name.en, u.short, ...u.aliases],
        })),
        wordCounts: pack.wordCounts,
      },
      tuning,
    );
  }

  /** Whether the pack's topics number that congress (XIV, the district's XXVII, XIII in a lookalike's note). */
  numbersCongress(n: number): boolean {
    return this.#congresses.has(n);
  }

  /** Whether the text names the subject (evidence.subject: đại hội, văn kiện, congress …). */
  namesSubject(text: string): boolean {
    return this.#names.subject.occurs(this.#read(text));
  }

  /** Whether the text names our congress as such ("đại hội chi bộ", "đại hội Đảng các cấp"; see Names.namesOurCongress). */
  namesOurCongress(text: string): boolean {
    return this.#names.namesOurCongress(this.#read(text));
  }

  /** Whether the text names another organisation (evidence.organisations: Hội Phụ nữ, Đoàn …). */
  namesOrganisation(text: string): boolean {
    return this.#names.organisations.occurs(this.#read(text));
  }

  /** A text's tokens as a question's are read (its first 500 characters). */
  #read(text: string): string[] {
    return this.#reader.analyze(text.slice(0, 500), true);
  }

  /** The words of the question that name the subject or a party organisation ("đại hội", "chi bộ"). */
  subjectOf(question: string): string {
    const tokens = this.#read(question);
    const out: string[] = [];
    this.#names.walkNames(tokens, (i, n) => out.push(...tokens.slice(i, i + n)));
    return out.join(' ');
  }

  /** Whether every word of the text, as read, is in a name of the subject or of a party organisation ("Bộ Chính trị"). */
  namesOnly(text: string): boolean {
    return this.#names.namesOnly(this.#read(text));
  }

  /**
   * The question as typed and as repaired (see Speller), with whether it names an off-topic phrase
   * or other party business as typed.
   */
  #corrected(question: string): {
    typed: string[];
    tokens: string[];
    offTyped: boolean;
    otherTyped: boolean;
  } {
    const typed = this.#read(question);
    // Words of an off-topic phrase are words, not typos: "điện thoại" is not repaired to "điện thời".
    const names = this.#names;
    const offTyped = names.isOffTopic(typed);
    // So are the words of other party business ("khiển trách" is not a typo of a word of the pack).
    let keep = offTyped ? names.offTopic.cover(typed) : undefined;
    const otherTyped = names.partyOther.occurs(typed);
    if (otherTyped) {
      const more = names.partyOther.cover(typed);
      keep = keep ? keep.map((k, i) => k || (more[i] as boolean)) : more;
    }
    return { typed, tokens: this.#speller.correct(typed, keep), offTyped, otherTyped };
  }

  /** A question's words as the word prior counts them: repaired, places taken out (see word-prior.ts). */
  wordsOf(question: string): string[] {
    return this.#names.withoutPlaces(this.#corrected(question).tokens).tokens;
  }

  search(question: string): SearchResult {
    const names = this.#names;
    const { typed, tokens, offTyped, otherTyped } = this.#corrected(question);
    // Most questions need no repair: then what the repaired tokens name is what the typed ones name.
    const repaired = tokens.length !== typed.length || tokens.some((t, i) => t !== typed[i]);
    const offTopic = offTyped || (repaired && names.isOffTopic(tokens));
    const lang = this.#reader.guessLang(question, tokens);
    // A repair may hide a foreign qualifier ("võ" read as "có"): the subject counts as typed and as repaired.
    const typedSense = names.subjectSense(typed, lang);
    let story: boolean | undefined;
    const prior: Prior = {
      offTopic,
      en: lang === 'en',
      // A party organisation counts as typed: a repair may make one of a common word ("ban quan
      // ly" read as "ban quận ủy"), and typed with a typo one is no evidence against a refusal.
      party: names.party.occurs(typed),
      unheld: this.#asksUnheld(question, typed, tokens),
      // Only the subject-named word prior reads it (see isPlausible): computed then, once.
      get story() {
        story ??= askingPart(question) !== undefined;
        return story;
      },
      // A subject typed with a typo ("đại hôij") is named only once repaired: then the repair decides.
      subject: [
        names.subject.occurs(typed) ? typedSense : 'ours',
        repaired ? names.subjectSense(tokens, lang) : typedSense,
      ].reduce((a, b) =>
        a === 'other' || b === 'other' ? 'other' : a === 'ours' && b === 'ours' ? 'ours' : 'none',
      ),
    };
    // Other party business is refused unless the rest of the question still names the subject.
    // When some of the message asks (see askingPart), that part decides: "Chi bộ em đại hội xong
    // rồi. Giờ em muốn hỏi cách tính đảng phí." asks about dues, whatever the story before names,
    // and "…, chiều họp chi bộ, nhân tiện hỏi chọn người vào cấp ủy …" about the new committee,
    // whatever the cell's meeting that afternoon.
    const asking = otherTyped ? askingPart(question) : undefined;
    if (
      asking !== undefined
        ? names.namesPartyOther(this.#read(asking), lang)
        : (otherTyped && names.namesPartyOther(typed, lang)) ||
          (repaired && names.namesPartyOther(tokens, lang))
    )
      prior.partyOther = true;
    const congress = this.#congressOf(question, typed, tokens, prior);
    // A unit type named says who asks, not what: the question is first read without it.
    const free = names.withoutPlaces(tokens, true);
    const { unitType } = free;
    const words = new Set(free.tokens.filter((w) => !STOPWORDS.has(w))).size;
    const without = unitType === undefined ? undefined : this.#judge(question, free.tokens, prior);
    const uncovered = !!(prior.partyOther || prior.unheld);
    const about = {
      offTopic,
      lang,
      unitType,
      words,
      congress,
      uncovered,
      other: prior.subject === 'other',
      party: prior.party,
      named: NO_TOPICS,
    };
    if (without?.answer && free.kinds === 1) return this.#withNamed({ ...without, ...about }, tokens);
    // Without a unit type named, the tokens without places are the ones already read.
    const kept = unitType === undefined ? free.tokens : names.withoutPlaces(tokens).tokens;
    const all = this.#judge(question, kept, prior);
    // Two unit types or more may be what is asked ("must the grassroots committee wait for its
    // cells?"): the reading without them stands only if it keeps most of what the whole one matches.
    if (without?.answer && without.coverage >= all.coverage * this.tuning.namedTypesCoverage)
      return this.#withNamed({ ...without, ...about }, tokens);
    return this.#withNamed({ ...all, ...about }, tokens);
  }

  /** The congress the question names by number (see headCongress); marks another one or ours by number in `prior`. */
  #congressOf(question: string, typed: string[], tokens: string[], prior: Prior): number | undefined {
    // A congress the pack never numbers ("Đại hội XV", "… lần thứ 20", "đại hội 13") is another congress.
    const congress = headCongress(tokens);
    if (congressNumbers(typed).some((n) => !this.#congresses.has(n))) prior.subject = 'other';
    if (congress !== undefined && !this.#congresses.has(congress)) prior.subject = 'other';
    // So is a congress dated by a year none of the pack's texts names ("the Party Congress of 1986"),
    // and an association's, named by its capitals ("Hội Nghệ sĩ Sân khấu Việt Nam đại hội …").
    else if (congressYears(tokens).some((y) => !this.#years.has(y)) || namesAssociationCongress(question))
      prior.subject = 'other';
    // A congress the pack numbers, named as what is asked about ("Đại hội XIV kéo dài mấy
    // ngày?"), is as much evidence as a party organisation: the words around it may be the asker's.
    else if (congress !== undefined) prior.numbered = true;
    return congress;
  }

  /**
   * Whether the question asks for what the pack holds none of (Prior.unheld): who holds a post,
   * what evidence.absent lists, a unit's own past, another thing's head word (evidence.heads), a
   * term or a year its texts never name.
   */
  #asksUnheld(question: string, typed: string[], tokens: string[]): boolean {
    const names = this.#names;
    if (
      names.asksWhoHolds(tokens) ||
      this.#asksAbsent(question, typed) ||
      names.asksOwnPast(typed) ||
      names.namesForeignHead(typed) ||
      names.asksUncounted(tokens, maysOf(question, tokens))
    )
      return true;
    // A term the pack never names ("nhiệm kỳ 2030-2035", "the 2015–2020 term") is in none of its
    // texts, whatever organisation the question names.
    if (termsOf(question).some((term) => !this.#terms.has(term))) return true;
    // So is a year none of its texts names ("Kế hoạch công tác năm 2027 của chi bộ").
    // A year of the last century is a story's ("Ông cựu chiến binh đánh trận năm 1979 …"), not a
    // time the question asks about: the pack names none, and its documents start in 2017.
    return yearsOf(question).some((y) => y >= '2000' && !this.#years.has(y));
  }

  /**
   * The result with the topics whose named things it names (SearchResult.named), looked for only
   * when the timeline answers it: they matter only then (see Responder).
   */
  #withNamed(result: SearchResult, tokens: string[]): SearchResult {
    if (result.answer === undefined || !this.#timelines.has(result.answer)) return result;
    result.named = this.#topicNames.filter((t) => t.names.occurs(tokens)).map((t) => t.id);
    return result;
  }

  /**
   * Whether the question asks for what the pack holds none of (evidence.absent: an address, a
   * template, an amount of money …). In a message of several sentences only the ones that ask
   * count (see askingPart): "Hội phụ nữ định góp tiền mua hoa. Đại hội có cấm phô trương không?"
   * tells of money and asks about the principles.
   */
  #asksAbsent(question: string, typed: string[]): boolean {
    const absent = this.#names.absent;
    if (!absent.occurs(typed) || !occursAsTyped(this.#names.absentWithTones, question)) return false;
    const asking = askingPart(question);
    return (
      asking === undefined ||
      (absent.occurs(this.#read(asking)) && occursAsTyped(this.#names.absentWithTones, asking))
    );
  }

  /** Ranks the topics on `kept` and applies the refusal rule, given what the whole question names. */
  #judge(
    question: string,
    kept: string[],
    prior: Prior,
  ): Pick<SearchResult, 'answer' | 'ranked' | 'coverage' | 'unknownShare' | 'distinct'> {
    const { offTopic, party, en } = prior;
    const { terms, content } = questionTerms(kept);
    // The organisation a cell is in ("chi bộ Hội Cựu chiến binh") says who asks, not which topic
    // answers: its words ("chiến") rank no topic (see Names.withoutHosts).
    const ranked = this.#postings.rank(
      offTopic && party ? questionTerms(this.#names.withoutHosts(kept)).terms : terms,
      en,
    );
    const best = ranked[0];
    const bestTf = best && this.#docs.find((d) => d.id === best.topic)?.tf;
    const { coverage, unknownShare } = this.evidence(content, bestTf, en, offTopic);
    const distinct = distinctCoverage(kept, this.#names, this.#postings.idfOf, this.#postings.idfMax, bestTf);
    // Off-topic phrases are a prior of their own: the strong-match rule reads the rest of the question.
    const rest = offTopic
      ? this.evidence(questionTerms(this.#names.offTopic.remove(kept)).content, bestTf, en)
      : { coverage, unknownShare };
    const evidence = { ranked, coverage, unknownShare, rest, distinct, words: this.#wordPrior?.score(kept) };
    const answer = isPlausible(evidence, prior, this.tuning)
      ? this.choose(question, ranked, best?.score ?? 0, coverage)
      : undefined;
    return { answer, ranked, coverage, unknownShare, distinct };
  }

  /** Coverage and unknown share of the terms against a topic (see termEvidence). */
  private evidence(
    terms: string[],
    tf: ReadonlyMap<string, number> | undefined,
    en = false,
    offTopic = false,
  ) {
    return termEvidence(terms, this.#postings.idfOf, this.#postings.idfMax, tf, en, offTopic);
  }

  /**
   * The best topic when it leads by the margin; in a near tie, the second ranking picks one of the
   * two, unless the evidence is weak too (a low score and little of the question matched): then none.
   */
  private choose(question: string, ranked: Hit[], score: number, coverage: number): string | undefined {
    const [best, runnerUp] = ranked;
    if (!best) return undefined;
    if (!runnerUp || (best.score - runnerUp.score) / best.score >= this.tuning.margin) return best.topic;
    if (score < this.tuning.strongScore && coverage < this.tuning.tieCoverage) return undefined;
    const [a, b] = this.#tieBreak.scores(
      question.slice(0, 500),
      this.#docs.findIndex((d) => d.id === best.topic),
      this.#docs.findIndex((d) => d.id === runnerUp.topic),
    );
    if (a === b) return undefined;
    return a > b ? best.topic : runnerUp.topic;
  }
}
