import { Composer, Markup } from 'telegraf';
import { message } from 'telegraf/filters';
import { dayIn, parseUserDay, showDay, showTime, YEARS } from '../../calendar.js';
import {
  isRegistered,
  markDone,
  setCongressDate,
  setPaused,
  statusOf,
  undoDone,
  unregister,
} from '../../units/rules.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { resolveLang } from '../language.js';
import { openStepsLine } from './readiness.js';
import { mayManage } from './secretary-guard.js';

import {
  chatTypeOf,
  cmd,
  dropButtons,
  now,
  registeredUnit,
  stale,
  unitDoneButton,
  unitUnregButton,
} from './units-common.js';

/**
 * A registered unit: /ngaydaihoi, /hoanthanh, /huydangky, /tamdung, /tieptuc, /bangiao,
 * /nhanbangiao; the bot blocked, removed or back; group to supergroup. The rules live in
 * src/units; this file only translates Telegram to them.
 */
export const unitsManageFeature = new Composer<BotContext>();

// ---- Congress date

registerCommand(unitsManageFeature, 'ngaydaihoi', async (ctx) => {
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

registerCommand(unitsManageFeature, 'hoanthanh', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  if (unit.doneAt) {
    const day = showDay(dayIn(ctx.deps.config.timezone, new Date(unit.doneAt)));
    await ctx.reply(ctx.t('units-done-already', { name: unit.name, day }), undoKeyboard(ctx));
    return;
  }
  const open = openStepsLine(ctx, unit);
  await ctx.reply(
    [ctx.t('units-done-confirm', { name: unit.name }), ...(open ? [open] : [])].join('\n'),
    Markup.inlineKeyboard([
      Markup.button.callback(ctx.t('units-button-confirm-done'), unitDoneButton.pack('yes')),
      Markup.button.callback(ctx.t('units-button-cancel'), unitDoneButton.pack('no')),
    ]),
  );
});

unitsManageFeature.action(unitDoneButton.trigger, async (ctx) => {
  const parsed = unitDoneButton.of(ctx);
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

registerCommand(unitsManageFeature, 'huydangky', async (ctx) => {
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

unitsManageFeature.action(unitUnregButton.trigger, async (ctx) => {
  const parsed = unitUnregButton.of(ctx);
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
  registerCommand(unitsManageFeature, name, async (ctx) => {
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

registerCommand(unitsManageFeature, 'bangiao', async (ctx) => {
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

registerCommand(unitsManageFeature, 'nhanbangiao', async (ctx) => {
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

unitsManageFeature.on('my_chat_member', async (ctx) => {
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

unitsManageFeature.on(message('migrate_to_chat_id'), async (ctx) => {
  await ctx.deps.units.migrate(ctx.chat.id, ctx.message.migrate_to_chat_id);
});

unitsManageFeature.on(message('migrate_from_chat_id'), async (ctx) => {
  await ctx.deps.units.migrate(ctx.message.migrate_from_chat_id, ctx.chat.id);
});
