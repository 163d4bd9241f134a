import type { EventAttributes } from 'ics';
import { Composer } from 'telegraf';
import { z } from 'zod';
import { addDay, dayIn, daysBetween, parseUserDay, showDay, showTime, YEARS } from '../../calendar.js';
import type { I18n, Lang, MessageArgs } from '../../i18n/index.js';
import type { Step } from '../../knowledge/checklist.js';
import { congressWindow, type Pack, type Window } from '../../knowledge/pack.js';
import { unitsInScope } from '../../orgs/rules.js';
import type { ComposeReminder, ReminderMessage } from '../../reminders/engine.js';
import { type DueReminder, nextSendHour, preview } from '../../reminders/planner.js';
import type { ChatPrefsRepo } from '../../store/chat-prefs.js';
import { progressOf } from '../../units/readiness.js';
import { isRegistered } from '../../units/rules.js';
import type { Unit } from '../../units/unit.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { resolveLang } from '../language.js';
import { readinessButton } from './readiness.js';
import { unitDoneButton } from './units-common.js';

/**
 * Reminders as the chat sees them: the reminder text and its three buttons ("Đã hoàn thành" is
 * the units feature's own done button, so who may press it is decided in one place), the
 * checklist, /lichnhac for staff and /lich (an .ics file).
 */
export const remindersFeature = new Composer<BotContext>();

// A step's series id is `buoc-<step id>-<YYYYMMDD>`, up to 50 characters (MAX_STEP_ID).
const seriesId = z.string().regex(/^[a-z0-9-]{1,50}$/);
const offset = z.string().regex(/^(open|[dpcs]\d{1,3})$/);
export const snoozeButton = callbackData('rem-snz', z.tuple([seriesId, offset]));
export const prepareButton = callbackData('rem-prep', z.tuple([]));

const citeOf = (pack: Pack, docId: string | undefined, lang: Lang) =>
  pack.documents.find((d) => d.id === docId)?.cite[lang];

/** The checklist before a congress: the two reports, the three teams, personnel, the four contents. */
function checklist(t: (id: string, args?: MessageArgs) => string): string[] {
  return ['reports', 'teams', 'personnel', 'contents'].map((k) => `• ${t(`checklist-${k}`)}`);
}

/** The source of the checklist: the documents of the pack's preparation topic, when it has one. */
function checklistSource(pack: Pack, lang: Lang): string | undefined {
  const topic = pack.topics.find((x) => x.id === 'chuan-bi');
  return citeOf(pack, topic?.documents[0] ?? 'kh-203-2024', lang);
}

/** The unit's open checklist steps (the pack's readiness list), or undefined when its type has none. */
function openSteps(t: (id: string, args?: MessageArgs) => string, pack: Pack, unit: Unit, lang: Lang) {
  const p = progressOf(unit, pack);
  if (p.total === 0) return undefined;
  if (p.open.length === 0) return [t('reminder-steps-all-done', { total: p.total })];
  return [
    t('reminder-steps-open', { open: p.open.length, total: p.total }),
    ...p.open.map((o) =>
      o.due
        ? `• ${t('reminder-step-due', { title: o.step.title[lang], day: showDay(o.due) })}`
        : `• ${o.step.title[lang]}`,
    ),
  ];
}

/** A checklist step's own reminder: the step, its due day, its source, and a button to tick it. */
function stepReminder(
  t: (id: string, args?: MessageArgs) => string,
  lang: Lang,
  r: DueReminder,
  unit: Unit,
  step: { step: Step; due: string },
): ReminderMessage {
  const lines = [
    t('reminder-head', { unit: unit.name }),
    t('reminder-step', { due: showDay(step.due), title: step.step.title[lang] }),
    t('reminder-step-days-left', { days: Math.max(0, daysBetween(r.today, step.due)) }),
    t('reminder-step-hint'),
  ];
  if (r.late) lines.push(t('reminder-late', { due: showDay(r.moment.day) }));
  if (r.snoozed) lines.push(t('reminder-snoozed'));
  lines.push(t('reminder-step-source', { source: step.step.source }));
  return {
    text: lines.join('\n'),
    buttons: [
      [
        {
          text: t('reminder-button-step-done'),
          callback_data: readinessButton.pack(unit.chatId, step.step.id, '1'),
        },
        { text: t('reminder-button-snooze'), callback_data: snoozeButton.pack(r.series.id, r.moment.offset) },
      ],
    ],
  };
}

/** The words and buttons of one reminder, in the chat's language. */
export function reminderMessage(
  i18n: I18n,
  pack: Pack,
  lang: Lang,
  r: DueReminder,
  unit: Unit,
): ReminderMessage {
  const t = (id: string, args?: MessageArgs) => i18n.t(lang, id, args);
  if (r.series.step) return stepReminder(t, lang, r, unit, r.series.step);
  const lines = [t('reminder-head', { unit: unit.name })];
  const w = r.series.window;
  if (w) {
    const title = w.title[lang];
    if (r.moment.kind === 'open') lines.push(t('reminder-open', { first: showDay(w.first), title }));
    else if (r.moment.kind === 'overdue') lines.push(t('reminder-overdue', { title }));
    else lines.push(t('reminder-before', { title }));
    lines.push(t('reminder-wording', { wording: w.wording[lang] }));
    lines.push(t('reminder-last-day', { last: showDay(w.last) }));
    // The countdown is today's, also for a reminder sent late.
    const left = daysBetween(r.today, w.last);
    lines.push(
      left >= 0 ? t('reminder-days-left', { days: left }) : t('reminder-days-over', { days: -left }),
    );
    if (w.approximate) lines.push(t('reminder-approximate', { last: showDay(w.last) }));
    // A week before the congress window closes: which of the unit's steps are still open.
    const steps = w.kind === 'congress' && r.moment.kind === 'before' && r.moment.days === 7;
    const open = steps ? openSteps(t, pack, unit, lang) : undefined;
    if (open) lines.push('', ...open);
  } else if (r.series.congressDate) {
    const date = r.series.congressDate;
    lines.push(t('reminder-congress', { days: daysBetween(r.today, date), date: showDay(date) }));
    lines.push('', ...(openSteps(t, pack, unit, lang) ?? [t('reminder-checklist-intro'), ...checklist(t)]));
  }
  if (r.late) lines.push(t('reminder-late', { due: showDay(r.moment.day) }));
  if (r.snoozed) lines.push(t('reminder-snoozed'));
  const cite = w ? citeOf(pack, w.documents[0], lang) : checklistSource(pack, lang);
  if (cite) lines.push(t('reminder-source', { cite }));
  return {
    text: lines.join('\n'),
    buttons: [
      [
        { text: t('reminder-button-done'), callback_data: unitDoneButton.pack('yes') },
        { text: t('reminder-button-snooze'), callback_data: snoozeButton.pack(r.series.id, r.moment.offset) },
      ],
      [{ text: t('reminder-button-prepare'), callback_data: prepareButton.pack() }],
    ],
  };
}

/** The engine's composer: the chat's language from its preferences (Vietnamese until one is chosen). */
export function composeReminder(deps: { i18n: I18n; pack: Pack; prefs: ChatPrefsRepo }): ComposeReminder {
  return async (r, unit) => {
    const prefs = await deps.prefs.get(r.chatId);
    return reminderMessage(deps.i18n, deps.pack, resolveLang(prefs.lang, undefined), r, unit);
  };
}

// ---- Buttons

remindersFeature.action(snoozeButton.trigger, async (ctx) => {
  const parsed = snoozeButton.of(ctx);
  const chatId = ctx.chat?.id;
  if (!parsed || chatId === undefined) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return;
  }
  if (!isRegistered(ctx.deps.units.get(chatId))) {
    await ctx.answerCbQuery(ctx.t('reminder-not-registered'), { show_alert: true });
    return;
  }
  const [series, moment] = parsed;
  const { log, schedule } = ctx.deps.reminders;
  const at = nextSendHour(schedule, ctx.deps.clock.now());
  await log.snooze(chatId, series, { offset: moment, at });
  const tz = ctx.deps.config.timezone;
  const text = ctx.t('reminder-snooze-set', {
    time: showTime(new Date(at), tz),
    day: showDay(dayIn(tz, new Date(at))),
  });
  await ctx.answerCbQuery(text);
  await ctx.reply(text);
});

remindersFeature.action(prepareButton.trigger, async (ctx) => {
  const parsed = prepareButton.of(ctx);
  if (!parsed) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return;
  }
  // A button on an inline message has no chat to answer in.
  if (!ctx.chat) {
    await ctx.answerCbQuery(ctx.t('button-open-private'), { show_alert: true });
    return;
  }
  await ctx.answerCbQuery();
  const cite = checklistSource(ctx.deps.pack, ctx.lang);
  const lines = [
    ctx.t('checklist-title'),
    ...checklist(ctx.t),
    ...(cite ? [ctx.t('checklist-source', { cite })] : []),
  ];
  await ctx.reply(lines.join('\n'));
});

// ---- /lichnhac [DD/MM/YYYY]: what would go out that day, by type, without sending (staff)

registerCommand(remindersFeature, 'lichnhac', async (ctx) => {
  const { config, pack, units, reminders } = ctx.deps;
  const arg = ctx.payload.trim();
  let day = dayIn(config.timezone, ctx.deps.clock.now());
  if (arg !== '') {
    const parsed = parseUserDay(arg);
    if ('error' in parsed) {
      await ctx.reply(
        parsed.error === 'format'
          ? ctx.t('lichnhac-bad-date')
          : ctx.t(`lichnhac-${parsed.error}-date`, {
              given: arg.slice(0, 20),
              min: String(YEARS.min),
              max: String(YEARS.max),
            }),
      );
      return;
    }
    day = parsed.day;
  }
  const scope = ctx.scope;
  const mine = scope ? unitsInScope(scope, units.active()) : [];
  const lines = preview(mine, reminders.schedule, reminders.log, day);
  if (lines.length === 0) {
    await ctx.reply(ctx.t('lichnhac-none', { day: showDay(day) }));
    return;
  }
  const typeShort = (code: string) => pack.unitTypes.find((u) => u.code === code)?.short ?? code;
  const time = `${String(pack.reminders.sendHour).padStart(2, '0')}:00`;
  const out = [ctx.t('lichnhac-head', { day: showDay(day), time })];
  for (const l of lines) {
    if (l.step) {
      const args = { type: typeShort(l.type), title: l.step.title[ctx.lang], days: l.days, count: l.count };
      out.push(ctx.t('lichnhac-line-step', args));
      continue;
    }
    out.push(
      l.window
        ? ctx.t('lichnhac-line-window', {
            type: typeShort(l.type),
            title: l.window.title[ctx.lang],
            count: l.count,
            when: ctx.t('lichnhac-when', { kind: l.kind, days: l.days }),
          })
        : ctx.t('lichnhac-line-congress', { type: typeShort(l.type), days: l.days, count: l.count }),
    );
  }
  out.push(ctx.t('lichnhac-total', { count: lines.reduce((n, l) => n + l.count, 0) }));
  await ctx.reply(out.join('\n'));
});

// ---- /lich (/calendar): the unit's window and congress date as an .ics file

const dateArray = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** An all-day event from `first` to `last`, both inclusive (DTEND is exclusive, hence the day after). */
function allDay(
  uid: string,
  first: string,
  last: string,
  title: string,
  description: string,
): EventAttributes {
  return {
    uid,
    start: dateArray(first),
    end: dateArray(addDay(last, 1)),
    title,
    description,
    productId: 'daihoi-bot',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
  };
}

/** ics (and the yup it validates with) loads with the first /lich, not at start-up. */
let icsModule: Promise<typeof import('ics')> | undefined;

export async function unitCalendar(pack: Pack, lang: Lang, i18n: I18n, unit: Unit): Promise<string> {
  const t = (id: string, args?: MessageArgs) => i18n.t(lang, id, args);
  const events: EventAttributes[] = [];
  const w: Window | undefined = congressWindow(pack, unit.type, unit.pilot);
  if (w) {
    const description = [
      t('calendar-event-description', { wording: w.wording[lang], last: showDay(w.last) }),
      ...(w.approximate ? [t('calendar-event-approximate')] : []),
    ].join(' ');
    events.push(
      allDay(
        `${unit.chatId}-${w.id}@daihoi-bot`,
        w.first,
        w.last,
        t('calendar-event-window', { unit: unit.name, title: w.title[lang] }),
        description,
      ),
    );
  }
  if (unit.congressDate) {
    const d = unit.congressDate;
    events.push({
      ...allDay(
        `${unit.chatId}-dai-hoi@daihoi-bot`,
        d,
        d,
        t('calendar-event-congress', { unit: unit.name }),
        '',
      ),
      busyStatus: 'BUSY',
      transp: 'OPAQUE',
      alarms: [
        {
          action: 'display',
          description: t('calendar-event-congress', { unit: unit.name }),
          trigger: { days: 1, before: true },
        },
      ],
    });
  }
  icsModule ??= import('ics');
  const { error, value } = (await icsModule).createEvents(events);
  if (error || !value) throw error ?? new Error('ics: empty calendar');
  return value;
}

registerCommand(remindersFeature, 'lich', async (ctx) => {
  const unit = ctx.deps.units.get(ctx.chat.id);
  if (!isRegistered(unit)) {
    await ctx.reply(ctx.t('reminder-not-registered'));
    return;
  }
  const ics = await unitCalendar(ctx.deps.pack, ctx.lang, ctx.deps.i18n, unit);
  await ctx.replyWithDocument(
    { source: Buffer.from(ics, 'utf8'), filename: 'lich-dai-hoi.ics' },
    { caption: ctx.t('calendar-caption', { unit: unit.name }) },
  );
});
