import type { Convenience } from 'telegraf/types';
import { CAPTION_LIMIT, splitMessage } from '../message-split.js';
import type { BotContext } from './context.js';

type ReplyExtra = Convenience.ExtraReplyMessage;

/** The options of every piece but the last: the same formatting, no buttons (they go under the last). */
const withoutButtons = <E extends { reply_markup?: unknown }>(extra: E | undefined): E | undefined => {
  if (!extra || !('reply_markup' in extra)) return extra;
  const { reply_markup: _, ...rest } = extra;
  return rest as E;
};

const isHtml = (extra: { parse_mode?: string } | undefined) => extra?.parse_mode === 'HTML';

/**
 * Every reply of a handler goes through Telegram's length limits here, whatever the feature:
 * `ctx.reply` with a text over 4,096 characters sends it as several messages cut by
 * `splitMessage` (HTML kept balanced when the reply is HTML), the buttons under the last piece,
 * and resolves with the last message; a photo's or document's caption over 1,024 characters
 * keeps its first piece and the rest follows as a message. Installed on each update's context by
 * createBot, so no feature can forget it.
 */
export function splitLongReplies(ctx: BotContext): void {
  const reply = ctx.reply.bind(ctx);
  ctx.reply = async (text, extra) => {
    const pieces = typeof text === 'string' ? splitMessage(text, { html: isHtml(extra) }) : [];
    if (pieces.length <= 1) return reply(text, extra);
    let last: Awaited<ReturnType<typeof reply>> | undefined;
    for (const [i, piece] of pieces.entries())
      last = await reply(piece, i === pieces.length - 1 ? extra : withoutButtons<ReplyExtra>(extra));
    return last as Awaited<ReturnType<typeof reply>>;
  };
  // A caption over its limit: the media with the first piece, the rest as a message after it.
  const captioned =
    <F, E extends { caption?: unknown; parse_mode?: string }, R>(send: (file: F, extra?: E) => Promise<R>) =>
    async (file: F, extra?: E): Promise<R> => {
      const caption = extra?.caption;
      if (typeof caption !== 'string' || caption.length <= CAPTION_LIMIT) return send(file, extra);
      const html = isHtml(extra);
      const [first = '', ...more] = splitMessage(caption, { max: CAPTION_LIMIT, html });
      const sent = await send(file, { ...extra, caption: first } as E);
      if (more.length > 0) await ctx.reply(more.join('\n'), html ? { parse_mode: 'HTML' } : {});
      return sent;
    };
  ctx.replyWithDocument = captioned(ctx.replyWithDocument.bind(ctx));
  ctx.replyWithPhoto = captioned(ctx.replyWithPhoto.bind(ctx));
}
