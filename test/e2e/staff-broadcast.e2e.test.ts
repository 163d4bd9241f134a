import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotMessage } from '../../src/local/emulator.js';
import { noticeId, registerUnits, waitFor } from '../staff/e2e-helpers.js';
import { startBot } from '../support/bot-process.js';

const STAFF = 4242;
const TEXT = 'Kính gửi các đồng chí Bí thư chi bộ: đề nghị gửi báo cáo chính trị trước ngày 25/03/2025.';

describe('a broadcast to 50 units, one of which blocked the bot, with a 429 in the middle', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let units: number[];
  let blockedChat: number;
  let calls = 0;
  let flooded = false;
  let control: BotMessage;
  let id: string;

  beforeAll(async () => {
    env = await startBot({
      ADMIN_IDS: String(STAFF),
      BOT_CLOCK: '2025-03-20T09:00:00+07:00',
      BROADCAST_CONFIRM_ABOVE: '20',
    });
    units = await registerUnits(
      env.emulator,
      Array.from({ length: 50 }, (_, i) => ({ type: 'chi-bo-co-so', name: `Chi bộ số ${i + 1}` })),
      7001,
    );
    blockedChat = units[10] as number;
    // Only the notice to units is interfered with: the staff member's preview goes through.
    env.emulator.overrides.set('sendMessage', (params) => {
      if (params.text !== TEXT || String(params.chat_id) === String(STAFF)) return undefined;
      if (String(params.chat_id) === String(blockedChat))
        return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
      calls++;
      if (calls === 25 && !flooded) {
        flooded = true;
        return {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 1',
          parameters: { retry_after: 1 },
        };
      }
      return undefined;
    });
  }, 90_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('previews the notice exactly as units will see it, and offers audiences with their counts', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send(`/thongbao ${TEXT}`);
    const [preview, ctrl] = await staff.replies(2);
    expect(preview?.text).toBe(TEXT);
    expect(preview?.buttons.flat().map((b) => b.text)).toEqual(['✅ Đã nhận']);
    control = ctrl as BotMessage;
    id = noticeId(control.text);
    const labels = control.buttons.flat().map((b) => b.text);
    expect(labels).toContain('Tất cả đơn vị (50)');
    expect(labels).toContain('Loại: chi bộ cơ sở (50)');
    expect(labels).toContain('Đơn vị trễ hạn (0)');
  });

  it('asks a second time above BROADCAST_CONFIRM_ABOVE, then sends with progress and a matching report', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    const current = () => staff.messages().find((m) => m.messageId === control.messageId);
    await staff.press('Tất cả đơn vị (50)');
    await waitFor(() => current()?.text.includes('tới 50 đơn vị'), 'the confirmation');
    await staff.press('Gửi ngay');
    await waitFor(() => current()?.text.includes('xác nhận lần thứ hai'), 'the second confirmation');
    expect(calls).toBe(0);
    await staff.press('Xác nhận gửi tới 50 đơn vị');

    const report = await waitFor(
      () => (current()?.text.includes('đã gửi xong') ? current()?.text : undefined),
      'the report',
      30_000,
    );
    expect(report).toContain('✅ Đã gửi: 49/50');
    expect(report).toContain('🚫 Chặn bot hoặc đã rời: 1');
    expect(report).toContain('⚠️ Lỗi khác: 0');
    expect(report).toContain(`/thongbao_chitiet ${id}`);
    expect(flooded).toBe(true);

    // The progress was shown by editing the same message.
    const edits = env.emulator
      .callsOf('editMessageText')
      .filter((c) => c.params.message_id === control.messageId)
      .map((c) => String(c.params.text));
    expect(edits.some((t) => /Đang gửi thông báo #\w+: \d+\/50 …/.test(t))).toBe(true);
  }, 60_000);

  it('delivers to every other unit exactly once, with the "Đã nhận" button', () => {
    for (const chatId of units) {
      const got = env.emulator.messagesTo(chatId).filter((m) => m.text === TEXT);
      expect(got, `unit chat ${chatId}`).toHaveLength(chatId === blockedChat ? 0 : 1);
      if (chatId !== blockedChat) expect(got[0]?.buttons.flat()[0]?.text).toBe('✅ Đã nhận');
    }
  });

  it('lists the failure with /thongbao_chitiet, and counts "Đã nhận" presses in the report', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    staff.messages();
    await staff.quiet(50);
    await staff.send(`/thongbao_chitiet ${id}`);
    const detail = await staff.reply();
    expect(detail.text).toContain(`Thông báo #${id}: 1 đơn vị chưa nhận được.`);
    expect(detail.text).toContain(`🚫 Chi bộ số 11 — đã chặn bot hoặc rời nhóm`);

    const unit = env.emulator.chat({ userId: units[0] as number });
    await unit.press('Đã nhận');
    await waitFor(
      () =>
        env.emulator
          .callsOf('answerCallbackQuery')
          .some((c) => String(c.params.text ?? '').includes('Đã ghi nhận')),
      'the thanks',
    );
    await unit.press({ data: `bc-ack:${id}` });
    await waitFor(
      () =>
        env.emulator
          .callsOf('answerCallbackQuery')
          .some((c) => String(c.params.text ?? '').includes('đã xác nhận trước đó')),
      'the second press answered',
    );
    const reportNow = () => staff.messages().find((m) => m.messageId === control.messageId)?.text ?? '';
    await waitFor(() => reportNow().includes('Đã bấm «Đã nhận»: 1/49'), 'the acknowledgement in the report');
  });
});
