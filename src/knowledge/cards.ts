import { showDay } from '../calendar.js';
import {
  type Answer,
  type AnswerContext,
  composeAnswer,
  documentStatus,
  documentSubject,
  linkTo,
  type TopicLink,
  topicById,
} from './answer.js';
import type { Pack, PackDocument } from './pack.js';
import type { ReplyPart } from './respond.js';

/**
 * A document's card: number, date, issuer, title (or what the sources say it is about), status as
 * of the pack's `asOf`, what it replaced, the topics that rest on it (also as buttons) and its
 * sources. A lookalike (a document that only shares a number with one the bot uses) gets a short
 * card saying that the bot does not use its rules.
 */
export function composeCard(pack: Pack, d: PackDocument, c: AnswerContext): Answer {
  const lines = [
    c.t('knowledge-card-head', { cite: d.cite[c.lang] }),
    c.t('knowledge-card-facts', { number: d.number, date: showDay(d.date), issuer: d.issuer[c.lang] }),
  ];
  if (d.title) lines.push(c.t('knowledge-card-title', { title: d.title[c.lang] }));
  else if (d.about) lines.push(c.t('knowledge-card-about', { about: d.about[c.lang] }));
  if (!d.title) lines.push(c.t('knowledge-card-no-title'));
  if (d.note) lines.push(d.note[c.lang]);
  const topics = restingOn(pack, d, c);
  if (d.lookalike) lines.push(c.t('knowledge-card-lookalike'));
  else {
    lines.push(c.t('knowledge-card-status', { status: documentStatus(pack, d, c) }));
    const replaced = pack.documents.filter((x) => x.supersededBy === d.id).map((x) => x.cite[c.lang]);
    if (replaced.length > 0) lines.push(c.t('knowledge-doc-replaces', { docs: replaced.join('; ') }));
    lines.push(
      topics.length > 0
        ? c.t('knowledge-card-topics', { topics: topics.map((t) => t.title).join('; ') })
        : c.t('knowledge-card-no-topics'),
    );
  }
  lines.push(c.t('knowledge-card-sources', { sources: d.sources.join('; ') }));
  return { topic: `doc:${d.id}`, text: lines.join('\n'), related: topics };
}

/** The topics whose answers rest on the document. */
export function restingOn(pack: Pack, d: PackDocument, c: AnswerContext): TopicLink[] {
  return pack.topics
    .filter((t) => t.documents.includes(d.id))
    .map((t) => linkTo(pack, t.id, c.lang))
    .filter((l): l is TopicLink => l !== undefined);
}

/**
 * A document the pack does not hold: said plainly, with the nearest documents it does hold, each
 * also a button to its card, and the list of documents.
 */
export function composeUnknown(pack: Pack, ref: string, nearest: PackDocument[], c: AnswerContext): Answer {
  const lines = [c.t('knowledge-doc-unknown', { ref })];
  for (const d of nearest) lines.push(`• ${d.cite[c.lang]}: ${documentSubject(d, c.lang)}.`);
  lines.push(c.t('knowledge-doc-unknown-footer'));
  const list = pack.commands.tailieu ? linkTo(pack, pack.commands.tailieu, c.lang) : undefined;
  const cards: TopicLink[] = nearest.map((d) => ({ id: d.id, title: d.number, kind: 'document' }));
  return { topic: 'unknown-document', text: lines.join('\n'), related: list ? [...cards, list] : cards };
}

/**
 * The whole reply to a question, in one message: each part in order (a document card, then the
 * topic resting on it; or the two answers of a two-part question, the second announced as such),
 * each with its own source. Buttons: the parts' related topics, without those already shown.
 * Undefined when there is no part (the caller refuses).
 */
export function composeReply(pack: Pack, parts: ReplyPart[], c: AnswerContext): Answer | undefined {
  const answers: Answer[] = [];
  for (const p of parts) {
    if (p.kind === 'not-covered') {
      answers.push({
        topic: 'not-covered',
        text: c.t('knowledge-part-not-covered', { part: p.text }),
        related: [],
      });
    } else if (p.kind === 'document') {
      const d = pack.documents.find((x) => x.id === p.id);
      if (d) answers.push(composeCard(pack, d, c));
    } else if (p.kind === 'unknown-document') {
      const nearest = p.nearest
        .map((id) => pack.documents.find((x) => x.id === id))
        .filter((d): d is PackDocument => !!d);
      answers.push(composeUnknown(pack, p.ref, nearest, c));
    } else {
      const t = topicById(pack, p.topic);
      if (t) answers.push(composeAnswer(pack, t, c));
    }
  }
  // A part said to be not covered is never the reply's topic.
  const first = answers.find((a) => a.topic !== 'not-covered');
  if (!first) return undefined;
  const topics = parts.filter((p) => p.kind === 'topic').length;
  const texts = answers.map((a, i) =>
    i > 0 && topics > 1 && a.topic === answers[answers.length - 1]?.topic
      ? `${c.t('knowledge-second-part')}\n\n${a.text}`
      : a.text,
  );
  const shown = new Set(answers.map((a) => a.topic));
  const related: TopicLink[] = [];
  const id = (l: TopicLink) => (l.kind === 'document' ? `doc:${l.id}` : l.id);
  for (const l of answers.flatMap((a) => a.related)) {
    if (!shown.has(id(l)) && !related.some((r) => id(r) === id(l))) related.push(l);
  }
  return { topic: first.topic, text: texts.join('\n\n'), related: related.slice(0, 4) };
}
