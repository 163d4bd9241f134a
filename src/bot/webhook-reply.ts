import type { ServerResponse } from 'node:http';
import type { Convenience } from 'telegraf/types';
import type { BotContext } from './context.js';

type ReplyExtra = Convenience.ExtraReplyMessage;

/**
 * Sends a reply whose message id nobody needs (a question's answer). In webhook mode it rides in
 * the HTTP response to Telegram's POST, as the Bot API allows for one method per update: no
 * separate API call, which is what keeps a replica's throughput near a bare HTTP server's.
 * Otherwise (polling, or the response already used) it is an ordinary sendMessage.
 */
export async function replyInWebhook(ctx: BotContext, text: string, extra: ReplyExtra = {}): Promise<void> {
  // telegraf keeps the webhook response of the update being handled on the context's client.
  const res = (ctx.telegram as unknown as { response?: ServerResponse }).response;
  const chatId = ctx.chat?.id;
  if (res && !res.headersSent && !res.writableEnded && chatId !== undefined) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: 'sendMessage', chat_id: chatId, text, ...extra }));
    return;
  }
  await ctx.reply(text, extra);
}
