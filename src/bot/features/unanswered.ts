import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { z } from 'zod';
import { dayIn, showDay, showTime } from '../../calendar.js';
import { MAX_KEPT, type QuestionsPage, unansweredLog } from '../../knowledge/unanswered.js';
import { ROOT } from '../../orgs/org.js';
import { callbackData } from '../callback-data.js';
import { commandFor, registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { page, shortName } from './org-names.js';
import { staffOnly } from './staff-guard.js';

/**
 * /cauhoimoi (/newquestions): the questions the bot could not answer in the caller's
 * organisations, newest first, a page at a time with Prev/Next buttons that edit the message.
 * The command's staff rule is the registry's; a page button passes the same gate (staffOnly,
 * the same audit action) before anything is read.
 */
export const unansweredFeature = new Composer<BotContext>();

/** Questions per page; each shown cut to LINE_TEXT characters, so a page is always one message. */
export const PAGE_SIZE = 10;
const LINE_TEXT = 300;
/** The command's audit action, so a page press is logged as the command is. */
const ACTION = commandFor('cauhoimoi').action as string;

/** A page button: `uq-p:<0-based page>`. */
export const pageButton = callbackData('uq-p', z.tuple([page]));

function read(ctx: BotContext, at: number): Promise<QuestionsPage> {
  const scope = ctx.scope;
  return unansweredLog(ctx.deps.store).page(at, PAGE_SIZE, (q) => scope?.hasOrg(q.org ?? ROOT) === true);
}

function render(ctx: BotContext, p: QuestionsPage): { text: string; extra: object } {
  const tz = ctx.deps.config.timezone;
  const lines = p.items.map((q) => {
    const at = new Date(q.at);
    return ctx.t('knowledge-unanswered-line', {
      at: `${showDay(dayIn(tz, at))} ${showTime(at, tz)}`,
      text: shortName(q.text, LINE_TEXT),
    });
  });
  const last = p.page === p.pages - 1;
  const text = [
    ctx.t('knowledge-unanswered-title', { count: p.total }),
    ...lines,
    ...(p.pages > 1 ? [ctx.t('unanswered-page', { page: p.page + 1, pages: p.pages })] : []),
    '',
    ...(last ? [ctx.t('unanswered-kept', { max: MAX_KEPT })] : []),
    ctx.t('knowledge-unanswered-footer'),
  ];
  const nav: InlineKeyboardButton[] = [];
  if (p.page > 0) nav.push(Markup.button.callback(ctx.t('unanswered-prev'), pageButton.pack(p.page - 1)));
  if (!last) nav.push(Markup.button.callback(ctx.t('unanswered-next'), pageButton.pack(p.page + 1)));
  return { text: text.join('\n'), extra: nav.length > 0 ? Markup.inlineKeyboard([nav]) : {} };
}

registerCommand(unansweredFeature, 'cauhoimoi', async (ctx) => {
  const first = await read(ctx, 0);
  if (first.total === 0) {
    await ctx.reply(ctx.t('knowledge-unanswered-empty'));
    return;
  }
  const { text, extra } = render(ctx, first);
  await ctx.reply(text, extra);
});

unansweredFeature.action(pageButton.trigger, async (ctx) => {
  const fields = pageButton.of(ctx);
  if (!fields) {
    await ctx.answerCbQuery(ctx.t('unanswered-page-invalid'), { show_alert: true });
    return;
  }
  const [at] = fields;
  if (!(await staffOnly(ctx, ACTION, { page: at }))) return;
  const shown = await read(ctx, at);
  if (shown.total === 0) {
    await ctx.answerCbQuery(ctx.t('knowledge-unanswered-empty'), { show_alert: true });
    return;
  }
  // The log moved on (or the button was made up): say which pages there are, change nothing.
  if (shown.page !== at) {
    await ctx.answerCbQuery(ctx.t('unanswered-page-gone', { page: at + 1, pages: shown.pages }), {
      show_alert: true,
    });
    return;
  }
  await ctx.answerCbQuery();
  const { text, extra } = render(ctx, shown);
  await ctx.editMessageText(text, extra).catch(() => ctx.reply(text, extra));
});
