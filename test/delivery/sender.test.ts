import { TelegramError } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { classifySendError } from '../../src/delivery/errors.js';
import type { BatchCounts } from '../../src/delivery/outbox.js';
import { msg, type Rig, rig } from './helpers.js';

/** Gaps between consecutive times. */
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

/** The most times that fall in any one second (a window [t, t + 1000)). */
function mostInASecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('classifySendError', () => {
  const tg = (error_code: number, description: string, parameters?: object) =>
    new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });

  it('reads the error code and parameters, not the wording', () => {
    expect(classifySendError(tg(429, 'whatever', { retry_after: 7 }))).toMatchObject({
      kind: 'flood',
      retryAfterMs: 7000,
    });
    expect(classifySendError(tg(400, 'whatever', { migrate_to_chat_id: -1009 }))).toMatchObject({
      kind: 'migrated',
      to: -1009,
    });
    expect(classifySendError(tg(403, 'Forbidden: something new'))).toMatchObject({ kind: 'gone' });
    expect(classifySendError(tg(502, 'Bad Gateway'))).toMatchObject({ kind: 'transient', code: 502 });
    expect(classifySendError(tg(400, 'Bad Request: message is too long'))).toMatchObject({
      kind: 'rejected',
      reason: '400: Bad Request: message is too long',
    });
    expect(classifySendError(new Error('ECONNRESET'))).toMatchObject({ kind: 'transient' });
  });
});

// Everything below runs on the rig's virtual time (helpers.ts): the fake counts its limits on it
// and `delivered[].at` is the virtual time a message was accepted, so the waits cost nothing and
// the times asserted are exact.
describe('Sender against the limit-enforcing fake Bot API', () => {
  let r: Rig | undefined;
  afterEach(async () => {
    await r?.close();
    r = undefined;
  });

  it('delivers every item with its buttons and keeps to the per-chat and bot-wide limits without a 429', async () => {
    r = await rig();
    const buttons = [[{ text: 'Xem', callback_data: 'v:1' }]];
    await r.outbox.enqueueMany([
      { ...msg(101, 'p1'), buttons },
      msg(101, 'p2'),
      msg(101, 'p3'),
      msg(-201, 'g1'),
      msg(-201, 'g2'),
      ...Array.from({ length: 40 }, (_, i) => msg(1000 + i, `many-${i}`)),
    ]);
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.count429).toBe(0);
    expect(r.fake.textsFor(101)).toEqual(['text p1', 'text p2', 'text p3']);
    expect(r.fake.textsFor(-201)).toEqual(['text g1', 'text g2']);
    const at = (chatId: number) =>
      r?.fake.delivered.filter((d) => d.chatId === chatId).map((d) => d.at) ?? [];
    // A private chat 1.05 s apart, a group 3.05 s apart, at most 25 a second bot-wide (the defaults).
    for (const gap of gaps(at(101))) expect(gap).toBeGreaterThanOrEqual(1050);
    for (const gap of gaps(at(-201))) expect(gap).toBeGreaterThanOrEqual(3050);
    const all = r.fake.delivered.map((d) => d.at);
    expect(mostInASecond(all)).toBeLessThanOrEqual(25);
    // …and not slower than that: the 40 one-message chats go at the rate, about 1.6 s.
    const many = r.fake.delivered.filter((d) => d.chatId >= 1000).map((d) => d.at);
    expect(Math.max(...many) - Math.min(...all)).toBeLessThan(2_500);
    expect(r.fake.delivered.find((d) => d.text === 'text p1')?.replyMarkup).toEqual({
      inline_keyboard: buttons,
    });
    expect(r.outbox.batchCounts('b1')).toEqual({
      queued: 0,
      sending: 0,
      sent: 45,
      failed: 0,
      dead: 0,
      total: 45,
    });
  });

  it('on 429 waits retry_after and sends the same item again', async () => {
    r = await rig();
    // Longer than the chat's own spacing (1.05 s), so only honouring retry_after passes.
    r.fake.inject(5, { kind: 'flood', retryAfter: 4, times: 1 });
    const { id } = await r.outbox.enqueue(msg(5, 'flood'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.refusals).toMatchObject([{ chatId: 5, code: 429, retryAfter: 4 }]);
    expect(r.fake.textsFor(5)).toEqual(['text flood']);
    const [refused, again] = r.calls;
    expect(r.calls).toHaveLength(2);
    expect(refused).toMatchObject({ chatId: 5, code: 429 });
    expect(again).toMatchObject({ chatId: 5, ok: true });
    expect((again?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(4_000);
    expect((again?.at ?? 0) - (refused?.at ?? 0)).toBeLessThan(4_500);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 2, errorCode: 429 });
  });

  it('recovers from the bot-wide limit: everything arrives though the server allows less than asked', async () => {
    r = await rig({ fake: { globalPerSecond: 10 }, sender: { ratePerSecond: 40 } });
    await r.outbox.enqueueMany(Array.from({ length: 30 }, (_, i) => msg(2000 + i, `g-${i}`)));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.count429).toBeGreaterThan(0);
    expect(new Set(r.fake.delivered.map((d) => d.chatId)).size).toBe(30);
    expect(r.fake.delivered).toHaveLength(30);
    expect(r.outbox.batchCounts('b1')).toMatchObject({ sent: 30, dead: 0 });
    // Once 429s came from two chats within a second, no request left until retry_after (1 s) was over.
    const floods = r.calls.filter((c) => c.code === 429);
    const second = floods.find((c) =>
      floods.some((d) => d.chatId !== c.chatId && d.at <= c.at && c.at - d.at < 1000),
    );
    if (!second) throw new Error('no bot-wide 429');
    const during = r.calls.filter((c) => c.at > second.at && c.at < second.at + 1000);
    expect(during).toEqual([]);
  });

  it('retries a 500 with backoff and delivers once the server recovers', async () => {
    r = await rig();
    r.fake.inject(6, { kind: 'server-error', times: 2 });
    const { id } = await r.outbox.enqueue(msg(6, 'flaky'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.textsFor(6)).toEqual(['text flaky']);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 3, transientFailures: 2 });
    // Backoff 2 s · 2ⁿ⁻¹ with ±20 % jitter: about 2 s, then about 4 s.
    const [first, second] = gaps(r.calls.map((c) => c.at));
    expect(first).toBeGreaterThanOrEqual(1_600);
    expect(first).toBeLessThanOrEqual(2_400);
    expect(second).toBeGreaterThanOrEqual(3_200);
    expect(second).toBeLessThanOrEqual(4_800);
  });

  it('gives up on a chat that keeps answering 500: dead after the retry limit', async () => {
    r = await rig();
    r.fake.inject(7, { kind: 'server-error' });
    const { id } = await r.outbox.enqueue(msg(7, 'broken'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.requests.get(7)).toBe(3);
    const item = await r.outbox.get(id);
    expect(item).toMatchObject({ state: 'dead', errorCode: 500, attempts: 3 });
    expect(item?.lastError).toMatch(/^gave up after 3 failures: 500/);
    expect(r.gone).toEqual([]);
  });

  it('treats a request that never answers as a network error and retries it', async () => {
    r = await rig();
    r.fake.inject(8, { kind: 'timeout', times: 1 });
    const { id } = await r.outbox.enqueue(msg(8, 'slow'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.textsFor(8)).toEqual(['text slow']);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 2, transientFailures: 1 });
    // Given up after the default 30 s without an answer, then the first backoff (about 2 s).
    const [gap] = gaps(r.calls.map((c) => c.at));
    expect(gap).toBeGreaterThanOrEqual(30_000 + 1_600);
    expect(gap).toBeLessThanOrEqual(30_000 + 2_400);
  });

  it('backs off on network errors and ends dead when the server stays unreachable', async () => {
    r = await rig({ apiRoot: 'http://127.0.0.1:9' });
    const { id } = await r.outbox.enqueue(msg(9, 'nowhere'));
    r.sender.start();
    await r.run(r.sender.idle());

    const item = await r.outbox.get(id);
    expect(item).toMatchObject({ state: 'dead', attempts: 3 });
    expect(item?.errorCode).toBeUndefined();
    expect(item?.lastError).toMatch(/ECONNREFUSED/);
  });

  it.each([
    ['blocked', 403],
    ['kicked', 403],
    ['deactivated', 403],
    ['chat-not-found', 400],
  ] as const)('on %s marks the chat gone and drops its messages without sending them', async (kind, code) => {
    r = await rig();
    r.fake.inject(-10, { kind });
    await r.outbox.enqueueMany([msg(-10, 'a'), msg(-10, 'b'), msg(11, 'other')]);
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.fake.requests.get(-10)).toBe(1);
    expect(r.gone).toHaveLength(1);
    expect(r.gone[0]?.[0]).toBe(-10);
    const items = await r.outbox.batchItems('b1');
    expect(items.map((i) => [i.dedupeKey, i.state, i.errorCode])).toEqual([
      ['a', 'dead', code],
      ['b', 'dead', code],
      ['other', 'sent', undefined],
    ]);
    expect(r.outbox.batchCounts('b1')).toMatchObject({ sent: 1, dead: 2, total: 3 });
  });

  it('follows migrate_to_chat_id: reports the move and resends to the supergroup once', async () => {
    r = await rig();
    r.fake.inject(-300, { kind: 'migrate', to: -1000300 });
    await r.outbox.enqueueMany([msg(-300, 'm1'), msg(-300, 'm2')]);
    r.sender.start();
    await r.run(r.sender.idle());

    expect(r.migrated).toEqual([[-300, -1000300]]);
    expect(r.fake.textsFor(-300)).toEqual([]);
    expect(r.fake.textsFor(-1000300)).toEqual(['text m1', 'text m2']);
    const toSupergroup = r.fake.delivered.filter((d) => d.chatId === -1000300).map((d) => d.at);
    for (const gap of gaps(toSupergroup)) expect(gap).toBeGreaterThanOrEqual(3050);
    const [m1] = await r.outbox.batchItems('b1');
    expect(m1).toMatchObject({ state: 'sent', chatId: -1000300, migratedFrom: -300, attempts: 2 });
  });

  it('does not follow a second migration of the same item', async () => {
    r = await rig();
    r.fake.inject(-400, { kind: 'migrate', to: -1000400 });
    r.fake.inject(-1000400, { kind: 'migrate', to: -2000400 });
    const { id } = await r.outbox.enqueue(msg(-400, 'loop'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(await r.outbox.get(id)).toMatchObject({ state: 'dead', chatId: -1000400 });
    expect(r.fake.delivered).toEqual([]);
  });

  it('marks any other 400 dead with its reason and leaves the chat alone', async () => {
    r = await rig();
    r.fake.inject(12, { kind: 'bad-request', description: "Bad Request: can't parse entities" });
    const { id } = await r.outbox.enqueue(msg(12, 'bad'));
    r.sender.start();
    await r.run(r.sender.idle());

    expect(await r.outbox.get(id)).toMatchObject({
      state: 'dead',
      errorCode: 400,
      lastError: "400: Bad Request: can't parse entities",
    });
    expect(r.gone).toEqual([]);
    expect(r.fake.requests.get(12)).toBe(1);
  });

  it('stops cleanly and resumes the rest on the next start', async () => {
    r = await rig({ sender: { ratePerSecond: 5 } });
    await r.outbox.enqueueMany(Array.from({ length: 20 }, (_, i) => msg(3000 + i, `s-${i}`)));
    // Stopped while the 4th request is on its way: stop() resolves once it is answered and recorded.
    const rigged = r;
    let atStop: Promise<{ delivered: number; counts: BatchCounts }> | undefined;
    rigged.beforeSend = () => {
      if (rigged.calls.length !== 4) return;
      atStop = rigged.sender.stop().then(() => ({
        delivered: rigged.fake.delivered.length,
        counts: rigged.outbox.batchCounts('b1'),
      }));
    };
    rigged.sender.start();
    await rigged.run(() => atStop !== undefined);
    rigged.beforeSend = undefined;
    expect(await atStop).toEqual({
      delivered: 4,
      counts: { queued: 16, sending: 0, sent: 4, failed: 0, dead: 0, total: 20 },
    });
    rigged.sender.start();
    await rigged.run(rigged.sender.idle());
    expect(new Set(rigged.fake.delivered.map((d) => d.text)).size).toBe(20);
    expect(rigged.fake.delivered).toHaveLength(20);
    expect(mostInASecond(rigged.fake.delivered.map((d) => d.at))).toBeLessThanOrEqual(5);
  });
});
