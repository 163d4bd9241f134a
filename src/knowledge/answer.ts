import { type Day, positionIn, showDay } from '../calendar.js';
import {
  congressWindow,
  type Pack,
  type PackDocument,
  shownWindows,
  type Topic,
  type Window,
} from './pack.js';

/**
 * Answers as text: the topic's own words from the pack first, then what the bot computes (windows
 * with days left or passed, the document list), then the source line and notes on superseded
 * documents. Words of the bot's own come from `t` (the locales), never from here.
 */

export type Lang = 'vi' | 'en';
export type Translate = (id: string, args?: Record<string, string | number>) => string;

/** What the answer needs to know about the asking unit (the units repo gives more). */
export interface UnitView {
  type: string;
  pilot: boolean;
  name: string;
  congressDate?: Day;
  doneAt?: string;
}

export interface AnswerContext {
  lang: Lang;
  t: Translate;
  today: Day;
  /** The chat's registered unit, when there is one: the timeline is then about it first. */
  unit?: UnitView | undefined;
  /** The unit type the question names ("chi bộ trực thuộc đại hội khi nào"): its window comes first. */
  namedType?: string | undefined;
}

/** A button under an answer: a topic, or (kind 'document') a document's card. */
export interface TopicLink {
  id: string;
  title: string;
  kind?: 'document';
}

export interface Answer {
  topic: string;
  text: string;
  related: TopicLink[];
}

const docById = (pack: Pack, id: string) => pack.documents.find((d) => d.id === id);

export function topicById(pack: Pack, id: string): Topic | undefined {
  return pack.topics.find((t) => t.id === id);
}

export function linkTo(pack: Pack, id: string, lang: Lang): TopicLink | undefined {
  const t = topicById(pack, id);
  return t ? { id: t.id, title: t.title[lang] } : undefined;
}

function windowStatus(w: Window, c: AnswerContext): string {
  const pos = positionIn(w, c.today);
  let status: string;
  if (pos.phase === 'passed') status = c.t('knowledge-window-passed', { days: -pos.daysLeft });
  else if (pos.phase === 'upcoming') status = c.t('knowledge-window-upcoming', { days: pos.daysToOpen });
  else if (pos.daysLeft === 0) status = c.t('knowledge-window-last-day');
  else status = c.t('knowledge-window-open', { days: pos.daysLeft });
  return w.approximate ? `${status} ${c.t('knowledge-window-approximate')}` : status;
}

function windowLine(w: Window, c: AnswerContext): string {
  return c.t('knowledge-window-line', {
    title: w.title[c.lang],
    wording: w.wording[c.lang],
    first: showDay(w.first),
    last: showDay(w.last),
    status: windowStatus(w, c),
  });
}

function unitLines(pack: Pack, unit: UnitView, c: AnswerContext): string[] {
  const type = pack.unitTypes.find((u) => u.code === unit.type);
  const w = congressWindow(pack, unit.type, unit.pilot);
  const lines = [
    c.t('knowledge-unit-line', {
      name: unit.name,
      type: type ? type.name[c.lang] : unit.type,
      pilot: unit.pilot ? c.t('knowledge-unit-pilot') : '',
    }),
  ];
  if (w) lines.push(windowLine(w, c));
  if (unit.doneAt) lines.push(c.t('knowledge-unit-done', { date: showDay(unit.doneAt.slice(0, 10)) }));
  else if (unit.congressDate)
    lines.push(c.t('knowledge-unit-congress-date', { date: showDay(unit.congressDate) }));
  return lines;
}

/** The document's status as of the pack's date: replaced (by what, when), no later change, or unconfirmed. */
export function documentStatus(pack: Pack, d: PackDocument, c: AnswerContext): string {
  if (d.status === 'superseded' && d.supersededBy) {
    const by = docById(pack, d.supersededBy);
    return c.t('knowledge-doc-superseded', {
      by: by ? by.cite[c.lang] : d.supersededBy,
      on: d.supersededOn ? showDay(d.supersededOn) : '?',
    });
  }
  if (d.status === 'unchanged' && pack.asOf)
    return c.t('knowledge-doc-unchanged', { asOf: showDay(pack.asOf) });
  return c.t('knowledge-doc-unconfirmed');
}

/** The title when a source gives one, else what the sources say it is about. */
export function documentSubject(d: PackDocument, lang: Lang): string {
  return d.title?.[lang] ?? d.about?.[lang] ?? d.number;
}

function documentLines(pack: Pack, c: AnswerContext): string[] {
  return pack.documents
    .filter((d) => !d.lookalike)
    .map((d) => {
      const line = c.t('knowledge-doc-line', {
        cite: d.cite[c.lang],
        title: documentSubject(d, c.lang),
        status: documentStatus(pack, d, c),
      });
      return d.note ? `${line} ${d.note[c.lang]}` : line;
    });
}

/** "Nguồn: …" (what the answer was read from), the documents it rests on, and what replaced them. */
function sourceLines(pack: Pack, topic: Topic, c: AnswerContext): string[] {
  const docs = topic.documents.map((id) => docById(pack, id)).filter((d): d is PackDocument => !!d);
  const lines: string[] = [];
  if (topic.source) lines.push(c.t('knowledge-source', { sources: topic.source[c.lang] }));
  if (docs.length > 0)
    lines.push(c.t('knowledge-rests-on', { docs: docs.map((d) => d.cite[c.lang]).join('; ') }));
  for (const d of docs) {
    if (d.status !== 'superseded' || !d.supersededBy) continue;
    const by = docById(pack, d.supersededBy);
    lines.push(
      c.t('knowledge-superseded', {
        doc: d.cite[c.lang],
        by: by ? by.cite[c.lang] : d.supersededBy,
        on: d.supersededOn ? showDay(d.supersededOn) : '?',
      }),
    );
  }
  return lines;
}

/** The full answer for a topic, in the context's language. */
export function composeAnswer(pack: Pack, topic: Topic, c: AnswerContext): Answer {
  const parts: string[] = [];
  // 1. The window of the unit type the question names, else the asking unit's own, when the topic is about time.
  if (topic.show === 'timeline' || topic.show === 'pilots') {
    const named = pack.unitTypes.find((u) => u.code === c.namedType && u.code !== c.unit?.type);
    const w = named && congressWindow(pack, named.code, false);
    if (named && w)
      parts.push(`${c.t('knowledge-named-type', { type: named.name[c.lang] })}\n${windowLine(w, c)}`);
    else if (c.unit) parts.push(unitLines(pack, c.unit, c).join('\n'));
  }
  // 2. The topic's own text, then what the bot computes for it.
  parts.push(`${topic.title[c.lang]}\n${topic.body[c.lang]}`);
  if (topic.show === 'documents') parts.push(documentLines(pack, c).join('\n'));
  else if (topic.show)
    parts.push(
      shownWindows(pack, topic)
        .map((w) => windowLine(w, c))
        .join('\n'),
    );
  // 3. Where it comes from.
  parts.push(sourceLines(pack, topic, c).join('\n'));
  const related = topic.related
    .map((id) => linkTo(pack, id, c.lang))
    .filter((l): l is TopicLink => l !== undefined);
  return { topic: topic.id, text: parts.join('\n\n'), related };
}

/** The nearest topics for a question without an answer: the ranked ones first, then the pack's first topics. */
export function suggestions(pack: Pack, ranked: Array<{ topic: string }>, lang: Lang, n = 3): TopicLink[] {
  const ids: string[] = [];
  for (const id of [...ranked.map((r) => r.topic), ...pack.topics.map((t) => t.id)]) {
    if (!ids.includes(id)) ids.push(id);
    if (ids.length === n) break;
  }
  return ids.map((id) => linkTo(pack, id, lang)).filter((l): l is TopicLink => l !== undefined);
}
