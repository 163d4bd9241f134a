import { Composer } from 'telegraf';
import { parsePayload } from '../../orgs/invitations.js';
import { ROOT } from '../../orgs/org.js';
import { moveUnit } from '../../orgs/rules.js';
import { orgOfUnit } from '../../orgs/tree.js';
import { isRegistered } from '../../units/rules.js';
import type { BotContext } from '../context.js';
import { orgLabel } from './org-names.js';
import { mayManage } from './secretary-guard.js';
import { startGuided } from './units.js';

/**
 * Deep links: `/start s…` makes the sender staff of an organisation (private chat, single use,
 * 72 hours); `/start r…` starts the guided registration into an organisation, in a private chat
 * or, through `?startgroup=`, in a group by one of its administrators. A bad link changes nothing.
 * `/start` without a payload goes on to the welcome.
 */
export const invitesFeature = new Composer<BotContext>();

const displayName = (ctx: BotContext) =>
  [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(' ').slice(0, 64) ||
  (ctx.from?.username ? `@${ctx.from.username}` : undefined);

async function joinAsStaff(ctx: BotContext, payload: string): Promise<void> {
  if (ctx.chat?.type !== 'private' || !ctx.from) {
    await ctx.reply(ctx.t('invite-group'));
    return;
  }
  const joined = await ctx.deps.orgs.acceptStaffInvite(payload, { id: ctx.from.id, name: displayName(ctx) });
  if (joined.kind === 'ok') {
    await ctx.deps.staff.audit.record({
      userId: ctx.from.id,
      chatId: ctx.chat.id,
      action: 'orgs.joined',
      outcome: 'ok',
      detail: { org: joined.org.id, invitedBy: joined.member.addedBy },
    });
    await ctx.reply(ctx.t('invite-joined', { name: orgLabel(ctx, joined.org.id) }));
    return;
  }
  ctx.log.warn({ from: ctx.from.id, kind: joined.kind }, 'staff invitation refused');
  const name = 'org' in joined ? orgLabel(ctx, joined.org.id) : '';
  await ctx.reply(ctx.t(`invite-${joined.kind}`, { name }));
}

async function registerInto(ctx: BotContext, payload: string): Promise<void> {
  const { orgs, units, clock } = ctx.deps;
  const link = await orgs.resolveRegistration(payload);
  if (link.kind !== 'ok') {
    ctx.log.warn({ from: ctx.from?.id, kind: link.kind }, 'registration link refused');
    await ctx.reply(ctx.t(`invite-${link.kind}`));
    return;
  }
  const chat = ctx.chat;
  if (!chat || !ctx.from || chat.type === 'channel') return;
  // In a group only its administrators register, as with /dangky; mayManage says why not.
  if (!(await mayManage(ctx))) return;
  const name = orgLabel(ctx, link.org.id);
  const existing = await units.refresh(chat.id);
  if (isRegistered(existing)) {
    const current = orgOfUnit(orgs.tree(), existing);
    if (current === link.org.id) {
      await ctx.reply(ctx.t('register-already-there', { name }));
      return;
    }
    // An unassigned unit (the root's) joins the organisation whose link it followed; a unit that
    // already belongs to an organisation is moved only by the board, inside its scope.
    if (current !== ROOT) {
      await ctx.reply(ctx.t('register-elsewhere', { unit: existing.name, org: orgLabel(ctx, current) }));
      return;
    }
    await units.update(chat.id, (u) => (isRegistered(u) ? moveUnit(u, link.org.id, clock.now()) : u));
    await ctx.reply(ctx.t('register-assigned', { unit: existing.name, name }));
    return;
  }
  await ctx.reply(ctx.t('register-into', { name }));
  await startGuided(ctx, chat.id, ctx.from.id, link.org.id);
}

invitesFeature.command('start', async (ctx, next) => {
  const payload = ctx.payload.trim();
  if (payload === '') return next();
  const parsed = parsePayload(payload);
  if (parsed.kind === 'staff') return joinAsStaff(ctx, parsed.payload);
  if (parsed.kind === 'registration') return registerInto(ctx, payload);
  ctx.log.warn({ from: ctx.from?.id, length: payload.length }, 'malformed start payload');
  await ctx.reply(ctx.t('invite-malformed'));
});
