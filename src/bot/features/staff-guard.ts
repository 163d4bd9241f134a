import { staffScope } from '../../staff/access.js';
import type { BotContext } from '../context.js';

/**
 * Fail-closed gate of every staff command and button: the sender must be staff of an organisation
 * (ADMIN_IDS: the root) and the chat private (previews and lists must not land in a unit's group).
 * Refusals and passes are audited.
 */
export async function staffOnly(
  ctx: BotContext,
  action: string,
  detail?: Record<string, string | number | boolean>,
): Promise<boolean> {
  // The scope is decided again here (the other replicas' writes taken in first), as the dashboard does.
  ctx.scope = await staffScope(ctx.deps, ctx.from?.id);
  ctx.isStaff = ctx.scope !== undefined;
  const audit = ctx.deps.staff.audit;
  // The caller's organisation goes with every entry, so each board's actions can be read apart.
  const base = {
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action,
    ...(ctx.scope ? { org: ctx.scope.org } : {}),
  };
  const refuse = async (key: string, reason: string) => {
    await audit.record({ ...base, outcome: 'refused', detail: { ...detail, reason } });
    ctx.log.warn({ action, from: ctx.from?.id, reason }, 'staff action refused');
    if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t(key), { show_alert: true });
    else await ctx.reply(ctx.t(key));
    return false;
  };
  if (!ctx.isStaff) return refuse('staff-refused', 'not-staff');
  if (ctx.chat?.type !== 'private') return refuse('staff-private-only', 'not-private');
  await audit.record({ ...base, outcome: 'ok', ...(detail ? { detail } : {}) });
  return true;
}
