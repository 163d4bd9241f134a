import { Composer, Markup } from 'telegraf';
import { message } from 'telegraf/filters';
import { z } from 'zod';
import { dayIn } from '../../calendar.js';
import {
  type Answer,
  type AnswerContext,
  composeAnswer,
  type Lang,
  suggestions,
  type TopicLink,
  topicById,
  type UnitView,
} from '../../knowledge/answer.js';
import { composeCard, composeReply } from '../../knowledge/cards.js';
import { type Pack, TOPIC_COMMANDS } from '../../knowledge/pack.js';
import { Responder } from '../../knowledge/respond.js';
import { unansweredLog } from '../../knowledge/unanswered.js';
import { isRegistered } from '../../units/unit.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { replyInWebhook } from '../webhook-reply.js';

/**
 * The knowledge base in Telegram: /hoi and plain questions, the topic commands (/noidung,
 * /vankien, /lichtrinh, /nhansu, /tailieu) and buttons to related topics; what it cannot answer goes
 * to the unanswered log (/cauhoimoi, features/unanswered.ts).
 * In private chats any plain text is a question; in groups only /hoi, a reply to the bot or a
 * mention of it, so that the bot does not talk over members.
 */
export const knowledgeFeature = new Composer<BotContext>();

/** A topic button: `kb:<topic id>`. A stale id (topic removed from the pack) or a forged one is refused politely. */
export const topicButton = callbackData(
  'kb',
  z.tuple([
    z
      .string()
      .max(48)
      .regex(/^[a-z0-9][a-z0-9-]*$/),
  ]),
);

/** A document button (under "not in the bot's sources"): `kd:<document id>`, opens its card. */
export const documentButton = callbackData(
  'kd',
  z.tuple([
    z
      .string()
      .max(48)
      .regex(/^[a-z0-9][a-z0-9-]*$/),
  ]),
);

// One responder (search index and document index) per loaded pack, built on first use (a few milliseconds).
const responders = new WeakMap<Pack, Responder>();

function responderFor(pack: Pack): Responder {
  let responder = responders.get(pack);
  if (!responder) {
    responder = new Responder(pack);
    responders.set(pack, responder);
  }
  return responder;
}

/** The chat's registered unit, for personalised timelines. */
function unitOf(ctx: BotContext): UnitView | undefined {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return undefined;
  const unit = ctx.deps.units.get(chatId);
  return isRegistered(unit) ? unit : undefined;
}

function answerContext(ctx: BotContext, lang: Lang): AnswerContext {
  return {
    lang,
    t: (id, args) => ctx.deps.i18n.t(lang, id, args),
    today: dayIn(ctx.deps.config.timezone, ctx.deps.clock.now()),
    unit: unitOf(ctx),
  };
}

const keyboard = (links: TopicLink[]) =>
  Markup.inlineKeyboard(
    links.map((l) => [
      Markup.button.callback(l.title, (l.kind === 'document' ? documentButton : topicButton).pack(l.id)),
    ]),
  );

/** Sends the text (split at Telegram's limit by replyInWebhook); the buttons go under the last piece. */
async function send(ctx: BotContext, text: string, links: TopicLink[]): Promise<void> {
  await replyInWebhook(ctx, text, links.length > 0 ? keyboard(links) : {});
}

async function sendAnswer(ctx: BotContext, answer: Answer): Promise<void> {
  await send(ctx, answer.text, answer.related);
}

async function showTopic(ctx: BotContext, topicId: string, lang: Lang = ctx.lang): Promise<boolean> {
  const pack = ctx.deps.pack;
  const topic = topicById(pack, topicId);
  if (!topic) return false;
  await sendAnswer(ctx, composeAnswer(pack, topic, answerContext(ctx, lang)));
  return true;
}

/**
 * Keeps a question (or a part of one) the bot could not answer, an unknown document too, under the
 * organisation of the unit whose chat it is, so that its board sees it.
 */
async function fileUnanswered(ctx: BotContext, text: string): Promise<void> {
  const unit = ctx.chat ? ctx.deps.units.get(ctx.chat.id) : undefined;
  const org = unit?.inactiveReason === 'unregistered' ? undefined : unit?.org;
  await unansweredLog(ctx.deps.store).add(text, ctx.deps.clock.now(), org);
}

/**
 * Answers a question (a document card, a topic, both parts of a two-part question), or says
 * plainly that there is none and offers the nearest topics.
 */
async function ask(ctx: BotContext, question: string): Promise<void> {
  const pack = ctx.deps.pack;
  const reply = responderFor(pack).respond(question);
  // Answer in the question's language when its words make that clear, else in the chat's.
  const lang = reply.lang ?? ctx.lang;
  const answer = composeReply(pack, reply.parts, { ...answerContext(ctx, lang), namedType: reply.unitType });
  if (answer && !reply.parts.some((p) => p.kind === 'unknown-document')) {
    await sendAnswer(ctx, answer);
    // A part of the question that nothing answers is kept for staff, as a whole question is.
    for (const p of reply.parts) if (p.kind === 'not-covered') await fileUnanswered(ctx, p.text);
    return;
  }
  await fileUnanswered(ctx, question);
  if (answer) {
    await sendAnswer(ctx, answer);
    return;
  }
  const result = reply.search;
  ctx.log.info({ coverage: result.coverage, best: result.ranked[0] }, 'knowledge: no confident answer');
  await send(ctx, ctx.deps.i18n.t(lang, 'knowledge-no-answer'), suggestions(pack, result.ranked, lang));
}

registerCommand(knowledgeFeature, 'hoi', async (ctx) => {
  const question = ctx.payload.trim();
  if (question === '') {
    await ctx.reply(ctx.t('knowledge-ask-usage'));
    return;
  }
  await ask(ctx, question);
});

// The pack declares which topic each command opens (pack:check fails on a missing one).
for (const command of TOPIC_COMMANDS) {
  registerCommand(knowledgeFeature, command, async (ctx) => {
    const topic = ctx.deps.pack.commands[command];
    if (!topic || !(await showTopic(ctx, topic))) await ctx.reply(ctx.t('knowledge-topic-missing'));
  });
}

knowledgeFeature.action(topicButton.trigger, async (ctx) => {
  const parsed = topicButton.unpack('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  const topic = parsed ? topicById(ctx.deps.pack, parsed[0]) : undefined;
  if (!topic || !ctx.chat) {
    await ctx.answerCbQuery(ctx.t('knowledge-button-stale'));
    return;
  }
  await ctx.answerCbQuery();
  await showTopic(ctx, topic.id);
});

knowledgeFeature.action(documentButton.trigger, async (ctx) => {
  const parsed = documentButton.of(ctx);
  const doc = parsed && ctx.deps.pack.documents.find((d) => d.id === parsed[0]);
  if (!doc || !ctx.chat) {
    await ctx.answerCbQuery(ctx.t('knowledge-doc-button-stale'));
    return;
  }
  await ctx.answerCbQuery();
  await sendAnswer(ctx, composeCard(ctx.deps.pack, doc, answerContext(ctx, ctx.lang)));
});

knowledgeFeature.on(message('text'), async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) return next();
  if (ctx.chat.type === 'private') return ask(ctx, text);
  // In a group: a reply to one of the bot's messages, or a message that mentions the bot.
  const repliedToBot = ctx.message.reply_to_message?.from?.id === ctx.botInfo.id;
  const mention = `@${ctx.me}`;
  const mentioned = text.toLowerCase().includes(mention.toLowerCase());
  if (!repliedToBot && !mentioned) return next();
  const question = text.replace(new RegExp(mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' ').trim();
  if (question === '') {
    await ctx.reply(ctx.t('knowledge-ask-usage'));
    return;
  }
  await ask(ctx, question);
});
