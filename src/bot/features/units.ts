import { Composer, Markup } from 'telegraf';
import { showDay } from '../../calendar.js';
import { congressWindow } from '../../knowledge/pack.js';
import { DRAFT_TTL_MS, type Draft } from '../../units/drafts.js';
import { checkName, isRegistered, parseOneLine, register, statusOf } from '../../units/rules.js';
import type { Unit } from '../../units/unit.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { clearStep, expectText, type FlowHandler, registerFlow } from '../flows.js';
import { readinessLines } from './readiness.js';
import { mayManage } from './secretary-guard.js';
import {
  chatTypeOf,
  cmd,
  dropButtons,
  nameError,
  now,
  registeredUnit,
  stale,
  typeName,
  unitStepButton,
  unitTypeButton,
} from './units-common.js';
import { unitsManageFeature } from './units-manage.js';

/**
 * Units: /dangky (guided or one line) and /trangthai here; what a registered unit does next in
 * units-manage.ts. The rules live in src/units; these files only translate Telegram to them.
 */
export const unitsFeature = new Composer<BotContext>();

/** Fresh unit for this chat; a message from a chat marked blocked or removed means it is reachable again. */
unitsFeature.use(async (ctx, next) => {
  const chatId = ctx.chat?.id;
  if ((ctx.message || ctx.callbackQuery) && chatId !== undefined) {
    // Behind replicas on a shared store, another process may have changed this unit.
    const unit = await ctx.deps.units.refresh(chatId);
    if (
      ctx.message &&
      unit &&
      !unit.active &&
      (unit.inactiveReason === 'blocked' || unit.inactiveReason === 'removed')
    )
      await ctx.deps.units.markBack(chatId);
  }
  return next();
});

// ---- Status

function statusText(ctx: BotContext, unit: Unit): string {
  const { pack, config } = ctx.deps;
  const s = statusOf(unit, pack, now(ctx), config.timezone);
  const lines = [ctx.t('units-status-unit', { name: unit.name, type: typeName(ctx, unit.type) })];
  if (unit.parent) lines.push(ctx.t('units-status-parent', { parent: unit.parent }));
  if (unit.pilot) lines.push(ctx.t('units-status-pilot'));
  if (s.window) {
    lines.push(
      ctx.t('units-status-window', {
        first: showDay(s.window.first),
        last: showDay(s.window.last),
        wording: s.window.wording[ctx.lang],
      }),
    );
    if (s.window.approximate) lines.push(ctx.t('units-status-approximate'));
  }
  const st = s.standing;
  if (st?.kind === 'done') lines.push(ctx.t('units-status-done', { day: showDay(st.doneDay) }));
  else if (st?.kind === 'upcoming')
    lines.push(ctx.t('units-status-upcoming', { open: st.daysToOpen, days: st.daysLeft }));
  else if (st?.kind === 'open') lines.push(ctx.t('units-status-open', { days: st.daysLeft }));
  else if (st?.kind === 'overdue') lines.push(ctx.t('units-status-overdue', { days: st.daysOver }));
  if (unit.congressDate) {
    lines.push(ctx.t('units-status-date', { day: showDay(unit.congressDate) }));
    if (s.dateOutside) lines.push(ctx.t('units-status-date-outside'));
  } else {
    lines.push(ctx.t('units-status-date-none', { command: cmd(ctx, 'ngaydaihoi') }));
  }
  lines.push(
    ctx.t(`units-status-reminders-${s.reminders}`, {
      pause: cmd(ctx, 'tamdung'),
      resume: cmd(ctx, 'tieptuc'),
    }),
  );
  if (!unit.active && unit.inactiveReason) lines.push(ctx.t(`units-status-inactive-${unit.inactiveReason}`));
  lines.push(...readinessLines(ctx, unit));
  return lines.join('\n');
}

registerCommand(unitsFeature, 'trangthai', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (unit) await ctx.reply(statusText(ctx, unit));
});

// ---- Registration

const typeKeyboard = (ctx: BotContext) =>
  Markup.inlineKeyboard([
    ...ctx.deps.pack.unitTypes.map((t) => [
      Markup.button.callback(t.name[ctx.lang], unitTypeButton.pack(t.code)),
    ]),
    [Markup.button.callback(ctx.t('units-button-cancel'), unitStepButton.pack('cancel'))],
  ]);

/** In a group with privacy mode the bot sees only replies to it: ask for a reply there. */
const askText = (ctx: BotContext): { reply_markup?: { force_reply: true; selective: true } } =>
  ctx.chat?.type === 'private' ? {} : { reply_markup: { force_reply: true, selective: true } };

const groupHint = (ctx: BotContext) =>
  ctx.chat?.type === 'private' ? '' : `\n${ctx.t('units-group-reply-hint')}`;

/** The guided /dangky from its first step; `org` when a registration link started it. */
export async function startGuided(
  ctx: BotContext,
  chatId: number,
  userId: number,
  org?: string,
): Promise<void> {
  await saveDraft(ctx, chatId, { step: 'type', userId, ...(org ? { org } : {}) });
  await ctx.reply(ctx.t('units-ask-type'), typeKeyboard(ctx));
}

async function finish(ctx: BotContext, draft: Draft, pilot: boolean | undefined): Promise<void> {
  const chat = ctx.chat;
  const chatType = chatTypeOf(ctx);
  if (!chat || !chatType || !ctx.from || !draft.type || !draft.name) return stale(ctx);
  const { units } = ctx.deps;
  const type = draft.type;
  const name = draft.name;
  const unit = await units.update(chat.id, (current) =>
    register(
      current,
      {
        chatId: chat.id,
        chatType,
        type,
        name,
        // The one-line update keeps what the guided form set earlier.
        parent: pilot === undefined ? current?.parent : draft.parent,
        pilot: pilot ?? current?.pilot ?? false,
        secretaryId: ctx.from?.id ?? 0,
        org: draft.org,
      },
      now(ctx),
    ),
  );
  await dropDraft(ctx, chat.id, ctx.from.id);
  if (!unit) return;
  const window = congressWindow(ctx.deps.pack, unit.type, unit.pilot);
  await ctx.reply(
    [
      ctx.t('units-registered', { name: unit.name, type: typeName(ctx, unit.type) }),
      ...(window
        ? [ctx.t('units-registered-window', { first: showDay(window.first), last: showDay(window.last) })]
        : []),
      ctx.t('units-registered-next', { status: cmd(ctx, 'trangthai'), date: cmd(ctx, 'ngaydaihoi') }),
    ].join('\n'),
  );
}

registerCommand(unitsFeature, 'dangky', async (ctx) => {
  const chatType = chatTypeOf(ctx);
  if (!chatType) return;
  const userId = ctx.from.id;
  const existing = ctx.deps.units.get(ctx.chat.id);
  const line = parseOneLine(ctx.deps.pack, ctx.payload);
  const example = `${cmd(ctx, 'dangky')} chi-bo-co-so ${ctx.t('units-example-name')}`;
  switch (line.kind) {
    case 'unknown-type': {
      const codes = ctx.deps.pack.unitTypes.map((t) => `• ${t.code} — ${t.name[ctx.lang]} (${t.short})`);
      await ctx.reply(
        [
          ctx.t('units-unknown-type', { given: line.given }),
          ...codes,
          ctx.t('units-example', { example }),
        ].join('\n'),
      );
      return;
    }
    case 'bad-name':
      await ctx.reply(`${nameError(ctx, line.error)}\n${ctx.t('units-example', { example })}`);
      return;
    case 'empty':
      if (isRegistered(existing)) {
        await saveDraft(ctx, ctx.chat.id, { step: 'confirm-update', userId });
        await ctx.reply(ctx.t('units-already', { name: existing.name }), updateKeyboard(ctx));
        return;
      }
      await startGuided(ctx, ctx.chat.id, userId);
      return;
    case 'ok': {
      if (isRegistered(existing)) {
        if (existing.type === line.type && existing.name === line.name) {
          await ctx.reply(ctx.t('units-unchanged', { name: existing.name }));
          return;
        }
        await saveDraft(ctx, ctx.chat.id, {
          step: 'confirm-update',
          userId,
          type: line.type,
          name: line.name,
        });
        await ctx.reply(
          ctx.t('units-already-one-line', {
            name: existing.name,
            newName: line.name,
            newType: typeName(ctx, line.type),
          }),
          updateKeyboard(ctx),
        );
        return;
      }
      const draft = await saveDraft(ctx, ctx.chat.id, {
        step: 'confirm-update',
        userId,
        type: line.type,
        name: line.name,
      });
      await finish(ctx, draft, undefined);
    }
  }
});

const updateKeyboard = (ctx: BotContext) =>
  Markup.inlineKeyboard([
    Markup.button.callback(ctx.t('units-button-update'), unitStepButton.pack('update')),
    Markup.button.callback(ctx.t('units-button-keep'), unitStepButton.pack('keep')),
  ]);

/** The draft this press or message belongs to: same chat, same user, not expired. */
async function draftOf(ctx: BotContext): Promise<Draft | undefined> {
  if (!ctx.chat || !ctx.from) return undefined;
  return ctx.deps.units.drafts.get(ctx.chat.id, ctx.from.id);
}

/** Saves the draft; a step that waits for text (name, parent) is recorded for the flow router. */
async function saveDraft(ctx: BotContext, chatId: number, draft: Omit<Draft, 'expiresAt'>): Promise<Draft> {
  const saved = await ctx.deps.units.drafts.set(chatId, draft);
  if (draft.step === 'name' || draft.step === 'parent')
    await expectText(ctx, `units.${draft.step}`, DRAFT_TTL_MS);
  else await clearStep(ctx);
  return saved;
}

async function dropDraft(ctx: BotContext, chatId: number, userId: number): Promise<void> {
  await ctx.deps.units.drafts.clear(chatId, userId);
  await clearStep(ctx);
}

unitsFeature.action(unitTypeButton.trigger, async (ctx) => {
  const parsed = unitTypeButton.of(ctx);
  const type = parsed && ctx.deps.pack.unitTypes.find((t) => t.code === parsed[0]);
  if (!type || !ctx.chat) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  const draft = await draftOf(ctx);
  if (draft?.step !== 'type') return stale(ctx);
  await saveDraft(ctx, ctx.chat.id, { ...draft, step: 'name', type: type.code });
  await ctx.answerCbQuery();
  await dropButtons(ctx);
  await ctx.reply(
    `${ctx.t('units-ask-name', { type: type.name[ctx.lang], min: 2, max: 120 })}${groupHint(ctx)}`,
    askText(ctx),
  );
});

unitsFeature.action(unitStepButton.trigger, async (ctx) => {
  const parsed = unitStepButton.of(ctx);
  if (!parsed || !ctx.chat || !ctx.from) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  const [step] = parsed;
  const draft = await draftOf(ctx);
  if (!draft) return stale(ctx);
  switch (step) {
    case 'cancel':
    case 'keep':
      await dropDraft(ctx, ctx.chat.id, ctx.from.id);
      await ctx.answerCbQuery();
      await dropButtons(ctx);
      await ctx.reply(ctx.t(step === 'cancel' ? 'units-cancelled' : 'units-kept'));
      return;
    case 'update':
      if (draft.step !== 'confirm-update') return stale(ctx);
      await ctx.answerCbQuery();
      await dropButtons(ctx);
      if (draft.type && draft.name) return finish(ctx, draft, undefined);
      await startGuided(ctx, ctx.chat.id, ctx.from.id);
      return;
    case 'skip-parent': {
      if (draft.step !== 'parent') return stale(ctx);
      const next = { ...draft, step: 'pilot' as const };
      delete next.parent;
      await saveDraft(ctx, ctx.chat.id, next);
      await ctx.answerCbQuery();
      await dropButtons(ctx);
      await askPilot(ctx);
      return;
    }
    case 'pilot-yes':
    case 'pilot-no':
      if (draft.step !== 'pilot') return stale(ctx);
      await ctx.answerCbQuery();
      await dropButtons(ctx);
      await finish(ctx, draft, step === 'pilot-yes');
      return;
  }
});

async function askPilot(ctx: BotContext): Promise<void> {
  await ctx.reply(
    ctx.t('units-ask-pilot'),
    Markup.inlineKeyboard([
      [
        Markup.button.callback(ctx.t('units-button-yes'), unitStepButton.pack('pilot-yes')),
        Markup.button.callback(ctx.t('units-button-no'), unitStepButton.pack('pilot-no')),
      ],
      [Markup.button.callback(ctx.t('units-button-cancel'), unitStepButton.pack('cancel'))],
    ]),
  );
}

/** The name and the parent organisation: the next text of the same user, routed by its pending step. */
const takeName: FlowHandler = async (ctx, _step, next) => {
  const draft = await draftOf(ctx);
  const chatId = ctx.chat?.id;
  if (!draft || chatId === undefined || (draft.step !== 'name' && draft.step !== 'parent')) {
    await clearStep(ctx);
    return next();
  }
  const checked = checkName(ctx.message.text);
  if ('error' in checked) {
    await ctx.reply(`${nameError(ctx, checked.error)}${groupHint(ctx)}`, askText(ctx));
    return;
  }
  if (draft.step === 'name') {
    await saveDraft(ctx, chatId, { ...draft, step: 'parent', name: checked.name });
    await ctx.reply(
      `${ctx.t('units-ask-parent')}${groupHint(ctx)}`,
      Markup.inlineKeyboard([
        [Markup.button.callback(ctx.t('units-button-skip'), unitStepButton.pack('skip-parent'))],
        [Markup.button.callback(ctx.t('units-button-cancel'), unitStepButton.pack('cancel'))],
      ]),
    );
    return;
  }
  await saveDraft(ctx, chatId, { ...draft, step: 'pilot', parent: checked.name });
  await askPilot(ctx);
};
registerFlow('units.name', takeName);
registerFlow('units.parent', takeName);

// The unit's life after registration: date, done, unregister, pause, handover, membership.
unitsFeature.use(unitsManageFeature);
