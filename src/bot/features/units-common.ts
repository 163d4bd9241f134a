import { z } from 'zod';
import type { NameError } from '../../units/rules.js';
import { isRegistered } from '../../units/rules.js';
import type { Unit } from '../../units/unit.js';
import { callbackData } from '../callback-data.js';
import { commandFor } from '../commands.js';
import type { BotContext } from '../context.js';

/** What the units features share: their buttons, and the small helpers of their replies. */

export const unitTypeButton = callbackData('u-type', z.tuple([z.string().regex(/^[a-z0-9-]{1,40}$/)]));
export const unitStepButton = callbackData(
  'u-step',
  z.tuple([z.enum(['skip-parent', 'pilot-yes', 'pilot-no', 'cancel', 'update', 'keep'])]),
);
export const unitDoneButton = callbackData('u-done', z.tuple([z.enum(['yes', 'no', 'undo'])]));
export const unitUnregButton = callbackData('u-unreg', z.tuple([z.enum(['yes', 'no'])]));

export const cmd = (ctx: BotContext, vi: string) => {
  const spec = commandFor(vi);
  return `/${(ctx.lang === 'vi' ? spec.vi[0] : spec.en[0]) ?? vi}`;
};
export const now = (ctx: BotContext) => ctx.deps.clock.now();
export const chatTypeOf = (ctx: BotContext): Unit['chatType'] | undefined => {
  const t = ctx.chat?.type;
  return t === 'private' || t === 'group' || t === 'supergroup' ? t : undefined;
};
export const typeName = (ctx: BotContext, code: string) => {
  const t = ctx.deps.pack.unitTypes.find((u) => u.code === code);
  return t ? t.name[ctx.lang] : code;
};

/** Removes the buttons of the message a button was pressed on; an old message may be gone. */
export async function dropButtons(ctx: BotContext): Promise<void> {
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
}

export async function stale(ctx: BotContext): Promise<void> {
  await ctx.answerCbQuery(ctx.t('button-stale'));
}

/** The unit of this chat, or a reply saying there is none. */
export async function registeredUnit(ctx: BotContext): Promise<Unit | undefined> {
  const unit = ctx.chat ? ctx.deps.units.get(ctx.chat.id) : undefined;
  if (isRegistered(unit)) return unit;
  await ctx.reply(ctx.t('units-not-registered', { register: cmd(ctx, 'dangky') }));
  return undefined;
}

export const nameError = (ctx: BotContext, error: NameError) =>
  ctx.t(`units-name-${error}`, { min: 2, max: 120 });
