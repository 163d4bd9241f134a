import { Composer, Markup } from 'telegraf';
import { z } from 'zod';
import { isLang, LANGS } from '../../i18n/index.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';

export const langButton = callbackData('lang', z.tuple([z.enum(LANGS)]));

export const languageFeature = new Composer<BotContext>();

const chooser = (ctx: BotContext) =>
  Markup.inlineKeyboard(
    LANGS.map((l) => Markup.button.callback(ctx.t(`language-name-${l}`), langButton.pack(l))),
  );

registerCommand(languageFeature, 'ngonngu', async (ctx) => {
  const arg = ctx.payload.trim().toLowerCase();
  if (arg === '') {
    await ctx.reply(ctx.t('language-choose', { current: ctx.t(`language-name-${ctx.lang}`) }), chooser(ctx));
    return;
  }
  if (!isLang(arg)) {
    await ctx.reply(ctx.t('language-unknown', { given: arg.slice(0, 20) }), chooser(ctx));
    return;
  }
  await ctx.deps.prefs.setLang(ctx.chat.id, arg);
  ctx.lang = arg;
  await ctx.reply(ctx.t('language-set'));
});

languageFeature.action(langButton.trigger, async (ctx) => {
  const parsed = langButton.of(ctx);
  const chatId = ctx.chat?.id;
  if (!parsed || chatId === undefined) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return;
  }
  const [lang] = parsed;
  await ctx.deps.prefs.setLang(chatId, lang);
  ctx.lang = lang;
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t('language-set'));
});
