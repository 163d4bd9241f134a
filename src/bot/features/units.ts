import { Composer, Markup } from 'telegraf';
import { message } from 'telegraf/filters';
import { z } from 'zod';
import { dayIn, parseUserDay, showDay, showTime, YEARS } from '../../calendar.js';
import { congressWindow } from '../../knowledge/pack.js';
import type { Draft } from '../../units/drafts.js';
import {
  checkName,
  isRegistered,
  markDone,
  type NameError,
  parseOneLine,
  register,
  setCongressDate,
  setPaused,
  statusOf,
  undoDone,
  unregister,
} from '../../units/rules.js';
import type { Unit } from '../../units/unit.js';
import { callbackData } from '../callback-data.js';
import { commandFor, registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { resolveLang } from '../language.js';
import { mayManage } from './secretary-guard.js';

/**
 * Units: /dangky (guided or one line), /trangthai, /ngaydaihoi, /hoanthanh, /huydangky,
 * /tamdung, /tieptuc, /bangiao, /nhanbangiao; the bot blocked, removed or back; group to
 * supergroup. The rules live in src/units; this file only translates Telegram to them.
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

export const unitTypeButton = callbackData('u-type', z.tuple([z.string().regex(/^[a-z0-9-]{1,40}$/)]));
export const unitStepButton = callbackData(
  'u-step',
  z.tuple([z.enum(['skip-parent', 'pilot-yes', 'pilot-no', 'cancel', 'update', 'keep'])]),
);
export const unitDoneButton = callbackData('u-done', z.tuple([z.enum(['yes', 'no', 'undo'])]));
export const unitUnregButton = callbackData('u-unreg', z.tuple([z.enum(['yes', 'no'])]));

const cmd = (ctx: BotContext, vi: string) => {
  const spec = commandFor(vi);
  return `/${(ctx.lang === 'vi' ? spec.vi[0] : spec.en[0]) ?? vi}`;
};
const now = (ctx: BotContext) => ctx.deps.clock.now();
const chatTypeOf = (ctx: BotContext): Unit['chatType'] | undefined => {
  const t = ctx.chat?.type;
  return t === 'private' || t === 'group' || t === 'supergroup' ? t : undefined;
};
const typeName = (ctx: BotContext, code: string) => {
  const t = ctx.deps.pack.unitTypes.find((u) => u.code === code);
  return t ? t.name[ctx.lang] : code;
};

/** Removes the buttons of the message a button was pressed on; an old message may be gone. */
async function dropButtons(ctx: BotContext): Promise<void> {
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
}

async function stale(ctx: BotContext): Promise<void> {
  await ctx.answerCbQuery(ctx.t('button-stale'));
}

/** The unit of this chat, or a reply saying there is none. */
async function registeredUnit(ctx: BotContext): Promise<Unit | undefined> {
  const unit = ctx.chat ? ctx.deps.units.get(ctx.chat.id) : undefined;
  if (isRegistered(unit)) return unit;
  await ctx.reply(ctx.t('units-not-registered', { register: cmd(ctx, 'dangky') }));
  return undefined;
}

const nameError = (ctx: BotContext, error: NameError) => ctx.t(`units-name-${error}`, { min: 2, max: 120 });

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
  await ctx.deps.units.drafts.set(chatId, { step: 'type', userId, ...(org ? { org } : {}) });
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
  await units.drafts.clear(chat.id, ctx.from.id);
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
        await ctx.deps.units.drafts.set(ctx.chat.id, { step: 'confirm-update', userId });
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
        await ctx.deps.units.drafts.set(ctx.chat.id, {
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
      const draft = await ctx.deps.units.drafts.set(ctx.chat.id, {
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

unitsFeature.action(unitTypeButton.trigger, async (ctx) => {
  const parsed = unitTypeButton.unpack('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  const type = parsed && ctx.deps.pack.unitTypes.find((t) => t.code === parsed[0]);
  if (!type || !ctx.chat) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  const draft = await draftOf(ctx);
  if (draft?.step !== 'type') return stale(ctx);
  await ctx.deps.units.drafts.set(ctx.chat.id, { ...draft, step: 'name', type: type.code });
  await ctx.answerCbQuery();
  await dropButtons(ctx);
  await ctx.reply(
    `${ctx.t('units-ask-name', { type: type.name[ctx.lang], min: 2, max: 120 })}${groupHint(ctx)}`,
    askText(ctx),
  );
});

unitsFeature.action(unitStepButton.trigger, async (ctx) => {
  const parsed = unitStepButton.unpack('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  if (!parsed || !ctx.chat || !ctx.from) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  const [step] = parsed;
  const draft = await draftOf(ctx);
  if (!draft) return stale(ctx);
  const { drafts } = ctx.deps.units;
  switch (step) {
    case 'cancel':
    case 'keep':
      await drafts.clear(ctx.chat.id, ctx.from.id);
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
      await drafts.set(ctx.chat.id, next);
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

/** The name and the parent organisation arrive as the next text message of the same user. */
unitsFeature.on(message('text'), async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  const draft = await draftOf(ctx);
  if (!draft || (draft.step !== 'name' && draft.step !== 'parent')) return next();
  const checked = checkName(ctx.message.text);
  if ('error' in checked) {
    await ctx.reply(`${nameError(ctx, checked.error)}${groupHint(ctx)}`, askText(ctx));
    return;
  }
  const { drafts } = ctx.deps.units;
  if (draft.step === 'name') {
    await drafts.set(ctx.chat.id, { ...draft, step: 'parent', name: checked.name });
    await ctx.reply(
      `${ctx.t('units-ask-parent')}${groupHint(ctx)}`,
      Markup.inlineKeyboard([
        [Markup.button.callback(ctx.t('units-button-skip'), unitStepButton.pack('skip-parent'))],
        [Markup.button.callback(ctx.t('units-button-cancel'), unitStepButton.pack('cancel'))],
      ]),
    );
    return;
  }
  await drafts.set(ctx.chat.id, { ...draft, step: 'pilot', parent: checked.name });
  await askPilot(ctx);
});

// ---- Congress date

registerCommand(unitsFeature, 'ngaydaihoi', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  const given = ctx.payload.trim();
  const example = `${cmd(ctx, 'ngaydaihoi')} 15/05/2025`;
  if (given === '') {
    const current = unit.congressDate
      ? ctx.t('units-status-date', { day: showDay(unit.congressDate) })
      : ctx.t('units-date-unset');
    await ctx.reply(`${current}\n${ctx.t('units-date-usage', { example })}`);
    return;
  }
  const parsed = parseUserDay(given);
  if ('error' in parsed) {
    const shown = [...given].slice(0, 30).join('');
    await ctx.reply(
      ctx.t(`units-date-${parsed.error}`, {
        given: shown,
        example,
        min: String(YEARS.min),
        max: String(YEARS.max),
      }),
    );
    return;
  }
  const updated = await ctx.deps.units.update(ctx.chat.id, (u) =>
    isRegistered(u) ? setCongressDate(u, parsed.day, now(ctx)) : u,
  );
  if (!isRegistered(updated)) return void (await registeredUnit(ctx));
  const lines = [ctx.t('units-date-set', { day: showDay(parsed.day) })];
  const s = statusOf(updated, ctx.deps.pack, now(ctx), ctx.deps.config.timezone);
  if (s.dateOutside && s.window)
    lines.push(ctx.t('units-date-outside', { first: showDay(s.window.first), last: showDay(s.window.last) }));
  await ctx.reply(lines.join('\n'));
});

// ---- Done, undo

const undoKeyboard = (ctx: BotContext) =>
  Markup.inlineKeyboard([Markup.button.callback(ctx.t('units-button-undo'), unitDoneButton.pack('undo'))]);

registerCommand(unitsFeature, 'hoanthanh', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  if (unit.doneAt) {
    const day = showDay(dayIn(ctx.deps.config.timezone, new Date(unit.doneAt)));
    await ctx.reply(ctx.t('units-done-already', { name: unit.name, day }), undoKeyboard(ctx));
    return;
  }
  await ctx.reply(
    ctx.t('units-done-confirm', { name: unit.name }),
    Markup.inlineKeyboard([
      Markup.button.callback(ctx.t('units-button-confirm-done'), unitDoneButton.pack('yes')),
      Markup.button.callback(ctx.t('units-button-cancel'), unitDoneButton.pack('no')),
    ]),
  );
});

unitsFeature.action(unitDoneButton.trigger, async (ctx) => {
  const parsed = unitDoneButton.unpack('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  if (!parsed || !ctx.chat) return stale(ctx);
  const chatId = ctx.chat.id;
  if (!isRegistered(ctx.deps.units.get(chatId))) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  const [choice] = parsed;
  await ctx.answerCbQuery();
  await dropButtons(ctx);
  if (choice === 'no') {
    await ctx.reply(ctx.t('units-done-cancelled'));
    return;
  }
  const unit = await ctx.deps.units.update(chatId, (u) =>
    isRegistered(u) ? (choice === 'yes' ? markDone(u, now(ctx)) : undoDone(u, now(ctx))) : u,
  );
  if (!isRegistered(unit)) return;
  if (choice === 'yes') await ctx.reply(ctx.t('units-done', { name: unit.name }), undoKeyboard(ctx));
  else await ctx.reply(ctx.t('units-undone', { name: unit.name }));
});

// ---- Unregister

registerCommand(unitsFeature, 'huydangky', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  await ctx.reply(
    ctx.t('units-unregister-confirm', { name: unit.name }),
    Markup.inlineKeyboard([
      Markup.button.callback(ctx.t('units-button-unregister'), unitUnregButton.pack('yes')),
      Markup.button.callback(ctx.t('units-button-keep-unit'), unitUnregButton.pack('no')),
    ]),
  );
});

unitsFeature.action(unitUnregButton.trigger, async (ctx) => {
  const parsed = unitUnregButton.unpack('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  if (!parsed || !ctx.chat) return stale(ctx);
  const chatId = ctx.chat.id;
  const before = ctx.deps.units.get(chatId);
  if (!isRegistered(before)) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  await ctx.answerCbQuery();
  await dropButtons(ctx);
  if (parsed[0] === 'no') {
    await ctx.reply(ctx.t('units-unregister-kept', { name: before.name }));
    return;
  }
  await ctx.deps.units.update(chatId, (u) => (isRegistered(u) ? unregister(u, now(ctx)) : u));
  await ctx.reply(ctx.t('units-unregistered', { name: before.name, register: cmd(ctx, 'dangky') }));
});

// ---- Pause, resume

for (const [name, paused] of [
  ['tamdung', true],
  ['tieptuc', false],
] as const) {
  registerCommand(unitsFeature, name, async (ctx) => {
    const unit = await registeredUnit(ctx);
    if (!unit) return;
    const after = await ctx.deps.units.update(ctx.chat.id, (u) =>
      isRegistered(u) ? setPaused(u, paused, now(ctx)) : u,
    );
    if (!isRegistered(after)) return;
    const lines = [ctx.t(paused ? 'units-paused' : 'units-resumed', { resume: cmd(ctx, 'tieptuc') })];
    if (!paused && after.doneAt) lines.push(ctx.t('units-resumed-but-done'));
    await ctx.reply(lines.join('\n'));
  });
}

// ---- Handover

registerCommand(unitsFeature, 'bangiao', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  const handover = await ctx.deps.units.issueHandover(ctx.chat.id, ctx.from.id);
  if (!handover) return;
  const tz = ctx.deps.config.timezone;
  const expires = new Date(handover.expiresAt);
  const text = ctx.t('units-handover-code', {
    name: unit.name,
    code: handover.code,
    time: showTime(expires, tz),
    day: showDay(dayIn(tz, expires)),
    takeover: `${cmd(ctx, 'nhanbangiao')} ${handover.code}`,
  });
  if (ctx.chat.type === 'private') {
    await ctx.reply(text);
    return;
  }
  // In a group every member would read the code: it goes to the administrator in private.
  try {
    await ctx.telegram.sendMessage(ctx.from.id, text);
    await ctx.reply(ctx.t('units-handover-sent-private'));
  } catch (err) {
    ctx.log.info({ err: (err as Error).message }, 'handover code not delivered in private');
    await ctx.reply(ctx.t('units-handover-open-private', { command: cmd(ctx, 'bangiao') }));
  }
});

registerCommand(unitsFeature, 'nhanbangiao', async (ctx) => {
  const chatType = chatTypeOf(ctx);
  if (!chatType) return;
  const code = ctx.payload.trim();
  if (code === '') {
    await ctx.reply(ctx.t('units-takeover-usage', { example: `${cmd(ctx, 'nhanbangiao')} ABCD-2345` }));
    return;
  }
  const result = await ctx.deps.units.takeOver(code, { chatId: ctx.chat.id, chatType, userId: ctx.from.id });
  switch (result.kind) {
    case 'unknown':
    case 'expired':
    case 'own':
    case 'private-only':
      await ctx.reply(ctx.t(`units-takeover-${result.kind}`));
      return;
    case 'taken':
      await ctx.reply(
        ctx.t('units-takeover-taken', { name: result.existing.name, unregister: cmd(ctx, 'huydangky') }),
      );
      return;
    case 'ok': {
      await ctx.reply(ctx.t('units-takeover-ok', { name: result.after.name, status: cmd(ctx, 'trangthai') }));
      // Tell the chat the unit came from, in that chat's language; a failure there changes nothing.
      const { prefs, i18n } = ctx.deps;
      const notify = result.before.chatId;
      const lang = resolveLang((await prefs.get(notify)).lang, undefined);
      const id =
        result.before.chatId === result.after.chatId
          ? 'units-handover-notice-group'
          : 'units-handover-notice-moved';
      await ctx.telegram
        .sendMessage(notify, i18n.t(lang, id, { name: result.after.name, who: ctx.from.first_name }))
        .catch((err: unknown) => ctx.log.info({ err: (err as Error).message }, 'handover notice not sent'));
    }
  }
});

// ---- The bot blocked, removed, back; group to supergroup

unitsFeature.on('my_chat_member', async (ctx) => {
  const update = ctx.myChatMember;
  const chatId = update.chat.id;
  const status = update.new_chat_member.status;
  const gone = status === 'left' || status === 'kicked';
  const { units } = ctx.deps;
  if (gone) {
    await units.markGone(chatId, update.chat.type === 'private' ? 'blocked' : 'removed');
    return;
  }
  const wasOut = update.old_chat_member.status === 'left' || update.old_chat_member.status === 'kicked';
  await units.markBack(chatId);
  // Added to a group that is no unit yet: say once how to register it.
  if (
    wasOut &&
    update.chat.type !== 'private' &&
    update.chat.type !== 'channel' &&
    !isRegistered(units.get(chatId))
  ) {
    await ctx.telegram
      .sendMessage(chatId, ctx.t('units-added-to-group', { register: cmd(ctx, 'dangky') }))
      .catch((err: unknown) => ctx.log.info({ err: (err as Error).message }, 'group greeting not sent'));
  }
});

unitsFeature.on(message('migrate_to_chat_id'), async (ctx) => {
  await ctx.deps.units.migrate(ctx.chat.id, ctx.message.migrate_to_chat_id);
});

unitsFeature.on(message('migrate_from_chat_id'), async (ctx) => {
  await ctx.deps.units.migrate(ctx.message.migrate_from_chat_id, ctx.chat.id);
});
