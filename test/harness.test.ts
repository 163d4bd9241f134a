import { describe, expect, it } from 'vitest';
import { Harness } from './support/harness.js';

/**
 * The harness answers telegraf's client in process (test/support/in-process-api.ts) instead of
 * over HTTP. The same conversation through both must give the bot the same answers and the fake
 * the same calls: replies, buttons and their edits, a refused message (400), a blocked chat (403),
 * a flood refusal with its retry_after (429), a server error (500), and a CSV document, which is
 * uploaded over HTTP in both.
 */
const STAFF = 910_001;
const USER = 910_002;

async function conversation(http: boolean) {
  const h = await Harness.start({
    clock: '2025-03-20T09:00:00+07:00',
    env: { ADMIN_IDS: String(STAFF) },
    http,
  });
  try {
    const user = h.chat({ userId: USER });
    await user.send('/dangky');
    await user.press('chi bộ cơ sở');
    await user.send('Chi bộ Khu phố 3');
    await user.press('Bỏ qua');
    await user.press('Không');
    await user.send('/trangthai');
    await user.press({ data: 'u:done:zz', messageId: 1 });
    const staff = h.chat({ userId: STAFF });
    await staff.send('/danhsach csv');
    h.api.inject(USER, { kind: 'server-error', times: 1 });
    await user.send('/trangthai');
    h.api.inject(USER, { kind: 'flood', retryAfter: 3, times: 1 });
    await user.send('/trangthai');
    h.api.inject(USER, { kind: 'chat-not-found' });
    await user.send('/trangthai');
    h.api.inject(USER, { kind: 'blocked' });
    await user.send('/trangthai');
    h.api.heal(USER);
    await user.send('/help');
    // Query ids and the user's message ids are numbered per process: the second run has others.
    const calls = h.api.calls.map(({ method, params }) => ({
      method,
      params: { ...params, callback_query_id: undefined, reply_parameters: undefined, date: undefined },
    }));
    const logs = h.logs.map((l) => ({
      level: l.level,
      msg: l.msg,
      err: (l.err as { message?: string } | undefined)?.message,
      response: (l.err as { response?: unknown } | undefined)?.response,
    }));
    return {
      calls,
      delivered: h.api.delivered.map(({ at: _, ...d }) => d),
      documents: h.telegram.documents,
      logs,
      http: h.api.httpCalls,
    };
  } finally {
    await h.stop();
  }
}

describe('the harness answers in process as over HTTP', () => {
  it('gives the bot the same answers and records the same calls', async () => {
    const overHttp = await conversation(true);
    const inProcess = await conversation(false);
    expect(inProcess.calls).toEqual(overHttp.calls);
    expect(inProcess.delivered).toEqual(overHttp.delivered);
    expect(inProcess.documents).toEqual(overHttp.documents);
    expect(inProcess.logs).toEqual(overHttp.logs);
    // The conversation did what it is meant to cover.
    const methods = new Set(overHttp.calls.map((c) => c.method));
    for (const m of ['sendMessage', 'answerCallbackQuery', 'editMessageReplyMarkup', 'sendDocument'])
      expect(methods).toContain(m);
    expect(overHttp.documents).toHaveLength(1);
    expect(overHttp.documents[0]?.content.toString('utf8')).toContain('Chi bộ Khu phố 3');
    const codes = overHttp.logs.map((l) => (l.response as { error_code?: number } | undefined)?.error_code);
    for (const code of [400, 403, 429, 500]) expect(codes).toContain(code);
    expect(overHttp.logs.map((l) => l.response)).toContainEqual(
      expect.objectContaining({ parameters: { retry_after: 3 } }),
    );
    // Over HTTP every call; in process only the document's upload.
    expect(overHttp.http).toBe(overHttp.calls.length);
    expect(inProcess.http).toBe(1);
  });
});
