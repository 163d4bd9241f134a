import { Composer, Markup } from 'telegraf';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';

/** /bangdieukhien: a button that opens the board's Mini App (src/dashboard); staff only, private chats only. */
export const dashboardFeature = new Composer<BotContext>();

registerCommand(dashboardFeature, 'bangdieukhien', async (ctx) => {
  const dashboard = ctx.deps.config.dashboard;
  if (!dashboard) {
    await ctx.reply(ctx.t('dashboard-not-configured'));
    return;
  }
  // A web_app button: Telegram opens the page inside the app and hands it the signed init data.
  await ctx.reply(
    ctx.t('dashboard-open'),
    Markup.inlineKeyboard([Markup.button.webApp(ctx.t('dashboard-open-button'), dashboard.url)]),
  );
});
