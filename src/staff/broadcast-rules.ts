import type { OutboxButton } from '../delivery/outbox.js';
import type { Broadcast, BroadcastReport } from './broadcasts.js';

/**
 * The broadcast state machine, without Telegram or I/O: `decide(broadcast, action, now, who)`
 * gives the next record and what happened, or a refusal. The staff service saves the record and
 * writes the audit entry the decision carries; the bot layer only turns the outcome into replies.
 *
 *   draft ──audience──▶ draft(audience) ──confirm──▶ sending ──finish──▶ done
 *     │  ◀────back────┘        │   └─ above the limit, first press: confirm-twice (no change)
 *     │                        └─ has a time: scheduled ──start (at its time)──▶ sending
 *     │                                │   └─ time already past: cancelled
 *     └──cancel / unschedule──▶ cancelled ◀──unschedule──┘
 */

/** Who acts: a staff member from their private chat, or the staff pass (no user). */
export interface Who {
  userId?: number | undefined;
  chatId?: number | undefined;
  /** The actor's organisation, for the audit log. */
  org?: string | undefined;
}

export type BroadcastAction =
  /** The "Đã nhận" button under the notice, on or off; `buttons` is the keyboard it adds. */
  | { kind: 'toggle-ack'; buttons: OutboxButton[][] }
  /** An audience chosen for the draft; `count` is how many units it names now. */
  | { kind: 'audience'; audience: string; count: number }
  /** Back from the confirmation to the audience choice. */
  | { kind: 'back' }
  /** Cancel, from the draft's own buttons. */
  | { kind: 'cancel' }
  /**
   * Send (or schedule) pressed: `second` when it is the second confirmation; `recipients` the
   * audience's units now; above `confirmAbove` recipients a second confirmation is required.
   */
  | { kind: 'confirm'; second: boolean; recipients: number[]; confirmAbove: number }
  /** /thongbao_huy: a draft or a scheduled broadcast is dropped before it goes. */
  | { kind: 'unschedule' }
  /** The staff pass: a scheduled broadcast whose time has come starts going to `recipients`. */
  | { kind: 'start'; recipients: number[] }
  /** The staff pass: nothing is pending any more. */
  | { kind: 'finish'; report: BroadcastReport };

export type Outcome =
  | 'edited'
  | 'audience-chosen'
  | 'confirm-twice'
  | 'scheduled'
  | 'time-past'
  | 'sending'
  | 'cancelled'
  | 'finished';

/**
 * stale: the button belongs to a step that is over (no longer a draft, no audience yet);
 * no-recipients: the audience names no active unit; not-found: no such broadcast, or cancelled;
 * too-late: it is already going or gone.
 */
export type Refusal = 'stale' | 'no-recipients' | 'not-found' | 'too-late';

export interface AuditNote {
  action: string;
  detail: Record<string, string | number | boolean>;
}

export type Decision =
  | { ok: true; next: Broadcast; outcome: Outcome; audit?: AuditNote }
  | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): Decision => ({ ok: false, refusal });

export function decide(b: Broadcast | undefined, action: BroadcastAction, now: Date, who: Who): Decision {
  if (!b) return refuse(action.kind === 'unschedule' ? 'not-found' : 'stale');
  switch (action.kind) {
    case 'unschedule':
      return unschedule(b, now, who);
    case 'start':
      return start(b, action.recipients, now);
    case 'finish':
      return finish(b, action.report, now);
    default:
      return b.state === 'draft' ? onDraft(b, action, now, who) : refuse('stale');
  }
}

type DraftAction = Exclude<BroadcastAction, { kind: 'unschedule' | 'start' | 'finish' }>;

function onDraft(b: Broadcast, action: DraftAction, now: Date, who: Who): Decision {
  switch (action.kind) {
    case 'toggle-ack': {
      const { buttons: _, ...rest } = b;
      const next: Broadcast = b.ack
        ? { ...rest, ack: false }
        : { ...rest, ack: true, buttons: action.buttons };
      return { ok: true, next, outcome: 'edited' };
    }
    case 'audience':
      if (action.count === 0) return refuse('no-recipients');
      return { ok: true, next: { ...b, audience: action.audience }, outcome: 'audience-chosen' };
    case 'back': {
      const { audience: _, ...next } = b;
      return { ok: true, next, outcome: 'edited' };
    }
    case 'cancel':
      return cancel(b, now, who, 'cancelled');
    case 'confirm':
      return confirm(b, action, now, who);
  }
}

function confirm(
  b: Broadcast,
  { second, recipients, confirmAbove }: Extract<BroadcastAction, { kind: 'confirm' }>,
  now: Date,
  who: Who,
): Decision {
  if (!b.audience) return refuse('stale');
  const count = recipients.length;
  if (count === 0) return refuse('no-recipients');
  // 1. A large audience needs a second, explicit confirmation naming the number.
  if (!second && count > confirmAbove) return { ok: true, next: b, outcome: 'confirm-twice' };
  const confirmed: Broadcast = {
    ...b,
    confirmedBy: who.userId,
    confirmedAt: now.toISOString(),
    confirmedCount: count,
  };
  // 2. Scheduled: it waits for its time, which must still be ahead.
  if (b.scheduledAt) {
    if (Date.parse(b.scheduledAt) <= now.getTime()) return cancel(b, now, who, 'time-past');
    return {
      ok: true,
      next: { ...confirmed, state: 'scheduled' },
      outcome: 'scheduled',
      audit: {
        action: 'broadcast.scheduled',
        detail: { id: b.id, count, audience: b.audience, at: b.scheduledAt },
      },
    };
  }
  // 3. Now: the control message becomes the progress message.
  const now3: Broadcast =
    b.controlMessageId !== undefined ? { ...confirmed, progressMessageId: b.controlMessageId } : confirmed;
  return start(now3, recipients, now);
}

function start(b: Broadcast, recipients: number[], now: Date): Decision {
  if (b.state !== 'draft' && b.state !== 'scheduled') return refuse('too-late');
  if (b.state === 'draft' && b.confirmedAt === undefined) return refuse('stale');
  return {
    ok: true,
    next: { ...b, state: 'sending', startedAt: now.toISOString(), recipients, enqueued: false },
    outcome: 'sending',
    audit: {
      action: 'broadcast.started',
      detail: { id: b.id, recipients: recipients.length, audience: b.audience ?? '' },
    },
  };
}

function finish(b: Broadcast, report: BroadcastReport, now: Date): Decision {
  if (b.state !== 'sending') return refuse('stale');
  const { total, sent, gone, failed } = report;
  return {
    ok: true,
    next: { ...b, state: 'done', finishedAt: now.toISOString(), report },
    outcome: 'finished',
    audit: { action: 'broadcast.finished', detail: { id: b.id, total, sent, gone, failed } },
  };
}

function unschedule(b: Broadcast, now: Date, who: Who): Decision {
  if (b.state === 'cancelled') return refuse('not-found');
  if (b.state !== 'scheduled' && b.state !== 'draft') return refuse('too-late');
  return cancel(b, now, who, 'cancelled');
}

function cancel(b: Broadcast, now: Date, who: Who, outcome: 'cancelled' | 'time-past'): Decision {
  return {
    ok: true,
    next: {
      ...b,
      state: 'cancelled',
      cancelledAt: now.toISOString(),
      ...(who.userId !== undefined ? { cancelledBy: who.userId } : {}),
    },
    outcome,
    audit: {
      action: 'broadcast.cancelled',
      detail: { id: b.id, from: b.state, ...(outcome === 'time-past' ? { reason: 'time-past' } : {}) },
    },
  };
}
