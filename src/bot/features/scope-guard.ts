import { ROOT } from '../../orgs/org.js';
import type { BotContext } from '../context.js';

/**
 * Scope checks of the bot layer, all asking `ctx.scope` (src/orgs/rules.ts `scopeOf`, the one
 * place that decides). A refusal names nothing of what was asked for: a replayed button of
 * another organisation gets the same answer as one that never existed.
 */

/** A record that speaks for an organisation (a broadcast): absent means the root, as in older stores. */
export const inScope = (ctx: BotContext, org: string | undefined): boolean =>
  ctx.scope?.hasOrg(org ?? ROOT) === true;

/** Audits the refusal and answers without a name or a count; for a button, an alert. */
export async function refuseOutOfScope(
  ctx: BotContext,
  action: string,
  detail: Record<string, string | number | boolean> = {},
  replyKey = 'scope-refused',
): Promise<void> {
  await ctx.deps.staff.audit.record({
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action,
    ...(ctx.scope ? { org: ctx.scope.org } : {}),
    outcome: 'refused',
    detail: { ...detail, reason: 'out-of-scope' },
  });
  ctx.log.warn({ action, from: ctx.from?.id }, 'staff action outside the caller’s organisation refused');
  if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t('scope-refused'), { show_alert: true });
  else await ctx.reply(ctx.t(replyKey, detail));
}
