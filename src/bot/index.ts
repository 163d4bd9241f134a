import { Telegraf } from 'telegraf';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { KeyedQueue } from '../keyed-queue.js';
import { menu, unregisteredCommands } from './commands.js';
import type { AppDeps, BotContext } from './context.js';
import { invitesFeature } from './features/invites.js';
import { knowledgeFeature } from './features/knowledge.js';
import { languageFeature } from './features/language.js';
import { orgsFeature } from './features/orgs.js';
import { readinessFeature } from './features/readiness.js';
import { remindersFeature } from './features/reminders.js';
import { staffFeature } from './features/staff.js';
import { unansweredFeature } from './features/unanswered.js';
import { unhandledFeature } from './features/unhandled.js';
import { unitsFeature } from './features/units.js';
import { welcomeFeature } from './features/welcome.js';
import { flowRouter } from './flows.js';
import { resolveLang } from './language.js';
import { splitLongReplies } from './long-replies.js';

/** How long one update may hold its chat's next one back. */
const CHAT_TURN_MS = 20_000;

export interface CreateBotOptions {
  /** Skip getMe at start-up (tests, webhook replicas that already know the bot). */
  botInfo?: UserFromGetMe;
}

/** Builds the bot: context first, then the error boundary, then features, "unhandled" last. */
export function createBot(deps: AppDeps, options: CreateBotOptions = {}): Telegraf<BotContext> {
  // Every command of the registry has its handler (features register theirs when imported).
  const missing = unregisteredCommands();
  if (missing.length > 0) throw new Error(`commands without a handler: /${missing.join(', /')}`);
  const bot = new Telegraf<BotContext>(deps.config.token, {
    telegram: { apiRoot: deps.config.apiRoot },
    handlerTimeout: 60_000,
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });

  // 0. One chat's updates are handled one after another, in the order they came: two button
  //    presses in one batch (telegraf handles a batch concurrently) must not race on one record.
  //    A handler still running after CHAT_TURN_MS no longer holds the chat's next update back.
  const turns = new KeyedQueue<number>(CHAT_TURN_MS, (chatId) =>
    deps.logger.warn({ chat_id: chatId }, 'an update of this chat is still running; the next one goes ahead'),
  );
  bot.use((ctx, next) => {
    const chatId = ctx.chat?.id;
    return chatId === undefined ? next() : turns.run(chatId, next);
  });

  // 1. Context: dependencies, a per-update logger, the reply language, the staff flag; replies
  //    over Telegram's length limits are split (long-replies.ts).
  bot.use(async (ctx, next) => {
    const update = ctx.update as Update;
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: update.update_id, chat_id: ctx.chat?.id });
    const prefs = ctx.chat ? await deps.prefs.get(ctx.chat.id) : {};
    ctx.lang = resolveLang(prefs.lang, ctx.from?.language_code);
    ctx.t = (id, args) => deps.i18n.t(ctx.lang, id, args);
    ctx.scope = deps.orgs.scopeFor(ctx.from?.id);
    ctx.isStaff = ctx.scope !== undefined;
    splitLongReplies(ctx);
    return next();
  });

  // 2. Error boundary: our errors are logged with the update; the user gets a short apology.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      ctx.log.error({ err, update: ctx.update }, 'update failed');
      if (ctx.chat) {
        await ctx
          .reply(ctx.t('error-generic'))
          .catch((e: unknown) => ctx.log.warn({ err: e }, 'apology not sent'));
      } else if (ctx.callbackQuery) {
        await ctx.answerCbQuery(ctx.t('error-generic')).catch(() => undefined);
      }
    }
  });

  // 3. Features. Plain text the bot asked for (a unit's name, an organisation's new name) goes to
  //    the flow of the chat's pending step first (flows.ts), whatever the order below.
  // Invitation links first: `/start PAYLOAD` is theirs, a bare /start goes on to the welcome.
  bot.use(flowRouter);
  bot.use(invitesFeature, welcomeFeature, languageFeature, unitsFeature, remindersFeature, readinessFeature);
  bot.use(staffFeature, orgsFeature, unansweredFeature);

  // Knowledge last among features: in private chats any plain text nobody else took is a question.
  bot.use(knowledgeFeature);

  // 4. Whatever nobody took.
  bot.use(unhandledFeature);

  bot.catch((err, ctx) => {
    deps.logger.error({ err, update_id: ctx.update.update_id }, 'unhandled error outside the boundary');
  });
  return bot;
}

/** Registers the command menu in both languages; a Bot API server without setMyCommands is only logged. */
export async function registerMenu(bot: Telegraf<BotContext>, deps: AppDeps): Promise<void> {
  try {
    await bot.telegram.setMyCommands(menu(deps.i18n, 'vi'));
    await bot.telegram.setMyCommands(menu(deps.i18n, 'en'), { language_code: 'en' });
  } catch (err) {
    deps.logger.warn(
      { err: (err as Error).message },
      'setMyCommands failed; the command menu is not registered',
    );
  }
}
