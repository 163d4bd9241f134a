import { DocumentIndex, type DocumentRef } from './entities.js';
import { fold } from './normalize.js';
import type { Pack } from './pack.js';
import { QaIndex, type SearchResult } from './search.js';

/**
 * What the bot answers a question with, decided in this order:
 * 1. Entities first: a question that names a document gets that document's card (and, after it,
 *    the topic the search finds when that topic rests on the document); a document the pack does
 *    not hold gets "not in the bot's sources", never a topic.
 * 2. A question that asks two things that different topics answer gets both, in its own order.
 * 3. Otherwise the best topic, or a refusal when the evidence is too weak (see QaIndex).
 */

export type ReplyPart =
  | { kind: 'topic'; topic: string }
  | { kind: 'document'; id: string }
  | { kind: 'unknown-document'; ref: string; nearest: string[] };

export interface Reply {
  parts: ReplyPart[];
  /** The topic search over the whole question (for suggestions and logs). */
  search: SearchResult;
  lang: 'vi' | 'en' | undefined;
}

/** Where a question may be cut in two: sentence ends, ";", "và", ", còn", "and", "also". */
const CUTS =
  /\?\s*|;\s*|\.\s+|,?\s+(?:và|va|and|also|ngoài ra|ngoai ra|với lại|voi lai)\s+|,\s*(?:còn|con)\s+/gu;
const MIN_WORDS = 3;

export class Responder {
  readonly index: QaIndex;
  readonly #docs: DocumentIndex;
  readonly #pack: Pack;

  constructor(pack: Pack, index: QaIndex = QaIndex.fromPack(pack)) {
    this.#pack = pack;
    this.index = index;
    this.#docs = new DocumentIndex(pack);
  }

  respond(question: string): Reply {
    const q = question.slice(0, 500);
    const search = this.index.search(q);
    const refs = this.#docs.find(q);
    const lang = search.lang;
    if (refs.length > 0) return { parts: this.#documentParts(refs, search), search, lang };
    const two = this.#twoParts(q, search);
    if (two) return { parts: two, search, lang };
    return { parts: search.answer ? [{ kind: 'topic', topic: search.answer }] : [], search, lang };
  }

  #documentParts(refs: DocumentRef[], search: SearchResult): ReplyPart[] {
    const [first] = refs;
    const doc = first?.documents[0];
    if (!first || !doc) {
      const ref = first as DocumentRef;
      return [{ kind: 'unknown-document', ref: ref.text, nearest: this.#docs.nearest(ref).map((d) => d.id) }];
    }
    const parts: ReplyPart[] = [{ kind: 'document', id: doc.id }];
    const topic = search.answer ? this.#pack.topics.find((t) => t.id === search.answer) : undefined;
    const named = new Set(refs.flatMap((r) => r.documents.slice(0, 1).map((d) => d.id)));
    if (topic && !doc.lookalike && topic.documents.some((id) => named.has(id)))
      parts.push({ kind: 'topic', topic: topic.id });
    return parts;
  }

  /** Both topics when the question splits into two halves that each have their own confident answer. */
  #twoParts(q: string, whole: SearchResult): ReplyPart[] | undefined {
    let best: { parts: ReplyPart[]; score: number } | undefined;
    let tries = 0;
    for (const m of q.matchAll(CUTS)) {
      const at = m.index ?? 0;
      const left = q.slice(0, at);
      const right = q.slice(at + m[0].length);
      if (wordCount(left) < MIN_WORDS || wordCount(right) < MIN_WORDS) continue;
      if (++tries > 3) break;
      const a = this.index.search(left);
      let b = this.index.search(right);
      // "…, và cần lập những tổ nào": the second half may lean on the first half's subject.
      if (!b.answer) {
        const context = this.index.subjectOf(left);
        if (context !== '') b = this.index.search(`${right} ${context}`);
      }
      if (!a.answer || !b.answer || a.answer === b.answer) continue;
      // The whole question's own answer, when there is one, must be one of the two.
      if (whole.answer && whole.answer !== a.answer && whole.answer !== b.answer) continue;
      const score = Math.min(a.ranked[0]?.score ?? 0, b.ranked[0]?.score ?? 0);
      if (!best || score > best.score)
        best = {
          parts: [
            { kind: 'topic', topic: a.answer },
            { kind: 'topic', topic: b.answer },
          ],
          score,
        };
    }
    return best?.parts;
  }
}

const wordCount = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '').length;
