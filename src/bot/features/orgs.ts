import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { z } from 'zod';
import type { OrgNameError, Scope } from '../../orgs/rules.js';
import { unitStats } from '../../orgs/stats.js';
import { orgOfUnit, parentOf } from '../../orgs/tree.js';
import type { Collection } from '../../store/index.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { clearStep, expectText, registerFlow } from '../flows.js';
import { orgId, orgLabel, orgTitle, page, shortName } from './org-names.js';
import { orgsLinksFeature, sendLinks, unitsButton } from './orgs-links.js';
import { refuseOutOfScope } from './scope-guard.js';
import { staffOnly } from './staff-guard.js';

/**
 * /tochuc (/orgs): the caller's organisation and those under it, with unit counts; a child is
 * opened, renamed, removed when empty, or its links shown; /tochuc moi TÊN creates a child.
 * Every button names an organisation and is checked against the presser's scope again here.
 */
export const orgsFeature = new Composer<BotContext>();

type Keyboard = InlineKeyboardButton[][];
const kb = (rows: Keyboard) => ({ reply_markup: { inline_keyboard: rows } });
const PAGE = 10;

export const viewButton = callbackData('og-v', z.tuple([orgId, page]));
const orgButton = callbackData('og-a', z.tuple([z.enum(['links', 'rename', 'remove', 'remove-yes']), orgId]));
const renameCancel = callbackData('og-rnx', z.tuple([]));

/** A rename waiting for its new name, per chat and user (in the store: replicas share it). */
interface PendingRename {
  org: string;
  expiresAt: string;
}
const RENAME_TTL_MS = 10 * 60_000;
const pendingOf = (ctx: BotContext): Collection<PendingRename> =>
  ctx.deps.store.collection<PendingRename>('org-renames', { cache: 1000 });
const pendingKey = (ctx: BotContext) => `${ctx.chat?.id}:${ctx.from?.id}`;

export function nameErrorText(ctx: BotContext, error: OrgNameError, name: string): string {
  return ctx.t(`orgs-name-${error}`, { min: 2, max: 120, name: shortName(name, 60) });
}

/** One organisation's card: its own units, its children (a page of them) with counts, buttons. */
function orgView(
  ctx: BotContext,
  scope: Scope,
  id: string,
  at: number,
): { text: string; keyboard: Keyboard } {
  const { orgs, staff, pack } = ctx.deps;
  const tree = orgs.tree();
  const stats = unitStats(pack, tree, id, ctx.deps.units, staff.today()).byOrg;
  const [own, ...children] = stats.rows;
  const pages = Math.max(1, Math.ceil(children.length / PAGE));
  const p = Math.min(at, pages - 1);
  const shown = children.slice(p * PAGE, (p + 1) * PAGE);
  const lines = [
    ctx.t('orgs-view-title', { name: orgLabel(ctx, id) }),
    orgTitle(ctx, id),
    ctx.t('orgs-view-own', { registered: own?.registered ?? 0, done: own?.done ?? 0, late: own?.late ?? 0 }),
    children.length === 0
      ? ctx.t('orgs-view-no-children')
      : ctx.t('orgs-view-children', { count: children.length }),
    ...shown.map((r) =>
      ctx.t('orgs-view-child', {
        name: orgLabel(ctx, r.type as string),
        registered: r.registered,
        done: r.done,
        late: r.late,
      }),
    ),
  ];
  if (pages > 1) lines.push(ctx.t('orgs-view-page', { page: p + 1, pages }));
  const keyboard: Keyboard = shown.map((r) => [
    Markup.button.callback(
      ctx.t('orgs-button-open', { name: shortName(orgLabel(ctx, r.type as string), 40) }),
      viewButton.pack(r.type as string, 0),
    ),
  ]);
  const nav: InlineKeyboardButton[] = [];
  if (p > 0) nav.push(Markup.button.callback(ctx.t('orgs-button-prev'), viewButton.pack(id, p - 1)));
  if (p < pages - 1) nav.push(Markup.button.callback(ctx.t('orgs-button-next'), viewButton.pack(id, p + 1)));
  if (nav.length > 0) keyboard.push(nav);
  const actions = [Markup.button.callback(ctx.t('orgs-button-links'), orgButton.pack('links', id))];
  if (id !== scope.org) {
    actions.push(Markup.button.callback(ctx.t('orgs-button-rename'), orgButton.pack('rename', id)));
    if (children.length === 0 && (own?.registered ?? 0) === 0)
      actions.push(Markup.button.callback(ctx.t('orgs-button-remove'), orgButton.pack('remove', id)));
  }
  keyboard.push(actions);
  keyboard.push([Markup.button.callback(ctx.t('orgs-button-units'), unitsButton.pack(id, 0))]);
  const up = parentOf(tree, id);
  if (id !== scope.org && up !== undefined)
    keyboard.push([Markup.button.callback(ctx.t('orgs-button-up'), viewButton.pack(up, 0))]);
  return { text: lines.join('\n'), keyboard };
}

async function createChild(ctx: BotContext, scope: Scope, rawName: string): Promise<void> {
  const { orgs } = ctx.deps;
  if (rawName.trim() === '') {
    await ctx.reply(ctx.t('orgs-new-usage'));
    return;
  }
  const made = await orgs.create(scope.org, rawName, ctx.from?.id as number);
  if (made.kind === 'bad-name') {
    await ctx.reply(nameErrorText(ctx, made.error, rawName.trim()));
    return;
  }
  if (made.kind !== 'ok') {
    await ctx.reply(ctx.t('orgs-unknown'));
    return;
  }
  await ctx.deps.staff.audit.record({
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action: 'orgs.created',
    outcome: 'ok',
    detail: { org: made.org.id, parent: scope.org },
  });
  await ctx.reply(ctx.t('orgs-created', { name: made.org.name, parent: orgLabel(ctx, scope.org) }));
  await sendLinks(ctx, made.org.id);
}

registerCommand(orgsFeature, 'tochuc', async (ctx) => {
  const m = /^(moi|mới|new)(?:\s+([\s\S]*))?$/iu.exec(ctx.payload.trim());
  const scope = ctx.scope as Scope;
  if (m) {
    await createChild(ctx, scope, m[2] ?? '');
    return;
  }
  const view = orgView(ctx, scope, scope.org, 0);
  await ctx.reply(view.text, kb(view.keyboard));
});

/** Unpacks a button naming an organisation; refuses (audited, nothing named) outside the scope. */
async function pressedOrg<T extends unknown[]>(
  ctx: BotContext,
  button: { unpack(data: string | undefined): T | undefined },
  action: string,
  idAt: number,
): Promise<{ fields: T; scope: Scope } | undefined> {
  const fields = button.unpack(
    ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined,
  );
  if (!fields) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return undefined;
  }
  const id = String(fields[idAt]);
  if (!(await staffOnly(ctx, action, { org: id }))) return undefined;
  const scope = ctx.scope as Scope;
  if (!scope.hasOrg(id) || !ctx.deps.orgs.get(id)) {
    await refuseOutOfScope(ctx, action, { org: id });
    return undefined;
  }
  return { fields, scope };
}

orgsFeature.action(viewButton.trigger, async (ctx) => {
  const got = await pressedOrg(ctx, viewButton, 'orgs.view', 0);
  if (!got) return;
  const [id, p] = got.fields;
  const view = orgView(ctx, got.scope, id, p);
  await ctx.answerCbQuery();
  await ctx
    .editMessageText(view.text, kb(view.keyboard))
    .catch(() => ctx.reply(view.text, kb(view.keyboard)));
});

orgsFeature.action(orgButton.trigger, async (ctx) => {
  const got = await pressedOrg(ctx, orgButton, 'orgs.action', 1);
  if (!got) return;
  const [act, id] = got.fields;
  await ctx.answerCbQuery();
  const name = orgLabel(ctx, id);
  if (act === 'links') return sendLinks(ctx, id);
  // Renaming and removing act on organisations below the caller's own, never on it.
  if (id === got.scope.org) {
    await ctx.reply(ctx.t(act === 'rename' ? 'orgs-rename-root' : 'orgs-remove-own'));
    return;
  }
  if (act === 'rename') {
    const expiresAt = new Date(ctx.deps.clock.now().getTime() + RENAME_TTL_MS).toISOString();
    await pendingOf(ctx).set(pendingKey(ctx), { org: id, expiresAt });
    await expectText(ctx, 'orgs.rename', RENAME_TTL_MS);
    await ctx.reply(
      ctx.t('orgs-rename-ask', { name }),
      kb([[Markup.button.callback(ctx.t('orgs-button-cancel'), renameCancel.pack())]]),
    );
    return;
  }
  if (act === 'remove') {
    await ctx.reply(
      ctx.t('orgs-remove-ask', { name }),
      kb([
        [Markup.button.callback(ctx.t('orgs-button-remove-yes'), orgButton.pack('remove-yes', id))],
        [Markup.button.callback(ctx.t('orgs-button-cancel'), renameCancel.pack())],
      ]),
    );
    return;
  }
  await removeOrg(ctx, id, name);
});

async function removeOrg(ctx: BotContext, id: string, name: string): Promise<void> {
  const { orgs, units } = ctx.deps;
  const held = (org: string) =>
    units.all().filter((u) => u.inactiveReason !== 'unregistered' && orgOfUnit(orgs.tree(), u) === org)
      .length;
  const count = held(id);
  const verdict = await orgs.remove(id, held);
  await ctx.deps.staff.audit.record({
    userId: ctx.from?.id,
    chatId: ctx.chat?.id,
    action: 'orgs.remove',
    outcome: verdict === 'ok' ? 'ok' : 'refused',
    detail: { org: id, reason: verdict },
  });
  const key =
    verdict === 'ok'
      ? 'orgs-removed'
      : verdict === 'has-units'
        ? 'orgs-remove-has-units'
        : verdict === 'has-children'
          ? 'orgs-remove-has-children'
          : verdict === 'root'
            ? 'orgs-remove-root'
            : 'orgs-unknown';
  await ctx.reply(ctx.t(key, { name, count }));
}

orgsFeature.action(renameCancel.trigger, async (ctx) => {
  await pendingOf(ctx).delete(pendingKey(ctx));
  await clearStep(ctx);
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t('orgs-rename-cancelled')).catch(() => undefined);
});

/** The new name of a pending rename: the next text of the same user, routed by its pending step. */
registerFlow('orgs.rename', async (ctx, _step, next) => {
  const pending = await pendingOf(ctx).get(pendingKey(ctx));
  if (
    ctx.chat?.type !== 'private' ||
    !pending ||
    Date.parse(pending.expiresAt) <= ctx.deps.clock.now().getTime()
  ) {
    await clearStep(ctx);
    return next();
  }
  if (!(await staffOnly(ctx, 'orgs.rename', { org: pending.org }))) return;
  const scope = ctx.scope as Scope;
  if (!scope.hasOrg(pending.org) || pending.org === scope.org) {
    await pendingOf(ctx).delete(pendingKey(ctx));
    await clearStep(ctx);
    await refuseOutOfScope(ctx, 'orgs.rename', { org: pending.org });
    return;
  }
  const renamed = await ctx.deps.orgs.rename(pending.org, ctx.message.text);
  if (renamed.kind === 'bad-name') {
    // The rename stays pending: the next message may be a better name.
    await ctx.reply(nameErrorText(ctx, renamed.error, ctx.message.text.trim()));
    return;
  }
  await pendingOf(ctx).delete(pendingKey(ctx));
  await clearStep(ctx);
  if (renamed.kind !== 'ok') {
    await ctx.reply(ctx.t(renamed.kind === 'root' ? 'orgs-rename-root' : 'orgs-unknown'));
    return;
  }
  await ctx.reply(ctx.t('orgs-renamed', { name: renamed.org.name }));
});

orgsFeature.use(orgsLinksFeature);
