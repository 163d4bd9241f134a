import { Composer, Markup } from 'telegraf';
import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { dayIn, showDay } from '../../calendar.js';
import { overviewSpec, PNG_WIDTH } from '../../charts/specs.js';
import type { Scope } from '../../orgs/rules.js';
import { unitsInScope } from '../../orgs/rules.js';
import { unitStats } from '../../orgs/stats.js';
import { childrenOf, orgOfUnit } from '../../orgs/tree.js';
import { csvWords, unitsCsv } from '../../staff/csv.js';
import { readinessByStep } from '../../staff/readiness-stats.js';
import { showInstant } from '../../staff/render.js';
import { renderStatsTable, STATS_COLUMNS } from '../../staff/stats.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { drawChart } from './drawn-charts.js';
import { orgLabel, orgTitle, shortName } from './org-names.js';
import { staffOnly } from './staff-guard.js';

export const digestButton = callbackData('st-digest', z.tuple([z.enum(['on', 'off'])]));

export const staffReportsFeature = new Composer<BotContext>();

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

registerCommand(staffReportsFeature, 'thongke', async (ctx) => {
  const scope = ctx.scope as Scope;
  const { staff, pack, orgs } = ctx.deps;
  const today = staff.today();
  const tree = orgs.tree();
  // One pass over every unit (remembered until a unit changes or the day turns): rows by type and
  // by child organisation of the caller's subtree.
  const stats = unitStats(pack, tree, scope.org, ctx.deps.units, today);
  const labels = {
    type: ctx.t('stats-col-type'),
    total: ctx.t('stats-total'),
    ...Object.fromEntries(STATS_COLUMNS.map((c) => [c, ctx.t(`stats-col-${c}`)])),
  } as Parameters<typeof renderStatsTable>[1];
  const short = new Map(pack.unitTypes.map((t) => [t.code, t.short]));
  const table = renderStatsTable(stats.byType, labels, (code) => short.get(code) ?? code.slice(0, 6));
  const types = pack.unitTypes.map((t) => `${t.short}: ${t.name[ctx.lang]}`).join(' · ');
  const html = [
    `<b>${escapeHtml(ctx.t('stats-title', { date: showDay(today) }))}</b>`,
    escapeHtml(orgTitle(ctx, scope.org)),
    `<pre>${escapeHtml(table)}</pre>`,
  ];
  // 1. A row per child organisation (its whole subtree), the caller's own units apart, and the total.
  const hasChildren = childrenOf(tree, scope.org).length > 0;
  const orgName = (id: string) => (id === scope.org ? ctx.t('stats-own-units') : orgLabel(ctx, id));
  if (hasChildren) {
    const orgLabels = { ...labels, type: ctx.t('stats-col-org') };
    html.push(
      `<pre>${escapeHtml(renderStatsTable(stats.byOrg, orgLabels, (id) => shortName(orgName(id))))}</pre>`,
    );
  }
  html.push(escapeHtml(ctx.t('stats-legend')), escapeHtml(types));
  // 2. Readiness: per checklist step, the units in scope that have done it.
  const steps = readinessByStep(pack, unitsInScope(scope, staff.units.all())).filter((c) => c.of > 0);
  if (steps.length > 0) {
    html.push('', `<b>${escapeHtml(ctx.t('stats-readiness-title'))}</b>`);
    for (const c of steps)
      html.push(
        escapeHtml(ctx.t('stats-readiness-line', { title: c.step.title[ctx.lang], done: c.done, of: c.of })),
      );
  }
  await ctx.reply(html.join('\n'), { parse_mode: 'HTML' });
  // 3. The same figures as a chart; the text has gone already, so a failed picture only logs.
  const typeName = new Map(pack.unitTypes.map((t) => [t.code, capitalise(t.name[ctx.lang])]));
  await sendChart(ctx, 'thong-ke.png', () =>
    overviewSpec(
      {
        title: ctx.t('chart-overview-title', { date: showDay(today) }),
        byType: stats.byType.rows.map((row) => ({
          label: typeName.get(row.type ?? '') ?? String(row.type),
          row,
        })),
        ...(hasChildren
          ? { byOrg: stats.byOrg.rows.map((row) => ({ label: orgName(row.type ?? ''), row })) }
          : {}),
      },
      { width: PNG_WIDTH, t: (id, args) => ctx.t(id, args) },
    ),
  );
});

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Renders a chart and sends it as a photo; a failure is logged with the chart's name, never thrown. */
async function sendChart(ctx: BotContext, filename: string, spec: () => TopLevelSpec): Promise<void> {
  try {
    const { png } = await drawChart(ctx.deps.charts, spec());
    await ctx.replyWithPhoto({ source: png, filename });
  } catch (err) {
    ctx.log.error({ err, chart: filename }, 'chart not sent');
  }
}

/** `/danhsach` and `/danhsach xlsx`: Excel; `/danhsach csv`: CSV. */
const LIST_FORMATS: Record<string, 'xlsx' | 'csv'> = { '': 'xlsx', xlsx: 'xlsx', excel: 'xlsx', csv: 'csv' };

registerCommand(staffReportsFeature, 'danhsach', async (ctx) => {
  const { staff, pack, config, clock, orgs } = ctx.deps;
  const format = LIST_FORMATS[ctx.payload.trim().toLowerCase()];
  if (!format) {
    await ctx.reply(ctx.t('units-format-usage', { given: shortName(ctx.payload.trim(), 20) }));
    return;
  }
  const scope = ctx.scope as Scope;
  const units = unitsInScope(scope, staff.units.all()).filter((u) => u.inactiveReason !== 'unregistered');
  if (units.length === 0) {
    await ctx.reply(ctx.t('units-none'));
    return;
  }
  const now = clock.now();
  const words = csvWords(pack, ctx.lang, ctx.t, (u) => orgLabel(ctx, orgOfUnit(orgs.tree(), u)));
  const opts = { today: dayIn(config.timezone, now), timezone: config.timezone, words };
  const content =
    format === 'csv'
      ? Buffer.from(unitsCsv(pack, units, opts), 'utf8')
      : // exceljs loads with the first list, not at start-up.
        await (await import('../../exports/xlsx.js')).unitsXlsx(pack, units, {
          ...opts,
          sheetName: ctx.t('units-sheet'),
          now,
        });
  const stamp = showInstant(now, config.timezone);
  const [time, date] = stamp.split(' ');
  const filename = `don-vi-${(date ?? '').split('/').reverse().join('')}-${(time ?? '').replace(':', '')}.${format}`;
  const caption = ctx.t(format === 'csv' ? 'units-caption' : 'units-caption-xlsx', {
    count: units.length,
    time: stamp,
  });
  await ctx.replyWithDocument({ source: content, filename }, { caption });
});

const hourOf = (ctx: BotContext) => `${String(ctx.deps.pack.reminders.sendHour).padStart(2, '0')}:00`;

async function setDigest(ctx: BotContext, on: boolean): Promise<void> {
  const { staff } = ctx.deps;
  const userId = ctx.from?.id as number;
  const chatId = ctx.chat?.id as number;
  if (on) {
    const today = staff.today();
    // Today's digest is shown at once; the next one goes tomorrow at the send hour.
    await staff.digests.save({ userId, chatId, enabled: true, lastDay: today });
    const digest = (await staff.digestFor(userId, chatId, today, ctx.lang)) ?? '';
    await ctx.reply(`${ctx.t('digest-turned-on', { hour: hourOf(ctx) })}\n\n${digest}`);
  } else {
    const current = staff.digests.get(userId);
    await staff.digests.save({ ...(current ?? { userId, chatId }), enabled: false });
    await ctx.reply(ctx.t('digest-turned-off'));
  }
}

registerCommand(staffReportsFeature, 'tomtat', async (ctx) => {
  const arg = ctx.payload.trim().toLowerCase();
  if (['bat', 'bật', 'on'].includes(arg)) return setDigest(ctx, true);
  if (['tat', 'tắt', 'off'].includes(arg)) return setDigest(ctx, false);
  const on = ctx.deps.staff.digests.get(ctx.from.id)?.enabled === true;
  await ctx.reply(
    ctx.t(on ? 'digest-status-on' : 'digest-status-off', { hour: hourOf(ctx) }),
    Markup.inlineKeyboard([
      Markup.button.callback(ctx.t('digest-on-button'), digestButton.pack('on')),
      Markup.button.callback(ctx.t('digest-off-button'), digestButton.pack('off')),
    ]),
  );
});

staffReportsFeature.action(digestButton.trigger, async (ctx) => {
  const parsed = digestButton.of(ctx);
  if (!parsed) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return;
  }
  if (!(await staffOnly(ctx, 'digest', { arg: parsed[0] }))) return;
  await ctx.answerCbQuery();
  await setDigest(ctx, parsed[0] === 'on');
});
