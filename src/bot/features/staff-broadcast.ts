import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { z } from 'zod';
import { audienceChoices, encodeAudience } from '../../staff/audience.js';
import type { Decision, Refusal } from '../../staff/broadcast-rules.js';
import { BROADCAST_ID, type Broadcast, batchIdOf, failureKind } from '../../staff/broadcasts.js';
import { audienceLabel, showInstant } from '../../staff/render.js';
import { parseBroadcastInput } from '../../staff/schedule.js';
import type { BroadcastRequest } from '../../staff/service.js';
import { callbackData } from '../callback-data.js';
import { registerCommand } from '../commands.js';
import type { BotContext } from '../context.js';
import { clearStep, expectText, registerFlow } from '../flows.js';
import { inScope, refuseOutOfScope } from './scope-guard.js';
import { staffOnly } from './staff-guard.js';

const broadcastId = z.string().regex(BROADCAST_ID);
/** An audience choice for a draft: `bc-aud:ID:all`, `bc-aud:ID:t.chi-bo-co-so`, … */
export const audienceButton = callbackData(
  'bc-aud',
  z.tuple([broadcastId, z.string().regex(/^[a-z0-9.-]{1,40}$/)]),
);
/** A step on a broadcast: toggle the ack button, send, second confirmation, back, cancel, unschedule. */
export const broadcastAction = callbackData(
  'bc-act',
  z.tuple([broadcastId, z.enum(['ack', 'send', 'send2', 'back', 'cancel', 'unsched'])]),
);
/** Cancel the guided flow while it waits for the text. */
export const flowButton = callbackData('bc-flow', z.tuple([z.literal('cancel')]));
/** The "Đã nhận" button under a notice, pressed in a unit's chat. */
export const ackButton = callbackData('bc-ack', z.tuple([broadcastId]));

/** How long the bot waits for the text of a /thongbao sent without one. */
const ASK_TEXT_TTL_MS = 30 * 60_000;

export const staffBroadcastFeature = new Composer<BotContext>();

type Keyboard = InlineKeyboardButton[][];
const kb = (rows: Keyboard) => ({ reply_markup: { inline_keyboard: rows } });

/** The recipients' keyboard: always in Vietnamese, the campaign's language, as the preview shows it. */
const ackKeyboard = (ctx: BotContext, id: string) => [
  [{ text: ctx.deps.i18n.t('vi', 'broadcast-ack-button'), callback_data: ackButton.pack(id) }],
];

function previewNote(ctx: BotContext, b: Broadcast): string {
  return b.scheduledAt
    ? ctx.t('broadcast-preview-note-scheduled', {
        id: b.id,
        time: showInstant(new Date(b.scheduledAt), ctx.deps.config.timezone),
      })
    : ctx.t('broadcast-preview-note', { id: b.id });
}

function audienceKeyboard(ctx: BotContext, b: Broadcast): Keyboard {
  const { staff, pack } = ctx.deps;
  const rows: Keyboard = audienceChoices(pack).map((spec) => {
    const code = encodeAudience(spec);
    const label = audienceLabel(spec, pack, ctx.lang, ctx.t.bind(ctx));
    const count = staff.recipientsOf(code, b.org).length;
    return [
      Markup.button.callback(
        ctx.t('broadcast-aud-button', { label, count }),
        audienceButton.pack(b.id, code),
      ),
    ];
  });
  rows.push([
    Markup.button.callback(
      ctx.t(b.ack ? 'broadcast-ack-on' : 'broadcast-ack-off'),
      broadcastAction.pack(b.id, 'ack'),
    ),
  ]);
  rows.push([Markup.button.callback(ctx.t('broadcast-cancel-button'), broadcastAction.pack(b.id, 'cancel'))]);
  return rows;
}

/** Edits the control message of a draft (the one under the preview). */
async function editControl(ctx: BotContext, b: Broadcast, text: string, rows: Keyboard = []): Promise<void> {
  if (b.controlMessageId === undefined) return;
  await ctx.telegram.editMessageText(b.staffChatId, b.controlMessageId, undefined, text, kb(rows));
}

/** Step 1: a preview exactly as recipients will see it, then the audience buttons. */
async function startDraft(ctx: BotContext, input: string): Promise<void> {
  const { staff, config, clock } = ctx.deps;
  const parsed = parseBroadcastInput(input, config.timezone, clock.now());
  if (!parsed.ok) {
    await ctx.reply(ctx.t(`broadcast-error-${parsed.error}`));
    return;
  }
  const chatId = ctx.chat?.id as number;
  const id = await staff.broadcasts.newId();
  let b: Broadcast = {
    id,
    text: parsed.text,
    ack: true,
    buttons: ackKeyboard(ctx, id),
    state: 'draft',
    createdBy: ctx.from?.id as number,
    ...(ctx.scope ? { org: ctx.scope.org } : {}),
    staffChatId: chatId,
    lang: ctx.lang,
    createdAt: clock.now().toISOString(),
    ...(parsed.at ? { scheduledAt: parsed.at.toISOString() } : {}),
  };
  const preview = await ctx.reply(b.text, kb(b.buttons ?? []));
  const control = await ctx.reply(previewNote(ctx, b), kb(audienceKeyboard(ctx, b)));
  b = { ...b, previewMessageId: preview.message_id, controlMessageId: control.message_id };
  await staff.saveDraft(b);
}

registerCommand(staffBroadcastFeature, 'thongbao', async (ctx) => {
  const input = ctx.payload;
  if (input.trim() === '') {
    await ctx.deps.staff.flows.set(ctx.chat.id, {
      step: 'await-text',
      at: ctx.deps.clock.now().toISOString(),
    });
    await expectText(ctx, 'broadcast.text', ASK_TEXT_TTL_MS);
    await ctx.reply(
      ctx.t('broadcast-ask-text'),
      Markup.inlineKeyboard([
        Markup.button.callback(ctx.t('broadcast-cancel-button'), flowButton.pack('cancel')),
      ]),
    );
    return;
  }
  await startDraft(ctx, input);
});

// The guided flow: the next text a staff member sends in private, when the bot asked for it.
registerFlow('broadcast.text', async (ctx, _step, next) => {
  const chatId = ctx.chat?.id;
  const step = chatId === undefined ? undefined : await ctx.deps.staff.flows.get(chatId);
  await clearStep(ctx);
  if (!ctx.isStaff || ctx.chat?.type !== 'private' || chatId === undefined || step?.step !== 'await-text')
    return next();
  await ctx.deps.staff.flows.clear(chatId);
  await startDraft(ctx, ctx.message.text);
});

staffBroadcastFeature.action(flowButton.trigger, async (ctx) => {
  if (!(await staffOnly(ctx, 'broadcast.flow-cancel'))) return;
  await ctx.deps.staff.flows.clear(ctx.chat?.id as number);
  await clearStep(ctx);
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t('broadcast-asked-cancelled'));
});

const who = (ctx: BotContext) => ({ userId: ctx.from?.id, chatId: ctx.chat?.id, org: ctx.scope?.org });

/** A refusal of the state machine, as the staff member sees it. */
async function refused(ctx: BotContext, refusal: Refusal, id: string): Promise<void> {
  switch (refusal) {
    case 'stale':
      await ctx.answerCbQuery(ctx.t('broadcast-stale'));
      return;
    case 'no-recipients':
      await ctx.answerCbQuery(ctx.t('broadcast-none'), { show_alert: true });
      return;
    case 'not-found':
      await ctx.reply(ctx.t('broadcast-not-found', { id: id.slice(0, 10) }));
      return;
    case 'too-late':
      await ctx.reply(ctx.t('broadcast-cancel-too-late', { id }));
      return;
  }
}

/** The confirmation step: how many units, which audience, when; send (or schedule), back, cancel. */
function confirmStep(ctx: BotContext, b: Broadcast): [string, Keyboard] {
  const { staff, config } = ctx.deps;
  const id = b.id;
  const count = staff.recipientsOf(b.audience, b.org).length;
  const audience = staff.audienceText(b);
  const text = b.scheduledAt
    ? ctx.t('broadcast-confirm-scheduled', {
        id,
        count,
        audience,
        time: showInstant(new Date(b.scheduledAt), config.timezone),
      })
    : ctx.t('broadcast-confirm', { id, count, audience });
  const send = ctx.t(b.scheduledAt ? 'broadcast-schedule-button' : 'broadcast-send-button');
  return [
    text,
    [
      [Markup.button.callback(send, broadcastAction.pack(id, 'send'))],
      [
        Markup.button.callback(ctx.t('broadcast-back-button'), broadcastAction.pack(id, 'back')),
        Markup.button.callback(ctx.t('broadcast-cancel-button'), broadcastAction.pack(id, 'cancel')),
      ],
    ],
  ];
}

/** What a step on a draft shows: the control message under the preview, edited in place. */
async function shown(ctx: BotContext, d: Extract<Decision, { ok: true }>): Promise<void> {
  const b = d.next;
  const { staff, config } = ctx.deps;
  const id = b.id;
  switch (d.outcome) {
    case 'edited':
      return editControl(ctx, b, previewNote(ctx, b), audienceKeyboard(ctx, b));
    case 'audience-chosen':
      return editControl(ctx, b, ...confirmStep(ctx, b));
    case 'confirm-twice': {
      const count = staff.recipientsOf(b.audience, b.org).length;
      return editControl(ctx, b, ctx.t('broadcast-confirm-twice', { id, count, limit: staff.confirmAbove }), [
        [
          Markup.button.callback(
            ctx.t('broadcast-confirm-twice-button', { count }),
            broadcastAction.pack(id, 'send2'),
          ),
        ],
        [Markup.button.callback(ctx.t('broadcast-cancel-button'), broadcastAction.pack(id, 'cancel'))],
      ]);
    }
    case 'time-past':
      return editControl(ctx, b, ctx.t('broadcast-error-time-past'));
    case 'scheduled': {
      const time = showInstant(new Date(b.scheduledAt ?? 0), config.timezone);
      const count = b.confirmedCount ?? 0;
      return editControl(
        ctx,
        b,
        ctx.t('broadcast-scheduled', { id, count, audience: staff.audienceText(b), time }),
        [[Markup.button.callback(ctx.t('broadcast-unschedule-button'), broadcastAction.pack(id, 'unsched'))]],
      );
    }
    case 'cancelled':
      return editControl(ctx, b, ctx.t('broadcast-cancelled', { id }));
    default:
      // sending: the staff service turned the control message into the progress message.
      return;
  }
}

/** A broadcast of another organisation than the staff member's: refused, as if it did not exist. */
async function outOfScope(ctx: BotContext, id: string, action: string, key?: string): Promise<boolean> {
  const b = await ctx.deps.staff.broadcasts.get(id);
  if (!b || inScope(ctx, b.org)) return false;
  await refuseOutOfScope(ctx, action, { id: id.slice(0, 10) }, key);
  return true;
}

/** Translates a button on a draft into a step of the state machine, then shows its outcome. */
async function step(ctx: BotContext, id: string, request: BroadcastRequest): Promise<void> {
  if (await outOfScope(ctx, id, 'broadcast.button')) return;
  const d = await ctx.deps.staff.act(id, request, who(ctx));
  if (!d.ok) return refused(ctx, d.refusal, id);
  await ctx.answerCbQuery();
  if (request.kind === 'toggle-ack' && d.next.previewMessageId !== undefined) {
    const markup = d.next.ack ? { inline_keyboard: d.next.buttons ?? [] } : undefined;
    await ctx.telegram.editMessageReplyMarkup(d.next.staffChatId, d.next.previewMessageId, undefined, markup);
  }
  await shown(ctx, d);
}

staffBroadcastFeature.action(audienceButton.trigger, async (ctx) => {
  const parsed = audienceButton.of(ctx);
  if (!parsed) return void (await ctx.answerCbQuery(ctx.t('button-stale')));
  const [id, audience] = parsed;
  if (!(await staffOnly(ctx, 'broadcast.audience', { id, audience }))) return;
  await step(ctx, id, { kind: 'audience', audience });
});

staffBroadcastFeature.action(broadcastAction.trigger, async (ctx) => {
  const parsed = broadcastAction.of(ctx);
  if (!parsed) return void (await ctx.answerCbQuery(ctx.t('button-stale')));
  const [id, act] = parsed;
  if (!(await staffOnly(ctx, `broadcast.${act}`, { id }))) return;
  switch (act) {
    case 'unsched':
      if (await outOfScope(ctx, id, 'broadcast.unsched')) return;
      await ctx.answerCbQuery();
      return unschedule(ctx, id);
    case 'ack':
      return step(ctx, id, { kind: 'toggle-ack', buttons: ackKeyboard(ctx, id) });
    case 'send':
    case 'send2':
      return step(ctx, id, { kind: 'confirm', second: act === 'send2' });
    default:
      return step(ctx, id, { kind: act });
  }
});

/** /thongbao_huy ID or its list's button: a draft or scheduled broadcast is dropped. */
async function unschedule(ctx: BotContext, id: string): Promise<void> {
  if (await outOfScope(ctx, id, 'broadcast.cancel', 'broadcast-not-found')) return;
  const d = await ctx.deps.staff.act(id, { kind: 'unschedule' }, who(ctx));
  if (!d.ok) return refused(ctx, d.refusal, id);
  const b = d.next;
  if (b.controlMessageId !== undefined && b.staffChatId === ctx.chat?.id) {
    await ctx.telegram
      .editMessageText(b.staffChatId, b.controlMessageId, undefined, ctx.t('broadcast-cancelled', { id }))
      .catch((err: unknown) => ctx.log.warn({ err }, 'control message not edited'));
  }
  await ctx.reply(ctx.t('broadcast-cancelled', { id }));
}

registerCommand(staffBroadcastFeature, 'thongbao_huy', async (ctx) => {
  const id = ctx.payload.trim().replace(/^#/, '').toUpperCase();
  if (id !== '') {
    await unschedule(ctx, id);
    return;
  }
  const { staff, config } = ctx.deps;
  const scheduled = staff.broadcasts
    .live()
    .filter((b) => b.state === 'scheduled' && inScope(ctx, b.org))
    .sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
  if (scheduled.length === 0) {
    await ctx.reply(ctx.t('broadcast-scheduled-none'));
    return;
  }
  await ctx.reply(
    ctx.t('broadcast-scheduled-list'),
    kb(
      scheduled.map((b) => [
        Markup.button.callback(
          ctx.t('broadcast-scheduled-item', {
            id: b.id,
            time: showInstant(new Date(b.scheduledAt ?? 0), config.timezone),
          }),
          broadcastAction.pack(b.id, 'unsched'),
        ),
      ]),
    ),
  );
});

registerCommand(staffBroadcastFeature, 'thongbao_chitiet', async (ctx) => {
  const id = ctx.payload.trim().replace(/^#/, '').toUpperCase();
  if (id === '') {
    await ctx.reply(ctx.t('broadcast-detail-usage'));
    return;
  }
  const { staff } = ctx.deps;
  const b = await staff.broadcasts.get(id);
  if (b && !inScope(ctx, b.org)) {
    await refuseOutOfScope(ctx, 'broadcast.detail', { id: id.slice(0, 10) }, 'broadcast-not-found');
    return;
  }
  if (!b) {
    await ctx.reply(ctx.t('broadcast-not-found', { id: id.slice(0, 10) }));
    return;
  }
  if (b.state === 'draft' || b.state === 'scheduled' || b.state === 'cancelled') {
    await ctx.reply(ctx.t('broadcast-not-sent-yet', { id }));
    return;
  }
  const items = await staff.outbox.batchItems(batchIdOf(id));
  const dead = items.filter((i) => i.state === 'dead');
  const pending = items.filter((i) => i.state !== 'dead' && i.state !== 'sent').length;
  const nameOf = (chatId: number) =>
    staff.units.get(chatId)?.name ?? ctx.t('broadcast-unknown-unit', { chatId: String(chatId) });
  const lines = [
    dead.length === 0
      ? ctx.t('broadcast-detail-none', { id })
      : ctx.t('broadcast-detail-title', { id, count: dead.length }),
    ...dead.map((i) =>
      failureKind(i) === 'gone'
        ? ctx.t('broadcast-detail-gone', { name: nameOf(i.chatId) })
        : ctx.t('broadcast-detail-failed', {
            name: nameOf(i.chatId),
            reason: (i.lastError ?? '').slice(0, 120),
          }),
    ),
  ];
  if (pending > 0) lines.push(ctx.t('broadcast-detail-pending', { count: pending }));
  if (b.ack) {
    const acks = await staff.acks.count(id, b.recipients ?? []);
    const sent = items.filter((i) => i.state === 'sent').length;
    lines.push(ctx.t('broadcast-detail-acks', { acks, sent }));
  }
  // A long list goes as several messages, cut between lines (long-replies.ts).
  await ctx.reply(lines.join('\n'));
});

// "Đã nhận", pressed by anyone in a recipient unit's chat (not a staff action: no gate).
staffBroadcastFeature.action(ackButton.trigger, async (ctx) => {
  const parsed = ackButton.of(ctx);
  const chatId = ctx.chat?.id;
  const { staff, clock } = ctx.deps;
  // On an inline message (shared into another chat) there is no chat to tell which unit it is.
  if (chatId === undefined) {
    await ctx.answerCbQuery(ctx.t('button-open-private'));
    return;
  }
  const b = parsed ? await staff.broadcasts.get(parsed[0]) : undefined;
  if (!b) {
    await ctx.answerCbQuery(ctx.t('button-stale'));
    return;
  }
  if (!b.recipients?.includes(chatId)) {
    await ctx.answerCbQuery(ctx.t(chatId === b.staffChatId ? 'broadcast-ack-preview' : 'button-stale'));
    return;
  }
  const first = await staff.acks.record(b.id, chatId, {
    userId: ctx.from.id,
    at: clock.now().toISOString(),
  });
  if (first) staff.noteAck(b.id);
  await ctx.answerCbQuery(ctx.t(first ? 'broadcast-ack-thanks' : 'broadcast-ack-already'));
  await ctx
    .editMessageReplyMarkup(undefined)
    .catch((err: unknown) => ctx.log.debug({ err }, 'ack button kept'));
});
