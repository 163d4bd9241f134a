import { asksUncounted } from './counting.js';
import { STOPWORDS, stem, tokenize } from './normalize.js';
import type { Pack } from './pack.js';
import { outside, PhraseSet, untoned, walkPhrases } from './phrases.js';

/** The pack's lists of what counts as evidence (see `evidence:` in the pack), each optional. */
export type EvidenceLists = Partial<Pack['evidence']>;

/** In which sense a question names the subject (đại hội, văn kiện, congress …). */
export type Sense = 'ours' | 'other' | 'none';

/**
 * Words before our congress that make it only a reference for another one: its time ("sau đại hội
 * đảng bộ") or a likeness ("như đại hội đảng").
 */
const REFERENCE_BEFORE = new Set(['sau', 'truoc', 'nhu', 'giong']);
const bigram = (a: string, b: string) => `${a} ${b}`;
/** Words after "ai" that ask who holds or takes a post ("ai được bầu làm", "ai làm", "ai giữ"), folded. */
const HOLDS = new Set(['duoc', 'lam', 'giu', 'dam']);
/** Words for a person that "nào" asks for: "người nào", "ông nào", "bà nào", "vị nào" (and "đồng chí nào"), folded. */
const PERSON = new Set(['nguoi', 'ong', 'ba', 'vi']);
/** Words of time between "ai" and "là" ("ai đang là", "ai hiện là", "ai sẽ được bầu làm"), folded. */
const NOW_WORDS = new Set(['dang', 'dang0', 'hien', 'bay', 'gio', 'nay', 'se', 'da', 'vua']);
/**
 * English words after "who" that ask for a person: with a post named ("who is", "who became"), or
 * alone ("who leads"), stemmed as the index stems them.
 */
const WHO_IS = new Set(['is', 'are', 'was', 'were', 's', 'now', 'currently', 'becam', 'becom']);
const WHO_LEADS = new Set(['lead', 'led', 'head', 'run', 'chair']);
/** Party words that name a person, not an organisation: a secretary, a member (folded pairs). */
const PARTY_PEOPLE = new Set(['bi thu', 'dang vien', 'party member']);
/** What names a party congress right after "đại hội": a cell's or a party committee's, folded. */
const OUR_CONGRESS = new Set(['chi bo', 'dang bo']);
/** How many words may stand between the organisation that holds a congress and the subject ("tổ chức", a place). */
const HELD_BY_GAP = 3;
/** Verbs after which the words asked about begin ("cho hỏi lịch …", "xem lịch …"), folded. */
const ASKING_VERBS = new Set(['hoi', 'xem', 'biet', 'gui', 'nhac', 'tra']);
/** How many words may stand between a unit speaking of itself and a time past (see asksOwnPast). */
const OWN_PAST_GAP = 2;
/** How many words may stand between a party organisation and the organisation it is in (see withoutHosts). */
const HOST_GAP = 2;
/** How many of the pack's word pairs may stand between "đại hội" and the organisation that holds it. */
const BY_WAY_PAIRS = 2;
/** The longest off-topic phrase looked back for, in words. */
const MAX_PHRASE = 6;
/**
 * What stands where a place or a unit type's name was taken out: a function word (see STOPWORDS),
 * so that "quận [Hai Bà Trưng] giải thể" makes no pair "quận giải" the pack never uses.
 */
const GAP = '_';
const NO_UNIT_TYPES: ReadonlyArray<{ code: string; names: PhraseSet }> = [];

/**
 * What a question names besides its topic, from the pack's phrase lists: phrases usually out of
 * scope (a weak prior), party organisations, the subject, places, and the unit types (who asks).
 */
export class Names {
  readonly offTopic: PhraseSet;
  readonly party: PhraseSet;
  readonly subject: PhraseSet;
  readonly places: PhraseSet;
  /** Party business other than congresses: membership, discipline, the members' annual grading… */
  readonly partyOther: PhraseSet;
  readonly posts: PhraseSet;
  /** What the pack holds none of: addresses, phone numbers, speeches, scripts, ballot papers, menus… */
  readonly absent: PhraseSet;
  /** The same phrases with their level syllables marked level, for tokens that keep every typed tone. */
  readonly absentWithTones: PhraseSet;
  /** Other organisations that hold congresses of their own: who holds a congress named near them. */
  readonly organisations: PhraseSet;
  /** Every word of the place names. */
  readonly #placeWords: ReadonlySet<string>;
  readonly #own: PhraseSet;
  readonly #past: PhraseSet;
  /** The subject's words that name the local government's reform, not a congress (evidence.government). */
  readonly #government: PhraseSet;
  /** What the pack's texts count (evidence.counted: see asksUncounted); undefined when it lists none. */
  readonly #counted: PhraseSet | undefined;
  /** The head words whose sense the next word sets (evidence.heads), folded (see namesForeignHead). */
  readonly #heads: ReadonlySet<string>;
  readonly #unitTypes: Array<{ code: string; names: PhraseSet }>;
  /** Places and unit types together: most words start neither, and are passed after one look-up. */
  readonly #placeOrUnit: PhraseSet;

  /** @param df the index's document frequencies: which words and word pairs the pack uses. */
  constructor(
    o: {
      offTopic?: string[];
      evidence?: EvidenceLists;
      unitTypes?: Array<{ code: string; names: string[] }>;
    },
    readonly df: ReadonlyMap<string, number>,
  ) {
    // An organisation of another kind is also an off-topic phrase (a weak prior).
    this.offTopic = new PhraseSet([...(o.offTopic ?? []), ...(o.evidence?.organisations ?? [])]);
    this.organisations = new PhraseSet(o.evidence?.organisations ?? []);
    this.#own = new PhraseSet(o.evidence?.own ?? []);
    this.#placeWords = new Set(
      (o.evidence?.places ?? []).flatMap((p) => tokenize(p).map((t) => stem(t.folded))),
    );
    this.#past = new PhraseSet(o.evidence?.past ?? []);
    this.#heads = new Set((o.evidence?.heads ?? []).flatMap((h) => tokenize(h).map((t) => stem(t.folded))));
    this.#government = new PhraseSet(o.evidence?.government ?? []);
    this.#counted = o.evidence?.counted?.length ? new PhraseSet(o.evidence.counted) : undefined;
    this.party = new PhraseSet(o.evidence?.party ?? []);
    this.subject = new PhraseSet(o.evidence?.subject ?? []);
    this.places = new PhraseSet(o.evidence?.places ?? []);
    this.partyOther = new PhraseSet(o.evidence?.partyOther ?? []);
    this.posts = new PhraseSet(o.evidence?.posts ?? []);
    this.absent = new PhraseSet(o.evidence?.absent ?? []);
    this.absentWithTones = new PhraseSet(o.evidence?.absent ?? [], { level: true });
    this.#unitTypes = (o.unitTypes ?? []).map((u) => ({ code: u.code, names: new PhraseSet(u.names) }));
    this.#placeOrUnit = new PhraseSet([
      ...(o.evidence?.places ?? []),
      ...(o.unitTypes ?? []).flatMap((u) => u.names),
    ]);
  }

  /**
   * Whether the tokens hold an out-of-scope phrase. A phrase that runs on into a word pair the
   * pack uses does not count: "co dong" (cổ đông, shareholders) in "dai hoi co dong gop y kien"
   * is "có đóng góp", since "dong gop" is the pack's own pair.
   */
  isOffTopic(tokens: string[]): boolean {
    return this.offTopic.occurs(tokens, (i, n) => {
      const next = tokens[i + n];
      return next === undefined || !this.df.has(bigram(tokens[i + n - 1] as string, next));
    });
  }

  /**
   * The tokens without the organisations a party organisation is in ("chi bộ Hội Cựu chiến binh",
   * "chi bộ cơ quan Hội Liên hiệp Phụ nữ"): an off-topic phrase within HOST_GAP words after a party
   * organisation says where the cell is, so it is left out (a GAP in its place) of what ranks topics.
   */
  withoutHosts(tokens: string[]): string[] {
    const host = tokens.map(() => false);
    this.party.each(tokens, (i, n) => {
      // "chi bộ Hội …", "chi bộ cơ quan Hội Liên hiệp Phụ nữ …": up to two words between.
      for (let j = i + n; j <= i + n + HOST_GAP && j < tokens.length; j++) {
        const m = this.offTopic.at(tokens, j);
        if (m === 0) continue;
        for (let k = j; k < j + m; k++) host[k] = true;
        return;
      }
    });
    return outside(tokens, (i) => (host[i] ? 1 : 0), GAP);
  }

  /**
   * Whether a head word of the pack's (evidence.heads: "lịch") is followed by a word it never
   * stands before, other than the subject or a party organisation: the head is then another
   * thing's ("lịch khám sức khỏe", "lịch tiếp công dân": a schedule, but not the congresses'),
   * whatever topic the head alone would rank. A function word after it ("lịch của …", "kín lịch,")
   * says nothing either way.
   */
  namesForeignHead(tokens: string[]): boolean {
    if (this.#heads.size === 0) return false;
    for (let i = 0; i < tokens.length - 1; i++) {
      const head = tokens[i] as string;
      if (!this.#heads.has(untoned(head))) continue;
      // The head of what is asked opens it, or follows a verb of asking ("cho hỏi lịch …", "xem
      // lịch …"): "kín lịch cả tháng" (a full diary) heads nothing.
      const before = tokens[i - 1];
      if (before !== undefined && !STOPWORDS.has(before) && !ASKING_VERBS.has(untoned(before))) continue;
      const next = tokens[i + 1] as string;
      if (STOPWORDS.has(next) || this.df.has(bigram(head, next))) continue;
      if (this.subject.at(tokens, i + 1) > 0 || this.party.at(tokens, i + 1) > 0) continue;
      return true;
    }
    return false;
  }

  /** Whether the question asks how many of a thing the pack never counts (see counting.ts). */
  asksUncounted(tokens: string[], mays?: boolean[]): boolean {
    return this.#counted !== undefined && asksUncounted(tokens, this.#counted, mays);
  }

  /**
   * Whether a unit asks about its own past ("Chi bộ mình năm ngoái được khen thưởng gì?",
   * "Nghị quyết đại hội chi bộ mình năm trước ghi chỉ tiêu gì?"): the pack holds no unit's records.
   * The time follows the unit within OWN_PAST_GAP words.
   */
  asksOwnPast(tokens: string[]): boolean {
    let found = false;
    this.#own.each(tokens, (i, n) => {
      for (let k = i + n; !found && k <= i + n + OWN_PAST_GAP && k < tokens.length; k++)
        found = this.#past.at(tokens, k) > 0;
    });
    return found;
  }

  /**
   * Whether the question asks who holds a post ("Bí thư Đảng ủy phường là ai?", "ai là chủ tịch
   * …", "Who leads the ward committee?"): the pack names no one, so nothing answers it.
   */
  asksWhoHolds(tokens: string[]): boolean {
    let who = false;
    for (let i = 0; i < tokens.length; i++) {
      const [w, next] = [tokens[i], tokens[i + 1] ?? ''];
      // "who leads …" asks for a person whatever it names; "là ai", "who is" with a post named.
      if (w === 'who' && WHO_LEADS.has(next)) return true;
      // "ai là", "ai đang là", "ai hiện là"; "là ai", "hiện nay là ai"; "tên là gì", "tên gì".
      const after = tokens[i + 2];
      who ||=
        (w === 'la' && next === 'ai') ||
        // "gồm những ai" ("Ban Bí thư khóa XIV gồm những ai?").
        (w === 'nhung' && next === 'ai') ||
        (w === 'ten' &&
          (next === 'gi' || (next === 'la' && after === 'gi') || this.#nameAsked(tokens, i + 1))) ||
        (w === 'ai' && this.#holdsAfter(tokens, i + 1)) ||
        // "đồng chí nào", "người nào": a person asked for ("Tổng Bí thư hiện nay là đồng chí nào?").
        (next === 'nao' &&
          (PERSON.has(w ?? '') || (w === 'chi' && untoned(tokens[i - 1] ?? '') === 'dong'))) ||
        (w === 'who' && WHO_IS.has(next)) ||
        // "whom did the congress elect as …": a person asked for whatever follows.
        w === 'whom';
    }
    return who && this.posts.occurs(tokens);
  }

  /** "tên đầy đủ là gì", "tên thật là gì": "là gì" within two words after "tên". */
  #nameAsked(tokens: string[], at: number): boolean {
    for (let k = at; k < at + 3; k++) if (tokens[k] === 'la' && tokens[k + 1] === 'gi') return true;
    return false;
  }

  /**
   * Whether a post is held from token `at` on: "là", "làm", "giữ", "đảm nhiệm", after up to two
   * words of time ("ai đang là", "đồng chí nào hiện đang giữ chức …").
   */
  #holdsAfter(tokens: string[], at: number): boolean {
    let k = at;
    while (k < at + 2 && NOW_WORDS.has(tokens[k] ?? '')) k++;
    const w = tokens[k] ?? '';
    return w === 'la' || HOLDS.has(w);
  }

  /**
   * Whether the question names the subject, and in which sense. A subject word qualified by an
   * out-of-scope phrase is another organisation's or another kind of congress ("đại hội thể
   * thao", "đại hội cổ đông"): 'other'. Qualified by a word the pack never uses ("đại hội võ
   * lâm", "the FIFA congress") it is no evidence: 'none'. The qualifier follows the head in
   * Vietnamese and precedes it in English. Once another congress is named, the subject's other
   * words are its own ("Đại hội cổ đông trình những văn kiện nào"): 'other' wins over 'ours',
   * unless a party organisation follows the subject ("… đại hội đồng cổ đông, đại hội chi bộ gồm
   * mấy nội dung?"): our congress named as such. Tokens marked in `skip` name nothing of the subject.
   */
  subjectSense(tokens: string[], lang: 'vi' | 'en' | undefined, skip?: readonly boolean[]): Sense {
    // A place is no qualifier either ("Vietnam's two-tier local government").
    // A particle typed with a tone the pack never writes ("ạ": "a5") is still a particle.
    const foreign = (w: string | undefined) =>
      w !== undefined && !STOPWORDS.has(untoned(w)) && !this.df.has(untoned(w)) && !this.#placeWords.has(w);
    let other = false;
    let ours = false;
    let named = false;
    let afterParty = false;
    // Every occurrence is read: one qualified as another congress's decides.
    this.subject.each(tokens, (i, n) => {
      if (skip && (skip[i] || skip[i + n - 1])) return;
      if (lang === 'en') {
        ours ||= !foreign(tokens[i - 1]);
        return;
      }
      // Qualified right after ("đại hội thể thao"), or an off-topic phrase that runs on from it ("đại hội hội …").
      const qualified =
        this.offTopic.at(tokens, i + n) > 0 ||
        // "đại hội của hội đồng hương …": the organisation after "của" is whose congress it is.
        (tokens[i + n] === 'cua' && this.offTopic.at(tokens, i + n + 1) > 0) ||
        this.offTopic.at(tokens, i) > n ||
        this.#byWay(tokens, i + n) ||
        this.#heldBy(tokens, i);
      // After a party organisation, another organisation's congress is what the cell has around
      // it ("Chi bộ trường học đại hội xong, còn đại hội hội cha mẹ học sinh …"): it decides
      // nothing, as a party organisation outweighs an off-topic phrase.
      if (qualified && this.#partyBefore(tokens, i)) afterParty = true;
      else other ||= qualified;
      // A word the pack never uses right after "đại hội" may make it another kind of gathering
      // ("đại hội võ thuật"); the subject's other phrases have no other sense ("Hôm hội nghị quán
      // triệt trời mưa to …" is the conference).
      const ambiguous = tokens[i] === 'dai' && tokens[i + 1] === 'hoi' && n === 2;
      ours ||= !qualified && (!ambiguous || !foreign(tokens[i + n]));
      // "đại hội chi bộ", "đại hội đảng bộ", "đại hội Đảng": our congress named as such, whatever
      // else is named (not "đại hội, đảng viên có được dự": a member is no congress), unless it is
      // only what another is dated or measured by ("Đại hội Hội Phụ nữ … có phải ngay sau đại hội
      // đảng bộ không?", "Hội Khuyến học đại hội có cần báo cáo chính trị như đại hội đảng không?").
      named ||= this.#oursAt(tokens, i + n) && !REFERENCE_BEFORE.has(tokens[i - 1] ?? '');
    });
    if (named) return 'ours';
    if (other) return 'other';
    return ours && !afterParty ? 'ours' : 'none';
  }

  /** Each name of the subject or of a party organisation in the tokens, longest first from the left. */
  walkNames(tokens: string[], found: (i: number, n: number) => void): void {
    walkPhrases(
      tokens,
      (i) => Math.max(this.subject.at(tokens, i), this.party.at(tokens, i)),
      (i, n) => {
        if (n > 0) found(i, n);
      },
    );
  }

  /** Whether every token is in a name of the subject or of a party organisation (see walkNames). */
  namesOnly(tokens: string[]): boolean {
    let named = 0;
    this.walkNames(tokens, (_, n) => {
      named += n;
    });
    return named > 0 && named === tokens.length;
  }

  /** Whether the tokens name our congress as such: "đại hội chi bộ", "đại hội đảng bộ", "đại hội Đảng" (see subjectSense). */
  namesOurCongress(tokens: string[]): boolean {
    for (let i = tokens.indexOf('dai'); i >= 0 && i < tokens.length - 2; i = tokens.indexOf('dai', i + 1))
      if (tokens[i + 1] === 'hoi' && this.#oursAt(tokens, i + 2)) return true;
    return false;
  }

  /** Whether our congress's holder follows a subject word at token `at`: "chi bộ", "đảng bộ", the Party. */
  #oursAt(tokens: string[], at: number): boolean {
    return OUR_CONGRESS.has(`${tokens[at]} ${tokens[at + 1]}`) || this.#theParty(tokens, at);
  }

  /**
   * Whether the tokens name other party business ("đảng viên dự bị", "kỷ luật", "Điều lệ Đảng có
   * bao nhiêu chương") and, besides those phrases, not the subject in our sense: the phrases' own
   * words ("điều lệ" in "Điều lệ Đảng") do not count as the subject, nor does the local
   * government's reform (evidence.government: "Hội nghị sơ kết 6 tháng vận hành chính quyền 2
   * cấp …" is another review, not a congress). The phrases stay in place, so
   * that what stands before the congress is read as it was written ("đoàn viên … kết nạp … đại hội").
   */
  namesPartyOther(tokens: string[], lang: 'vi' | 'en' | undefined): boolean {
    if (!this.partyOther.occurs(tokens)) return false;
    const skip = this.partyOther.cover(tokens);
    const gov = this.#government.cover(tokens);
    return (
      this.subjectSense(
        tokens,
        lang,
        skip.map((k, i) => k || (gov[i] as boolean)),
      ) !== 'ours'
    );
  }

  /**
   * Whether another organisation (evidence.organisations) is named as who holds the congress, a few
   * words before it and with no party organisation before it: "Đoàn thanh niên phường đại hội …",
   * "Hội Phụ nữ tổ chức đại hội …"; not the weather or a dish ("Mùa mưa bão, đại hội chi bộ …").
   */
  #heldBy(tokens: string[], at: number): boolean {
    // Only a congress is held ("đại hội", "congress"), not "nhân sự cấp ủy" after "… thanh niên,".
    if (!(tokens[at] === 'dai' && tokens[at + 1] === 'hoi') && !tokens[at]?.startsWith('congress'))
      return false;
    // A party organisation named before it holds it ("Chi bộ công ty may … đoàn viên thanh niên, đại hội …").
    if (this.#partyBefore(tokens, at)) return false;
    for (let j = at - 1; j >= Math.max(0, at - HELD_BY_GAP - 1); j--) {
      for (let k = Math.max(0, j - MAX_PHRASE); k <= j; k++)
        if (k + this.organisations.at(tokens, k) === j + 1) return true;
    }
    return false;
  }

  /**
   * Whether token `at` is "Đảng", the Party itself ("đại hội Đảng"), not "đảng viên" (a member),
   * nor a party named by words the pack never uses ("Đại hội Đảng NDCM Lào").
   */
  #theParty(tokens: string[], at: number): boolean {
    if (untoned(tokens[at] ?? '') !== 'dang' || tokens[at + 1] === 'vien') return false;
    const next = tokens[at + 1];
    return next === undefined || STOPWORDS.has(next) || this.df.has(untoned(next));
  }

  /**
   * Whether a party organisation is named before token `at`: not a person ("Bí thư chi đoàn …
   * hỏi đại hội Đoàn phường …" names a youth-union secretary, not a cell).
   */
  #partyBefore(tokens: string[], at: number): boolean {
    for (let j = 0; j < at; j++)
      if (this.party.at(tokens, j) > 0 && !PARTY_PEOPLE.has(`${tokens[j]} ${tokens[j + 1]}`)) return true;
    return false;
  }

  /**
   * Whether another organisation qualifies the subject across one or two word pairs of the pack's
   * that name no party organisation: "đại hội [đại biểu] Mặt trận Tổ quốc", "đại hội [đại biểu]
   * [toàn quốc] Mặt trận", not "đại hội [chi bộ] …", nor "đại hội [có được] nấu cỗ …".
   */
  #byWay(tokens: string[], at: number): boolean {
    for (let k = at; k < at + 2 * BY_WAY_PAIRS; k += 2) {
      const [a, b] = [tokens[k], tokens[k + 1]];
      if (a === undefined || b === undefined || !this.df.has(bigram(a, b)) || this.party.at(tokens, k) > 0)
        return false;
      if (this.organisations.at(tokens, k + 2) > 0) return true;
    }
    return false;
  }

  /**
   * Whether tokens [start, end) may stand inside a unit type's name ("chi bộ [nông dân] trực
   * thuộc", "chi bộ [công ty may] trực thuộc", "chi bộ [em] trực thuộc"): they open with an
   * off-topic phrase, or hold a function word or a word the pack never uses.
   */
  readonly #othersName = (tokens: string[], start: number, end: number): boolean => {
    if (this.offTopic.at(tokens, start) > 0) return true;
    for (let k = start; k < end; k++) {
      const w = tokens[k] as string;
      if (STOPWORDS.has(w) || !this.df.has(w)) return true;
    }
    return false;
  };

  /**
   * Place names are no evidence of a topic on their own: their tokens are taken out of the
   * question; so are the words naming a unit type when `unitTypes` is set (they say who asks).
   * Also says which unit type the question names (the longest name, first found), and how many
   * different ones it names.
   */
  withoutPlaces(tokens: string[], unitTypes = false): { tokens: string[]; unitType?: string; kinds: number } {
    let unitType: string | undefined;
    let kinds: Set<string> | undefined;
    const out = outside(
      tokens,
      (i) => {
        if (!this.#placeOrUnit.mayStart(tokens[i] as string)) return 0;
        let n = this.places.at(tokens, i);
        for (const u of unitTypes ? this.#unitTypes : NO_UNIT_TYPES) {
          const m = u.names.at(tokens, i) || u.names.atAcross(tokens, i, this.#othersName);
          if (m > n) {
            n = m;
            unitType = unitType ?? u.code;
            kinds ??= new Set();
            kinds.add(u.code);
          }
        }
        return n;
      },
      GAP,
    );
    return { tokens: out, unitType, kinds: kinds?.size ?? 0 };
  }
}
