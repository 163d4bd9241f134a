import type { BotContext } from '../context.js';

type Permission = 'ok' | 'not-admin' | 'check-failed' | 'no-sender';

/**
 * Who may speak for a chat's unit: in a private chat the user is its secretary; in a group only
 * its administrators are. No sender, or Telegram cannot tell us: the answer is no (fail closed).
 */
async function permission(ctx: BotContext): Promise<Permission> {
  const chat = ctx.chat;
  if (!chat || !ctx.from) return 'no-sender';
  if (chat.type === 'private') return 'ok';
  // An anonymous administrator posts as the group itself.
  const senderChat = ctx.message && 'sender_chat' in ctx.message ? ctx.message.sender_chat : undefined;
  if (senderChat?.id === chat.id) return 'ok';
  try {
    const member = await ctx.telegram.getChatMember(chat.id, ctx.from.id);
    return member.status === 'creator' || member.status === 'administrator' ? 'ok' : 'not-admin';
  } catch (err) {
    ctx.log.warn({ err: (err as Error).message }, 'getChatMember failed; refusing');
    return 'check-failed';
  }
}

/** The gate of every secretary command and unit button: true when the sender may change the unit, else told why. */
export async function mayManage(ctx: BotContext): Promise<boolean> {
  const p = await permission(ctx);
  if (p === 'ok') return true;
  const text = ctx.t(`units-perm-${p}`);
  if (ctx.callbackQuery) await ctx.answerCbQuery(text, { show_alert: true });
  else await ctx.reply(text);
  return false;
}
