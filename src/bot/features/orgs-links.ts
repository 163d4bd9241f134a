import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { z } from 'zod';
import { STAFF_INVITE_TTL_MS } from '../../orgs/invitations.js';
import { ROOT } from '../../orgs/org.js';
import type { Scope } from '../../orgs/rules.js';
import { orgOfUnit, pathOf } from '../../orgs/tree.js';
import { showInstant } from '../../staff/render.js';
import { isRegistered } from '../../units/rules.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { orgId, orgLabel, page, shortName } from './org-names.js';
import { refuseOutOfScope } from './scope-guard.js';
import { staffOnly } from './staff-guard.js';

/**
 * Invitation links (/moi), the staff list (/canbo), moving a unit between organisations, and the
 * deep links that open them: `/start s…` (become staff) and `/start r…` (register into an org).
 */
export const orgsLinksFeature = new Composer<BotContext>();

type Keyboard = InlineKeyboardButton[][];
const kb = (rows: Keyboard) => ({ reply_markup: { inline_keyboard: rows } });
const PAGE = 10;
const chatId = z.coerce.number().int().safe();

const revokeButton = callbackData('og-rv', z.tuple([orgId]));
export const unitsButton = callbackData('og-u', z.tuple([orgId, page]));
const moveButton = callbackData('og-m', z.tuple([chatId, page]));
const moveToButton = callbackData('og-mt', z.tuple([chatId, orgId]));
const removeStaffButton = callbackData('og-sr', z.tuple([z.coerce.number().int().positive().safe()]));

const linkTo = (ctx: BotContext, kind: 'start' | 'startgroup', payload: string) =>
  `https://t.me/${ctx.botInfo.username}?${kind}=${payload}`;

/** An organisation's links: a fresh staff invitation, and its registration link (made once). */
export async function sendLinks(ctx: BotContext, id: string): Promise<void> {
  const { orgs, clock, config } = ctx.deps;
  const by = ctx.from?.id as number;
  const invite = await orgs.issueStaffInvite(id, by);
  const register = await orgs.registrationLink(id, by);
  if (!invite || !register) {
    await ctx.reply(ctx.t('orgs-unknown'));
    return;
  }
  const expires = showInstant(new Date(clock.now().getTime() + STAFF_INVITE_TTL_MS), config.timezone);
  await ctx.deps.staff.audit.record({
    userId: by,
    chatId: ctx.chat?.id,
    action: 'orgs.links',
    outcome: 'ok',
    detail: { org: id },
  });
  await ctx.reply(
    [
      ctx.t('orgs-links-title', { name: orgLabel(ctx, id) }),
      '',
      ctx.t('orgs-links-staff', { link: linkTo(ctx, 'start', invite), expires }),
      '',
      ctx.t('orgs-links-register', { link: linkTo(ctx, 'start', register) }),
      ctx.t('orgs-links-group', { link: linkTo(ctx, 'startgroup', register) }),
      '',
      ctx.t('orgs-links-note'),
    ].join('\n'),
    {
      ...kb([[Markup.button.callback(ctx.t('orgs-button-revoke'), revokeButton.pack(id))]]),
      link_preview_options: { is_disabled: true },
    },
  );
}

registerCommand(orgsLinksFeature, 'moi', async (ctx) => {
  await sendLinks(ctx, (ctx.scope as Scope).org);
});

/** Unpacks a button and passes the staff gate; `id` picks the organisation it names, if any. */
async function pressed<T extends unknown[]>(
  ctx: BotContext,
  button: { unpack(data: string | undefined): T | undefined },
  action: string,
): Promise<{ fields: T; scope: Scope } | undefined> {
  const fields = button.unpack(
    ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined,
  );
  if (!fields) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return undefined;
  }
  if (!(await staffOnly(ctx, action, { target: String(fields[0]) }))) return undefined;
  return { fields, scope: ctx.scope as Scope };
}

orgsLinksFeature.action(revokeButton.trigger, async (ctx) => {
  const got = await pressed(ctx, revokeButton, 'orgs.revoke');
  if (!got) return;
  const [id] = got.fields;
  if (!got.scope.hasOrg(id)) return refuseOutOfScope(ctx, 'orgs.revoke', { org: id });
  const done = await ctx.deps.orgs.revokeRegistration(id);
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t(done ? 'orgs-revoked' : 'orgs-revoke-none', { name: orgLabel(ctx, id) }));
});

// ---- units directly in an organisation, and moving one

orgsLinksFeature.action(unitsButton.trigger, async (ctx) => {
  const got = await pressed(ctx, unitsButton, 'orgs.units');
  if (!got) return;
  const [id, at] = got.fields;
  if (!got.scope.hasOrg(id) || !ctx.deps.orgs.get(id))
    return refuseOutOfScope(ctx, 'orgs.units', { org: id });
  const tree = ctx.deps.orgs.tree();
  const units = ctx.deps.units
    .all()
    .filter((u) => isRegistered(u) && orgOfUnit(tree, u) === id)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  await ctx.answerCbQuery();
  const name = orgLabel(ctx, id);
  if (units.length === 0) {
    await ctx.reply(ctx.t('orgs-units-none', { name }));
    return;
  }
  const pages = Math.ceil(units.length / PAGE);
  const p = Math.min(at, pages - 1);
  const rows: Keyboard = units
    .slice(p * PAGE, (p + 1) * PAGE)
    .map((u) => [Markup.button.callback(shortName(u.name, 50), moveButton.pack(u.chatId, 0))]);
  const nav: InlineKeyboardButton[] = [];
  if (p > 0) nav.push(Markup.button.callback(ctx.t('orgs-button-prev'), unitsButton.pack(id, p - 1)));
  if (p < pages - 1) nav.push(Markup.button.callback(ctx.t('orgs-button-next'), unitsButton.pack(id, p + 1)));
  if (nav.length > 0) rows.push(nav);
  const text = [ctx.t('orgs-units-title', { name, count: units.length })];
  if (pages > 1) text.push(ctx.t('orgs-view-page', { page: p + 1, pages }));
  await ctx.reply(text.join('\n'), kb(rows));
});

/** The unit a button names, when the presser's scope covers it; otherwise refused. */
async function unitInScope(ctx: BotContext, scope: Scope, id: number, action: string) {
  const unit = ctx.deps.units.get(id);
  if (!isRegistered(unit)) {
    await ctx.answerCbQuery(ctx.t('orgs-move-unknown'), { show_alert: true });
    return undefined;
  }
  if (!scope.hasUnit(unit)) {
    await refuseOutOfScope(ctx, action, { unit: id });
    return undefined;
  }
  return unit;
}

orgsLinksFeature.action(moveButton.trigger, async (ctx) => {
  const got = await pressed(ctx, moveButton, 'orgs.move');
  if (!got) return;
  const [id, at] = got.fields;
  const unit = await unitInScope(ctx, got.scope, id, 'orgs.move');
  if (!unit) return;
  const tree = ctx.deps.orgs.tree();
  // Every organisation of the caller's subtree, in tree order (path by path).
  const targets = [...got.scope.orgs]
    .map((o) => ({
      o,
      path: pathOf(tree, o)
        .map((x) => orgLabel(ctx, x))
        .join(' › '),
    }))
    .sort((a, b) => a.path.localeCompare(b.path, 'vi'));
  const pages = Math.ceil(targets.length / PAGE);
  const p = Math.min(at, pages - 1);
  const rows: Keyboard = targets
    .slice(p * PAGE, (p + 1) * PAGE)
    .map((t) => [Markup.button.callback(shortName(orgLabel(ctx, t.o), 50), moveToButton.pack(id, t.o))]);
  const nav: InlineKeyboardButton[] = [];
  if (p > 0) nav.push(Markup.button.callback(ctx.t('orgs-button-prev'), moveButton.pack(id, p - 1)));
  if (p < pages - 1) nav.push(Markup.button.callback(ctx.t('orgs-button-next'), moveButton.pack(id, p + 1)));
  if (nav.length > 0) rows.push(nav);
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t('orgs-move-ask', { name: unit.name }), kb(rows));
});

orgsLinksFeature.action(moveToButton.trigger, async (ctx) => {
  const got = await pressed(ctx, moveToButton, 'orgs.move');
  if (!got) return;
  const [id, target] = got.fields;
  const unit = await unitInScope(ctx, got.scope, id, 'orgs.move');
  if (!unit) return;
  const { orgs, units, staff } = ctx.deps;
  const verdict = await orgs.moveUnit(units, got.scope, id, target);
  await staff.audit.record({
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action: 'orgs.move',
    outcome: verdict === 'ok' ? 'ok' : 'refused',
    detail: { unit: id, org: target, reason: verdict },
  });
  if (verdict === 'unit-outside' || verdict === 'target-outside')
    return refuseOutOfScope(ctx, 'orgs.move', { unit: id });
  await ctx.answerCbQuery();
  if (verdict === 'unknown') {
    await ctx.reply(ctx.t('orgs-move-unknown'));
    return;
  }
  const key = verdict === 'same' ? 'orgs-move-same' : 'orgs-moved';
  await ctx.reply(ctx.t(key, { name: unit.name, org: orgLabel(ctx, target) }));
});

// ---- /canbo: the staff of the caller's subtree

const whoOf = (name: string | undefined, userId: number) => (name ? `${name} (${userId})` : String(userId));

registerCommand(orgsLinksFeature, 'canbo', async (ctx) => {
  const scope = ctx.scope as Scope;
  const { orgs } = ctx.deps;
  const members = orgs.staffWithin(scope);
  const admins = scope.isRoot ? orgs.adminIds : [];
  const lines = [
    ...admins.map((a) => ctx.t('orgs-staff-admin', { who: whoOf(undefined, a), org: orgLabel(ctx, ROOT) })),
    ...members.map((m) =>
      ctx.t('orgs-staff-line', { who: whoOf(m.name, m.userId), org: orgLabel(ctx, m.org) }),
    ),
  ];
  const head = ctx.t('orgs-staff-title', { name: orgLabel(ctx, scope.org), count: lines.length });
  if (members.length === 0) lines.push(ctx.t('orgs-staff-none'));
  const rows: Keyboard = members
    .filter((m) => m.userId !== scope.userId)
    .slice(0, 50)
    .map((m) => [
      Markup.button.callback(
        ctx.t('orgs-staff-remove', { who: shortName(whoOf(m.name, m.userId), 40) }),
        removeStaffButton.pack(m.userId),
      ),
    ]);
  await ctx.reply([head, ...lines].join('\n'), kb(rows));
});

orgsLinksFeature.action(removeStaffButton.trigger, async (ctx) => {
  const got = await pressed(ctx, removeStaffButton, 'orgs.staff-remove');
  if (!got) return;
  const [target] = got.fields;
  const member = ctx.deps.orgs.memberOf(target);
  const verdict = await ctx.deps.orgs.removeStaff(got.scope, target);
  await ctx.deps.staff.audit.record({
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action: 'orgs.staff-remove',
    outcome: verdict === 'ok' ? 'ok' : 'refused',
    detail: { target, reason: verdict },
  });
  if (verdict === 'outside') return refuseOutOfScope(ctx, 'orgs.staff-remove', { target });
  await ctx.answerCbQuery();
  const key = {
    ok: 'orgs-staff-removed',
    self: 'orgs-staff-self',
    admin: 'orgs-staff-admin-refused',
    unknown: 'orgs-staff-unknown',
  }[verdict];
  await ctx.reply(ctx.t(key, { who: whoOf(member?.name, target) }));
});
