import type { ServerResponse } from 'node:http';
import type { Convenience } from 'telegraf/types';
import { splitMessage } from '../message-split.js';
import type { BotContext } from './context.js';

type ReplyExtra = Convenience.ExtraReplyMessage;

/**
 * Sends a reply whose message id nobody needs (a question's answer). In webhook mode it rides in
 * the HTTP response to Telegram's POST, as the Bot API allows for one method per update: no
 * separate API call, which is what keeps a replica's throughput near a bare HTTP server's.
 * Otherwise (polling, the response already used, or a text over Telegram's limit, which goes as
 * several messages in order) it is an ordinary `ctx.reply`.
 */
export async function replyInWebhook(ctx: BotContext, text: string, extra: ReplyExtra = {}): Promise<void> {
  // telegraf keeps the webhook response of the update being handled on the context's client.
  const res = (ctx.telegram as unknown as { response?: ServerResponse }).response;
  const chatId = ctx.chat?.id;
  const pieces = splitMessage(text, { html: extra.parse_mode === 'HTML' });
  const [only] = pieces;
  if (res && !res.headersSent && !res.writableEnded && chatId !== undefined && pieces.length === 1 && only) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: 'sendMessage', chat_id: chatId, text: only, ...extra }));
    return;
  }
  await ctx.reply(text, extra);
}
