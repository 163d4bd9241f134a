import { TelegramError } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { classifySendError } from '../../src/delivery/errors.js';
import { msg, type Rig, rig } from './helpers.js';

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

describe('Sender against the limit-enforcing fake Bot API', () => {
  let r: Rig | undefined;
  afterEach(async () => {
    await r?.close();
    r = undefined;
  });

  it('delivers every item with its buttons and keeps to the per-chat limits without a 429', async () => {
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
    await r.sender.idle();

    expect(r.fake.count429).toBe(0);
    expect(r.fake.textsFor(101)).toEqual(['text p1', 'text p2', 'text p3']);
    expect(r.fake.textsFor(-201)).toEqual(['text g1', 'text g2']);
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
  }, 20_000);

  it('on 429 waits retry_after and sends the same item again', async () => {
    r = await rig();
    r.fake.inject(5, { kind: 'flood', retryAfter: 1, times: 1 });
    const { id } = await r.outbox.enqueue(msg(5, 'flood'));
    r.sender.start();
    await r.sender.idle();

    expect(r.fake.refusals).toMatchObject([{ chatId: 5, code: 429, retryAfter: 1 }]);
    expect(r.fake.textsFor(5)).toEqual(['text flood']);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 2, errorCode: 429 });
  }, 10_000);

  it('recovers from the bot-wide limit: everything arrives though the server allows less than asked', async () => {
    r = await rig({ fake: { globalPerSecond: 10 }, sender: { ratePerSecond: 40 } });
    await r.outbox.enqueueMany(Array.from({ length: 30 }, (_, i) => msg(2000 + i, `g-${i}`)));
    r.sender.start();
    await r.sender.idle();

    expect(r.fake.count429).toBeGreaterThan(0);
    expect(new Set(r.fake.delivered.map((d) => d.chatId)).size).toBe(30);
    expect(r.fake.delivered).toHaveLength(30);
    expect(r.outbox.batchCounts('b1')).toMatchObject({ sent: 30, dead: 0 });
  }, 20_000);

  it('retries a 500 with backoff and delivers once the server recovers', async () => {
    r = await rig();
    r.fake.inject(6, { kind: 'server-error', times: 2 });
    const { id } = await r.outbox.enqueue(msg(6, 'flaky'));
    r.sender.start();
    await r.sender.idle();

    expect(r.fake.textsFor(6)).toEqual(['text flaky']);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 3, transientFailures: 2 });
  });

  it('gives up on a chat that keeps answering 500: dead after the retry limit', async () => {
    r = await rig();
    r.fake.inject(7, { kind: 'server-error' });
    const { id } = await r.outbox.enqueue(msg(7, 'broken'));
    r.sender.start();
    await r.sender.idle();

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
    await r.sender.idle();

    expect(r.fake.textsFor(8)).toEqual(['text slow']);
    expect(await r.outbox.get(id)).toMatchObject({ state: 'sent', attempts: 2, transientFailures: 1 });
  });

  it('backs off on network errors and ends dead when the server stays unreachable', async () => {
    r = await rig({ apiRoot: 'http://127.0.0.1:9' });
    const { id } = await r.outbox.enqueue(msg(9, 'nowhere'));
    r.sender.start();
    await r.sender.idle();

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
    await r.sender.idle();

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
    await r.sender.idle();

    expect(r.migrated).toEqual([[-300, -1000300]]);
    expect(r.fake.textsFor(-300)).toEqual([]);
    expect(r.fake.textsFor(-1000300)).toEqual(['text m1', 'text m2']);
    const [m1] = await r.outbox.batchItems('b1');
    expect(m1).toMatchObject({ state: 'sent', chatId: -1000300, migratedFrom: -300, attempts: 2 });
  }, 15_000);

  it('does not follow a second migration of the same item', async () => {
    r = await rig();
    r.fake.inject(-400, { kind: 'migrate', to: -1000400 });
    r.fake.inject(-1000400, { kind: 'migrate', to: -2000400 });
    const { id } = await r.outbox.enqueue(msg(-400, 'loop'));
    r.sender.start();
    await r.sender.idle();

    expect(await r.outbox.get(id)).toMatchObject({ state: 'dead', chatId: -1000400 });
    expect(r.fake.delivered).toEqual([]);
  });

  it('marks any other 400 dead with its reason and leaves the chat alone', async () => {
    r = await rig();
    r.fake.inject(12, { kind: 'bad-request', description: "Bad Request: can't parse entities" });
    const { id } = await r.outbox.enqueue(msg(12, 'bad'));
    r.sender.start();
    await r.sender.idle();

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
    r.sender.start();
    while (r.fake.delivered.length < 3) await new Promise((res) => setTimeout(res, 20));
    await r.sender.stop();
    const counts = r.outbox.batchCounts('b1');
    expect(counts.sending).toBe(0);
    expect(counts.sent).toBe(r.fake.delivered.length);
    r.sender.start();
    await r.sender.idle();
    expect(r.fake.delivered).toHaveLength(20);
  }, 15_000);
});
