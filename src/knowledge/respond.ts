import { asks, asksByWord, isQuestion, REQUEST, speaksOfOwn, withoutCoda } from './asking.js';
import { DocumentIndex, type DocumentRef } from './entities.js';
import { countWords, stem, tokenize, unshouted } from './normalize.js';
import { congressNumbers } from './ordinals.js';
import type { Pack } from './pack.js';
import { afterAsksNext } from './question-text.js';
import { QaIndex, type SearchResult, splitAsking } from './search.js';

/**
 * What the bot answers a question with, decided in this order:
 * 1. Entities first: a question that names a document gets that document's card (and, after it,
 *    the topic the search finds when that topic rests on the document); a document the pack does
 *    not hold gets "not in the bot's sources", never a topic.
 *    A question about a congress the pack has a topic for, named by its number as the question's
 *    subject ("đh 14 của đảng tổ chức tháng mấy", "ĐH XIV", "the 14th Congress"), gets that topic
 *    when the question is in scope at all (see headCongress).
 * 2. A question that asks two things that different topics answer gets both, in its own order.
 * 3. Otherwise the best topic, or a refusal when the evidence is too weak (see QaIndex).
 */

export type ReplyPart =
  | { kind: 'topic'; topic: string }
  | { kind: 'document'; id: string }
  | { kind: 'unknown-document'; ref: string; nearest: string[] }
  /** A part of a two-part question the bot found no answer to, said so beside the other's answer. */
  | { kind: 'not-covered'; text: string };

export interface Reply {
  parts: ReplyPart[];
  /** The topic search over the whole question (for suggestions and logs). */
  search: SearchResult;
  lang: 'vi' | 'en' | undefined;
  /** The unit type the question names, if any (its window comes first in a timeline). */
  unitType: string | undefined;
}

/** Where a question may be cut in two: sentence ends, ";", "và", "rồi", "kèm luôn", ", còn", ", với cả", ", đồng thời", "cũng như", "and", "also", "plus", " + ", a bare comma. */
const CUTS =
  /\?\s*|;\s*|\.\s+|,?\s+(?:và|va|and|also|plus|as well as|cũng như|cung nhu|ngoài ra|ngoai ra|với lại|voi lai|kèm luôn|kem luon|kèm theo|kem theo|(?<!(?:vừa|vua|xong|đã|da)\s+)(?:rồi|roi))\s+|,\s*(?:còn|con|với cả|voi ca|(?:(?:việc|viec|điều|dieu)\s+)?(?:thứ hai|thu hai|thứ 2|thu 2)(?:\s+(?:là|la))?|secondly|đồng thời|dong thoi)\s*[,:]?\s*|\s+\+\s+|,\s*/gu;
const MIN_WORDS = 3;
/** An introduction before a colon ("Cho em hỏi 2 việc: …"), at most 80 characters. */
const INTRO = /^([^:?]{1,80}):\s+/u;
/**
 * Where words that ask nothing may end before the question: a colon, a sentence end, a semicolon,
 * or an emoji between words ("Sáng thứ bảy mưa lạnh 🥶 ai giải thích giúp đại hội điểm là gì",
 * "Lịch chạy xe Tết đang rối tung; đại hội chi bộ trực thuộc phải xong trong tháng mấy nhỉ?").
 */
const CONTEXT = /:\s*|[.!;]\s+|\s+\p{Extended_Pictographic}+\s+/u;
/** Else the last comma: "Ở chợ người ta bảo quận không còn nữa, chính quyền giờ mấy cấp?". */
const LAST_CLAUSE = /,\s*(?!.*,)/;
/**
 * Words that open a clause about what was named before it: "is that …", "does it …", and a likeness
 * asked ("có giống …", "khác …": "Nhà thuốc … bao lâu phải tái đánh giá, có giống đại hội chi bộ …?").
 */
const POINTS_BACK =
  /^\s*(?:(?:is|was|are|does|did|do)\s+(?:that|it|this|those|these|they)\b|(?:that|this|it)\s+(?:is|was)\b|(?:có\s+)?(?:giống|khác)\s)/iu;
/**
 * Least coverage of each half, both with a question word, for a two-part answer that does not hold
 * the whole question's own ("Đại hội XIV diễn ra vào thời gian nào, và đợt đại hội các cấp trước đó
 * đã hoàn thành ra sao?" is read whole as the timeline).
 */
const OWN_COVERAGE = 0.4;
/** Abbreviations a point follows inside a sentence ("No. 200", "Art. 3"), at the end of the words before it. */
const ABBREVIATED = /(?:^|\s)(?:no|nos|nr|art|vol|p|pp)$/i;
/** Least coverage (see SearchResult) of each half of a question cut at a bare comma. */
const COMMA_COVERAGE = 0.35;

interface Half {
  search: SearchResult;
  refs: DocumentRef[];
}

export class Responder {
  readonly index: QaIndex;
  readonly #docs: DocumentIndex;
  readonly #pack: Pack;
  /** Congress number -> the topic about that congress: the one topic whose title numbers it. */
  readonly #congressTopics = new Map<number, string>();

  constructor(pack: Pack, index: QaIndex = QaIndex.fromPack(pack)) {
    this.#pack = pack;
    this.index = index;
    this.#docs = new DocumentIndex(pack);
    const claimed = new Map<number, string[]>();
    for (const t of pack.topics) {
      const title = tokenize(`${t.title.vi} ; ${t.title.en}`).map((tok) => stem(tok.folded));
      for (const n of new Set(congressNumbers(title))) claimed.set(n, [...(claimed.get(n) ?? []), t.id]);
    }
    for (const [n, ids] of claimed) if (ids.length === 1) this.#congressTopics.set(n, ids[0] as string);
  }

  /**
   * The topic of a search. A question in scope whose subject is a congress named by number gets
   * that congress's topic. A congress the pack names without a topic of its own ("Đại hội XIII
   * của Đảng họp khi nào": the pack names it only as the aim of a lookalike) is another congress,
   * and the question is refused; a number the pack never names ("đại hội đảng bộ phường lần thứ 1")
   * is left to the search.
   */
  #topicOf(search: SearchResult): string | undefined {
    if (search.answer === undefined) return undefined;
    // The timeline answers "when" for the unit types; a named thing's own topic answers it for
    // that thing ("Đại hội điểm tổ chức vào thời gian nào?": the pilot congresses). The search
    // fills `named` only when the timeline is its answer.
    const [named] = search.named;
    if (search.named.length === 1 && named !== undefined && search.ranked.some((h) => h.topic === named))
      return named;
    if (search.congress === undefined) return search.answer;
    const own = this.#congressTopics.get(search.congress);
    if (own !== undefined) return own;
    return this.index.numbersCongress(search.congress) ? undefined : search.answer;
  }

  respond(question: string): Reply {
    const q = unshouted(question.slice(0, 500));
    const search = this.#read(q);
    const refs = this.#docs.find(q);
    const lang = search.lang;
    const unknown = refs.find((r) => r.documents.length === 0);
    if (unknown) return { parts: [this.#unknownPart(unknown)], search, lang, unitType: search.unitType };
    // Words before a colon that name no subject introduce the question ("em là đv trẻ, hỏi 2 việc:
    // …"): the question is cut in two after them, or its first half would be mostly introduction.
    const intro = INTRO.exec(q);
    const body = intro && !this.index.namesSubject(intro[1] as string) ? q.slice(intro[0].length) : q;
    const two = this.#twoParts(withoutCoda(body), { search, refs });
    if (two) return { parts: two, search, lang, unitType: search.unitType };
    return { parts: this.#partsOf({ search, refs }), search, lang, unitType: search.unitType };
  }

  /**
   * The topic search over the question; when it finds no answer and the question opens with words
   * that ask nothing before a colon or a sentence end ("Vừa nấu cơm vừa hỏi: Đại hội XIV …?",
   * "Gõ trên điện thoại nên hơi vội: …"), over what follows them, provided that part names whose
   * congress it is itself (a party organisation, or a congress by its number): after "Tôi ở Hội
   * Phụ nữ: đại hội khi nào?" the congress is the association's, and the question stays refused.
   */
  #read(q: string): SearchResult {
    const search = this.index.search(q);
    if (search.answer !== undefined) return this.#askedAfter(q) ?? search;
    const m = CONTEXT.exec(q) ?? LAST_CLAUSE.exec(q);
    if (m && m.index > 0) {
      const context = q.slice(0, m.index);
      if (isQuestion(context, false)) return search;
      const own = this.#fromPart(search, context, q.slice(m.index + m[0].length));
      if (own) return own;
    }
    // A question first, then a sentence that asks nothing ("Đại hội chi bộ cần lập những tổ nào?
    // Chúng tôi được giao làm sớm."): the asking sentence, the rest its context.
    const split = splitAsking(q);
    if (split === undefined || !asks(split.asking)) return search;
    return this.#fromPart(search, split.context, split.asking) ?? search;
  }

  /**
   * When words say where the question begins ("…, ca trực kín lịch, cho hỏi đại hội chi bộ cần
   * thông qua những nội dung gì?") and what follows names the subject, the search over that part,
   * if it answers: the words before tell of the asker's day, and rank no topic.
   */
  #askedAfter(q: string): SearchResult | undefined {
    const asked = afterAsksNext(q);
    if (asked === undefined || !this.index.namesSubject(asked)) return undefined;
    const own = this.index.search(asked);
    return own.answer !== undefined ? own : undefined;
  }

  /** The search over the part of a question that asks, its words before or after being context (see #read). */
  #fromPart(search: SearchResult, context: string, rest: string): SearchResult | undefined {
    if (!isQuestion(rest, false) && !REQUEST.test(rest)) return undefined;
    const own = this.index.search(rest);
    if (own.answer === undefined || own.uncovered) return undefined;
    // A question refused for what it names (see SearchResult.uncovered) is answered from its last
    // words only when they name the subject themselves ("Công ty đang bận quyết toán thuế, mà đợt
    // đại hội các cấp đã xong hết chưa?"), not when they follow the refused matter up ("Vợ chồng tôi
    // cãi nhau, có nên báo cáo chi bộ không?").
    // Nor when they point back at it ("The Iowa caucus, is that the same kind of thing as a đại hội
    // chi bộ?": what is asked about is the caucus).
    if (search.uncovered && (!this.index.namesSubject(rest) || POINTS_BACK.test(rest))) return undefined;
    // Nor, after another organisation's congress, words that name no congress of ours ("Hội Sinh vật
    // cảnh phường tôi sắp đại hội …, có cần chi bộ giới thiệu nhân sự không?").
    if (search.other && !this.index.namesSubject(rest)) return undefined;
    // Whose congress it is: named in the question itself ("… mấy đứa trong chi đoàn hỏi đại hội
    // Đảng các cấp xong chưa"), or, when the words before it name no other organisation ("Mượn
    // nhà văn hóa tổ dân phố làm hội trường, vậy đại hội …"), ours.
    const whose =
      own.party ||
      own.congress !== undefined ||
      this.index.namesOurCongress(rest) ||
      (!this.index.namesOrganisation(context) && this.index.subjectOf(rest) !== '');
    return whose ? own : undefined;
  }

  #unknownPart(ref: DocumentRef): ReplyPart {
    return { kind: 'unknown-document', ref: ref.text, nearest: this.#docs.nearest(ref).map((d) => d.id) };
  }

  /** A question (or half of one): the cards of the documents it names, then the topic that rests on them; or its topic. */
  #partsOf({ search, refs }: Half): ReplyPart[] {
    if (refs.length === 0) {
      const topic = this.#topicOf(search);
      return topic ? [{ kind: 'topic', topic }] : [];
    }
    const parts: ReplyPart[] = [];
    for (const r of refs) {
      const doc = r.documents[0];
      if (doc && !parts.some((p) => p.kind === 'document' && p.id === doc.id))
        parts.push({ kind: 'document', id: doc.id });
    }
    const named = new Set(
      refs.flatMap((r) =>
        r.documents
          .slice(0, 1)
          .filter((d) => !d.lookalike)
          .map((d) => d.id),
      ),
    );
    const topic = search.answer ? this.#pack.topics.find((t) => t.id === search.answer) : undefined;
    if (topic?.documents.some((id) => named.has(id))) parts.push({ kind: 'topic', topic: topic.id });
    return parts;
  }

  /**
   * Both answers when the question splits into two halves that each have their own confident
   * answer (a document's card or a topic), different from each other. A first sentence that asks
   * nothing ("Our cell reports to the ward committee. When …?") is context, not a question.
   */
  #twoParts(q: string, whole: Half): ReplyPart[] | undefined {
    let best: { parts: ReplyPart[]; score: number } | undefined;
    // One half answered as the whole question is, the other answered by nothing: said so, not dropped.
    let partial: ReplyPart[] | undefined;
    let tries = 0;
    for (const m of q.matchAll(CUTS)) {
      const at = m.index ?? 0;
      const left = q.slice(0, at);
      const right = q.slice(at + m[0].length);
      if (countWords(left) < MIN_WORDS || countWords(right) < MIN_WORDS) continue;
      // A point after an abbreviation ends no sentence ("Conclusion No. 200").
      if (m[0].startsWith('.') && ABBREVIATED.test(left)) continue;
      // A sentence that asks nothing is context, not a part ("… ? We were told to avoid waste.").
      const sentence = m[0].startsWith('.') || m[0].startsWith('?');
      if (sentence && ((m[0].startsWith('.') && !asks(left)) || !asks(right))) continue;
      // A clause before ";" that asks nothing and speaks of the asker's own unit is a statement,
      // not a part ("Đảng ủy chúng tôi … có mười mấy chi bộ trực thuộc; …?"); one that only names a
      // matter asks for it ("Tiêu chuẩn nhân sự cấp ủy khóa mới; ngoài ra …?").
      if (m[0].startsWith(';') && !asks(left) && speaksOfOwn(left)) continue;
      // A bare comma cuts only between two questions of their own, each with its question word
      // ("Nhân sự cấp ủy chọn thế nào, báo cáo chính trị viết sao?"; not "…không, nếu chi bộ mới …?").
      if (m[0].trim() === ',' && !(asksByWord(left) && asksByWord(right))) continue;
      // Words before a document's reference that ask nothing of their own are one thing asked of
      // it ("I need the issuer and date of Conclusion 118"), not a part.
      if (whole.refs.length > 0 && !asks(left) && this.#docs.find(left).length === 0) continue;
      if (++tries > 3) break;
      const a = this.#half(left);
      // A first half about what the pack does not cover lends the second no subject ("Điều lệ Đảng có
      // bao nhiêu chương, bao nhiêu điều?").
      const b = this.#half(right, a.search.uncovered ? undefined : left);
      const pa = this.#partsOf(a);
      const pb = this.#partsOf(b);
      const [ka, kb] = [key(pa), key(pb)];
      const wholeTopic = this.#topicOf(whole.search);
      partial ??= this.#partial(
        whole,
        wholeTopic,
        [left, a, pa, m[0].startsWith('?')],
        [right, b, pb, false],
      );
      if (ka === undefined || kb === undefined || ka === kb) continue;
      // Without documents, the whole question's own answer, when there is one, must be one of the
      // two, unless each half is a question of its own that the pack answers well alone.
      const ownQuestions =
        asksByWord(left) &&
        asksByWord(right) &&
        Math.min(a.search.coverage, b.search.coverage) >= OWN_COVERAGE;
      if (whole.refs.length === 0 && wholeTopic && ![ka, kb].includes(wholeTopic) && !ownQuestions) continue;
      // A half with fewer than two words of its own (besides who asks) is not a question of its own,
      // nor one that only names an organisation ("Bộ Chính trị | và Ban Bí thư đánh giá …").
      if (a.search.words < 2 || b.search.words < 2) continue;
      if ([left, right].some((h) => this.index.namesOnly(h))) continue;
      // At a bare comma each half must be a question the pack answers well on its own: "Tổ chức
      // đại hội chi bộ giá bao nhiêu là hợp lý, có được phô trương không?" is one question.
      if (
        m[0].trim() === ',' &&
        [a, b].some((h) => h.refs.length === 0 && h.search.coverage < COMMA_COVERAGE)
      )
        continue;
      const score = Math.min(strength(a), strength(b));
      if (!best || score > best.score)
        best = { parts: [...pa, ...pb.filter((p) => !pa.some((x) => same(x, p)))], score };
    }
    return best?.parts ?? partial;
  }

  /**
   * When one half gives the whole question's answer (or any answer, when the other half is about
   * what the pack does not cover, which may have changed or refused the whole) while the other
   * half, a question of its own (see isQuestion; two words or more of its own, no document), gets
   * none: that answer, with the unanswered half named in its place ("Kỷ luật đảng viên có mấy hình
   * thức, và đại hội chi bộ xong trước ngày nào?").
   */
  #partial(
    whole: Half,
    wholeTopic: string | undefined,
    ...halves: Array<[text: string, half: Half, parts: ReplyPart[], endsWithMark: boolean]>
  ): ReplyPart[] | undefined {
    if (whole.refs.length > 0) return undefined;
    // The answered half gives the whole question's answer, or the other half is about what the pack
    // does not cover: then it may have pulled the whole question's ranking ("…, còn đảng phí mỗi
    // tháng …") or had it refused ("Who is the ward secretary now? When must our cell …").
    const answered = halves.findIndex(([text, half, parts, mark], i) => {
      if (parts.length === 0 || half.search.uncovered) return false;
      const uncovered = halves[1 - i]?.[1].search.uncovered === true;
      // Beside a half about what the pack does not cover, a half that asks nothing is what led up
      // to it ("Cấp huyện bỏ rồi thì giờ làm sổ đỏ ở đâu?"), not a question of its own.
      if (uncovered && !isQuestion(text, mark)) return false;
      // Beside a half about what the pack does not cover, a half that names no subject of its own
      // asks about that half's ("Đại hội nhiệm kỳ 2030 - 2035 theo chỉ thị nào, bao giờ bắt đầu?").
      if (uncovered && half.refs.length === 0 && !this.index.namesSubject(text)) return false;
      // Nor one that points back at it ("…, có giống đại hội chi bộ 5 năm một lần không?").
      if (uncovered && POINTS_BACK.test(text)) return false;
      if (wholeTopic === undefined) return whole.search.uncovered && uncovered;
      return key(parts) === wholeTopic || uncovered;
    });
    const other = halves[1 - answered];
    if (answered < 0 || !other) return undefined;
    const [text, half, parts, mark] = other;
    if (parts.length > 0 || half.refs.length > 0 || half.search.words < 2 || !isQuestion(text, mark))
      return undefined;
    const note: ReplyPart = { kind: 'not-covered', text: text.trim() };
    const own = halves[answered]?.[2] ?? [];
    return answered === 0 ? [...own, note] : [note, ...own];
  }

  /** One half: its documents and its topic; a second half may lean on the first half's subject. */
  #half(text: string, before?: string): Half {
    const refs = this.#docs.find(text);
    let search = this.index.search(text);
    // "…, và cần lập những tổ nào": the second half may lean on the first half's subject.
    // Not when the half itself asks about what the pack does not cover ("…, còn đảng phí đóng bao nhiêu").
    if (!search.answer && !search.uncovered && refs.length === 0 && before !== undefined) {
      const context = this.index.subjectOf(before);
      if (context !== '') search = this.index.search(`${text} ${context}`);
    }
    return { search, refs };
  }
}

/** What a half answers: its first document, else its topic. */
const key = (parts: ReplyPart[]): string | undefined => {
  const [p] = parts;
  if (!p) return undefined;
  return p.kind === 'topic' ? p.topic : p.kind === 'document' ? `doc:${p.id}` : undefined;
};
const same = (x: ReplyPart, y: ReplyPart) => key([x]) === key([y]);
/** A half that names a document is as sure as a card; otherwise its best topic's score. */
const strength = (h: Half) =>
  h.refs.length > 0 ? Number.POSITIVE_INFINITY : (h.search.ranked[0]?.score ?? 0);
