import { Composer, Markup } from 'telegraf';
import { z } from 'zod';
import { dayIn, showDay } from '../../calendar.js';
import { byDue, dueOf, isStepDone, progressOf, unitSteps } from '../../units/readiness.js';
import { changeStep } from '../../units/readiness-write.js';
import { isRegistered } from '../../units/rules.js';
import type { Unit } from '../../units/unit.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { mayManage } from './secretary-guard.js';
import { cmd, now, registeredUnit, stale } from './units-common.js';

/**
 * The unit's readiness checklist: /chuanbi lists the steps of its type (open ones due soonest
 * first, then those done) with one button per step; a button sets the step done or not done. The
 * button carries the unit's chat id and the state it sets, so a replayed button changes nothing
 * and a button of another unit is told apart. The rules live in src/units/readiness.ts.
 */
export const readinessFeature = new Composer<BotContext>();

/** `rd:<chat id>:<step id>:<1 to tick | 0 to untick>`. */
export const readinessButton = callbackData(
  'rd',
  z.tuple([z.coerce.number().int(), z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/), z.enum(['1', '0'])]),
);

const dayOf = (ctx: BotContext, iso: string) => showDay(dayIn(ctx.deps.config.timezone, new Date(iso)));

/** "N/M steps done" and the next open step: the lines /trangthai adds. */
export function readinessLines(ctx: BotContext, unit: Unit): string[] {
  const p = progressOf(unit, ctx.deps.pack);
  if (p.total === 0) return [];
  const lines = [ctx.t('readiness-count', { done: p.done, total: p.total })];
  const next = p.open[0];
  if (!next) lines.push(ctx.t('readiness-all-done'));
  else if (next.due)
    lines.push(ctx.t('readiness-next-due', { title: next.step.title[ctx.lang], day: showDay(next.due) }));
  else lines.push(ctx.t('readiness-next', { title: next.step.title[ctx.lang] }));
  return lines;
}

/** The open steps' titles, for /hoanthanh's confirmation; undefined when all are done. */
export function openStepsLine(ctx: BotContext, unit: Unit): string | undefined {
  const p = progressOf(unit, ctx.deps.pack);
  if (p.open.length === 0) return undefined;
  const steps = p.open.map((o) => o.step.title[ctx.lang]).join('; ');
  return ctx.t('readiness-done-open-steps', { open: p.open.length, total: p.total, steps });
}

function checklistMessage(ctx: BotContext, unit: Unit) {
  const { pack } = ctx.deps;
  const p = progressOf(unit, pack);
  const ordered = [
    ...p.open.map((o) => o.step),
    ...byDue(
      unitSteps(pack, unit)
        .filter((s) => isStepDone(unit, s.id))
        .map((step) => ({ step, due: dueOf(step, unit, pack) })),
    ).map((o) => o.step),
  ];
  const lines = [ctx.t('readiness-title', { name: unit.name, done: p.done, total: p.total })];
  if (p.total === 0) lines.push(ctx.t('readiness-none'));
  for (const step of ordered) {
    const title = step.title[ctx.lang];
    const tick = unit.readiness?.[step.id];
    const due = dueOf(step, unit, pack);
    if (tick) lines.push(ctx.t('readiness-line-done', { title, day: dayOf(ctx, tick.at) }));
    else if (due) lines.push(ctx.t('readiness-line-open-due', { title, day: showDay(due) }));
    else lines.push(ctx.t('readiness-line-open', { title }));
  }
  for (const r of p.retired) lines.push(ctx.t('readiness-line-retired', { id: r.id, day: dayOf(ctx, r.at) }));
  if (unit.doneAt) {
    lines.push(ctx.t('readiness-closed'));
    return { text: lines.join('\n'), extra: {} };
  }
  if (p.total > 0) lines.push(ctx.t('readiness-hint'));
  const buttons = ordered.map((step) => {
    const done = isStepDone(unit, step.id);
    const label = `${done ? '✅' : '⬜'} ${step.title[ctx.lang]}`;
    return [Markup.button.callback(label, readinessButton.pack(unit.chatId, step.id, done ? '0' : '1'))];
  });
  return { text: lines.join('\n'), extra: buttons.length ? Markup.inlineKeyboard(buttons) : {} };
}

registerCommand(readinessFeature, 'chuanbi', async (ctx) => {
  const unit = await registeredUnit(ctx);
  if (!unit) return;
  const { text, extra } = checklistMessage(ctx, unit);
  await ctx.reply(text, extra);
});

readinessFeature.action(readinessButton.trigger, async (ctx) => {
  const parsed = readinessButton.of(ctx);
  if (!parsed || !ctx.chat || !ctx.from) return stale(ctx);
  const [chatId, stepId, set] = parsed;
  if (!isRegistered(ctx.deps.units.get(ctx.chat.id))) return stale(ctx);
  if (!(await mayManage(ctx))) return;
  if (chatId !== ctx.chat.id)
    return void (await ctx.answerCbQuery(ctx.t('readiness-other-unit'), { show_alert: true }));
  const { pack, units, staff } = ctx.deps;
  const result = await changeStep(units, pack, staff.audit, {
    chatId,
    stepId,
    done: set === '1',
    by: ctx.from.id,
    now: () => now(ctx),
  });
  const title = pack.checklist.steps.find((s) => s.id === stepId)?.title[ctx.lang] ?? stepId;
  switch (result.kind) {
    case 'ok': {
      await ctx.answerCbQuery(ctx.t(result.done ? 'readiness-ticked' : 'readiness-unticked', { title }));
      const { text, extra } = checklistMessage(ctx, result.unit);
      await ctx.editMessageText(text, extra).catch(() => ctx.reply(text, extra));
      return;
    }
    case 'unchanged':
      return void (await ctx.answerCbQuery(
        ctx.t(result.done ? 'readiness-already-done' : 'readiness-already-open'),
      ));
    case 'not-registered':
      return stale(ctx);
    case 'unknown-step':
      return void (await ctx.answerCbQuery(ctx.t('readiness-step-gone', { command: cmd(ctx, 'chuanbi') }), {
        show_alert: true,
      }));
    case 'not-for-type':
      return void (await ctx.answerCbQuery(ctx.t('readiness-not-for-type'), { show_alert: true }));
    case 'congress-done':
      return void (await ctx.answerCbQuery(ctx.t('readiness-congress-done'), { show_alert: true }));
  }
});
