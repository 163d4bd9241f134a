import { Composer } from 'telegraf';
import { callbackQuery, message } from 'telegraf/filters';
import type { BotContext } from '../context.js';

/** Last in the chain: whatever no feature took gets a hint, never silence (but groups are not spammed). */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on(message('text'), async (ctx) => {
  const text = ctx.message.text;
  const isPrivate = ctx.chat.type === 'private';
  const command = /^\/([A-Za-z0-9_]+)(@([A-Za-z0-9_]+))?/.exec(text);
  if (command) {
    const addressedToUs = command[3] !== undefined && command[3].toLowerCase() === ctx.me.toLowerCase();
    // In a group, a bare /cmd may be meant for another bot: answer only when it names us.
    if (isPrivate || addressedToUs) {
      await ctx.reply(ctx.t('unknown-command', { command: `/${(command[1] ?? '').slice(0, 32)}` }));
    }
    return;
  }
  if (isPrivate) await ctx.reply(ctx.t('unknown-text'));
});

unhandledFeature.on(callbackQuery(), async (ctx) => {
  await ctx.answerCbQuery(ctx.t('button-stale'));
});

unhandledFeature.on(message(), async (ctx) => {
  if (ctx.chat.type === 'private') await ctx.reply(ctx.t('unsupported-message'));
});
