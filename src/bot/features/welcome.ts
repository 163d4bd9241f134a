import { Composer } from 'telegraf';
import { COMMANDS, registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';

export const welcomeFeature = new Composer<BotContext>();

registerCommand(welcomeFeature, 'start', async (ctx) => {
  const audiences = new Set(['all', 'secretary', ...(ctx.isStaff ? ['staff'] : [])]);
  const lines = COMMANDS.filter((c) => audiences.has(c.audience)).map((c) => {
    const vi = c.vi[0] as string;
    const en = c.en[0] as string;
    const name = ctx.lang === 'vi' ? `/${vi}` : `/${en}`;
    return `${name} — ${ctx.t(c.describe)}`;
  });
  const role = ctx.isStaff ? ctx.t('welcome-role-staff') : ctx.t('welcome-role-member');
  await ctx.reply([ctx.t('welcome-title'), role, '', ...lines, '', ctx.t('welcome-footer')].join('\n'));
});
