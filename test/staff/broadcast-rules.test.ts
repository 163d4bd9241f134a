import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BroadcastAction, type Decision, decide, type Who } from '../../src/staff/broadcast-rules.js';
import type { Broadcast, BroadcastState } from '../../src/staff/broadcasts.js';

const NOW = new Date('2025-03-20T01:00:00Z');
const staff: Who = { userId: 7, chatId: 7 };
const pass: Who = {};
const ACK = [[{ text: 'Đã nhận', callback_data: 'bc-ack:ABCDEF' }]];

const draft = (over: Partial<Broadcast> = {}): Broadcast => ({
  id: 'ABCDEF',
  text: 'Họp giao ban',
  ack: true,
  buttons: ACK,
  state: 'draft',
  createdBy: 7,
  staffChatId: 7,
  lang: 'vi',
  createdAt: '2025-03-20T00:00:00Z',
  controlMessageId: 3,
  ...over,
});
const chosen = (over: Partial<Broadcast> = {}) => draft({ audience: 'all', ...over });
const confirm = (n: number, second = false, confirmAbove = 100): BroadcastAction => ({
  kind: 'confirm',
  second,
  recipients: Array.from({ length: n }, (_, i) => 100 + i),
  confirmAbove,
});
const report = { total: 2, sent: 1, gone: 1, failed: 0, acks: 0 };

const next = (d: Decision) => {
  if (!d.ok) throw new Error(`refused: ${d.refusal}`);
  return d;
};

describe('the broadcast state machine', () => {
  it.each<[string, Broadcast | undefined, BroadcastAction, Who, string]>([
    [
      'an audience for a draft',
      draft(),
      { kind: 'audience', audience: 'all', count: 3 },
      staff,
      'audience-chosen',
    ],
    ['the ack button off', draft(), { kind: 'toggle-ack', buttons: ACK }, staff, 'edited'],
    ['back to the audiences', chosen(), { kind: 'back' }, staff, 'edited'],
    ['cancel a draft', draft(), { kind: 'cancel' }, staff, 'cancelled'],
    ['send to 100 of a limit of 100', chosen(), confirm(100), staff, 'sending'],
    ['send to 101 of a limit of 100: asks again', chosen(), confirm(101), staff, 'confirm-twice'],
    ['the second confirmation above the limit', chosen(), confirm(101, true), staff, 'sending'],
    ['a limit of 0 always asks twice', chosen(), confirm(1, false, 0), staff, 'confirm-twice'],
    ['schedule ahead', chosen({ scheduledAt: '2025-03-20T02:00:00Z' }), confirm(3), staff, 'scheduled'],
    [
      'schedule at a time now past',
      chosen({ scheduledAt: '2025-03-20T01:00:00Z' }),
      confirm(3),
      staff,
      'time-past',
    ],
    [
      'unschedule a scheduled one',
      chosen({ state: 'scheduled' }),
      { kind: 'unschedule' },
      staff,
      'cancelled',
    ],
    ['unschedule a draft', draft(), { kind: 'unschedule' }, staff, 'cancelled'],
    [
      'the pass starts a scheduled one',
      chosen({ state: 'scheduled' }),
      { kind: 'start', recipients: [1] },
      pass,
      'sending',
    ],
    [
      'the pass finishes one sending',
      chosen({ state: 'sending' }),
      { kind: 'finish', report },
      pass,
      'finished',
    ],
  ])('%s: %s', (_name, b, action, who, outcome) => {
    expect(next(decide(b, action, NOW, who)).outcome).toBe(outcome);
  });

  it.each<[string, Broadcast | undefined, BroadcastAction, string]>([
    ['a button of a broadcast that is gone', undefined, { kind: 'cancel' }, 'stale'],
    ['unscheduling one that does not exist', undefined, { kind: 'unschedule' }, 'not-found'],
    [
      'an audience that names no unit',
      draft(),
      { kind: 'audience', audience: 't.x', count: 0 },
      'no-recipients',
    ],
    ['send before an audience is chosen', draft(), confirm(3), 'stale'],
    ['send when the audience has emptied since', chosen(), confirm(0), 'no-recipients'],
    ['send pressed again once it is going', chosen({ state: 'sending' }), confirm(3), 'stale'],
    ['send pressed on a scheduled one', chosen({ state: 'scheduled' }), confirm(3, true), 'stale'],
    ['cancel once it is going', chosen({ state: 'sending' }), { kind: 'cancel' }, 'stale'],
    ['unschedule once it is going', chosen({ state: 'sending' }), { kind: 'unschedule' }, 'too-late'],
    ['unschedule once it is done', chosen({ state: 'done' }), { kind: 'unschedule' }, 'too-late'],
    ['unschedule one already cancelled', chosen({ state: 'cancelled' }), { kind: 'unschedule' }, 'not-found'],
    ['the pass starting an unconfirmed draft', chosen(), { kind: 'start', recipients: [1] }, 'stale'],
    [
      'the pass starting a cancelled one',
      chosen({ state: 'cancelled' }),
      { kind: 'start', recipients: [1] },
      'too-late',
    ],
    [
      'the pass finishing a scheduled one',
      chosen({ state: 'scheduled' }),
      { kind: 'finish', report },
      'stale',
    ],
  ])('refuses %s', (_name, b, action, refusal) => {
    expect(decide(b, action, NOW, staff)).toEqual({ ok: false, refusal });
  });

  it('records who confirmed and how many, and audits the schedule with its time', () => {
    const d = next(decide(chosen({ scheduledAt: '2025-03-20T02:00:00Z' }), confirm(3), NOW, staff));
    expect(d.next).toMatchObject({
      state: 'scheduled',
      confirmedBy: 7,
      confirmedCount: 3,
      confirmedAt: NOW.toISOString(),
    });
    expect(d.audit).toEqual({
      action: 'broadcast.scheduled',
      detail: { id: 'ABCDEF', count: 3, audience: 'all', at: '2025-03-20T02:00:00Z' },
    });
  });

  it('sends at once to the recipients fixed at the confirmation, showing progress in the control message', () => {
    const d = next(decide(chosen(), confirm(2), NOW, staff));
    expect(d.next).toMatchObject({
      state: 'sending',
      recipients: [100, 101],
      progressMessageId: 3,
      enqueued: false,
    });
    expect(d.audit?.action).toBe('broadcast.started');
  });

  it('cancels a broadcast whose time has passed by the confirmation, and says why in the audit', () => {
    const d = next(decide(chosen({ scheduledAt: '2025-03-19T00:00:00Z' }), confirm(3), NOW, staff));
    expect(d.next.state).toBe('cancelled');
    expect(d.audit?.detail).toMatchObject({ reason: 'time-past' });
  });

  it('puts the ack keyboard back when the button is turned on again, exactly as given', () => {
    const off = next(decide(draft(), { kind: 'toggle-ack', buttons: ACK }, NOW, staff)).next;
    expect(off.ack).toBe(false);
    expect(off.buttons).toBeUndefined();
    const on = next(decide(off, { kind: 'toggle-ack', buttons: ACK }, NOW, staff)).next;
    expect(on).toMatchObject({ ack: true, buttons: ACK });
  });

  it('gives a draft back its audience choice on back, and changes nothing else', () => {
    const { audience: _, ...rest } = chosen();
    expect(next(decide(chosen(), { kind: 'back' }, NOW, staff)).next).toEqual(rest);
  });
});

/** Any sequence of actions, from anyone, at any time. */
const anAction: fc.Arbitrary<BroadcastAction> = fc.oneof(
  fc.constant<BroadcastAction>({ kind: 'toggle-ack', buttons: ACK }),
  fc
    .integer({ min: 0, max: 5 })
    .map<BroadcastAction>((count) => ({ kind: 'audience', audience: 'all', count })),
  fc.constant<BroadcastAction>({ kind: 'back' }),
  fc.constant<BroadcastAction>({ kind: 'cancel' }),
  fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.boolean(), fc.integer({ min: 0, max: 4 }))
    .map(([n, s, limit]) => confirm(n, s, limit)),
  fc.constant<BroadcastAction>({ kind: 'unschedule' }),
  fc
    .integer({ min: 0, max: 4 })
    .map<BroadcastAction>((n) => ({ kind: 'start', recipients: Array(n).fill(1) })),
  fc.constant<BroadcastAction>({ kind: 'finish', report }),
);
const aStep = fc.record({
  action: anAction,
  minutes: fc.integer({ min: 0, max: 120 }),
  who: fc.constantFrom<Who>(staff, pass, { userId: 8, chatId: 8 }),
});

const ORDER: Record<BroadcastState, number> = { draft: 0, scheduled: 1, sending: 2, done: 3, cancelled: 3 };

describe('the broadcast state machine, over any sequence of steps', () => {
  it('only moves forward, never leaves done or cancelled, and goes only once confirmed', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(aStep, { maxLength: 30 }), (timed, steps) => {
        let b = draft(timed ? { scheduledAt: '2025-03-20T02:00:00Z' } : {});
        let t = NOW.getTime();
        for (const { action, minutes, who } of steps) {
          t += minutes * 60_000;
          const d = decide(b, action, new Date(t), who);
          if (!d.ok) continue;
          const after = d.next;
          // 1. Terminal states are terminal; the state never goes back.
          expect(b.state === 'done' || b.state === 'cancelled').toBe(false);
          expect(ORDER[after.state]).toBeGreaterThanOrEqual(ORDER[b.state]);
          // 2. Nothing goes (or waits for its time) without an audience and a confirmation.
          if (after.state === 'scheduled' || after.state === 'sending') {
            expect(after.audience).toBeDefined();
            expect(after.confirmedAt).toBeDefined();
          }
          // 3. Above the limit, a first press never sends.
          if (action.kind === 'confirm' && !action.second && action.recipients.length > action.confirmAbove)
            expect(d.outcome).toBe('confirm-twice');
          // 4. A scheduled broadcast's time is ahead of when it was confirmed.
          if (after.state === 'scheduled') expect(Date.parse(after.scheduledAt ?? '')).toBeGreaterThan(t);
          // 5. Every change of state is audited.
          if (after.state !== b.state) expect(d.audit).toBeDefined();
          b = after;
        }
      }),
    );
  });
});
