import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeId, registerUnits, waitFor } from '../staff/e2e-helpers.js';
import { startBot } from '../support/bot-process.js';

const STAFF = 4444;
// The bot's clock starts 30 s before 09:00; both notices are scheduled for 09:00.
const BOT_CLOCK = '2025-03-20T08:59:30+07:00';
const LEAD_MS = 30_000;

describe('scheduled broadcasts (BOT_CLOCK)', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let units: number[];
  let startedAt: number;

  beforeAll(async () => {
    startedAt = Date.now();
    env = await startBot({ ADMIN_IDS: String(STAFF), BOT_CLOCK });
    units = await registerUnits(
      env.emulator,
      [1, 2, 3].map((i) => ({ type: 'chi-bo-truc-thuoc', name: `Chi bộ Khu phố ${i}` })),
      9001,
    );
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
  });

  async function schedule(text: string): Promise<string> {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send(`/thongbao lúc 20/03/2025 09:00 ${text}`);
    const [preview, control] = await staff.replies(2);
    expect(preview?.text).toBe(text);
    expect(control?.text).toContain('hẹn gửi lúc 09:00 20/03/2025');
    const current = () => staff.messages().find((m) => m.messageId === control?.messageId)?.text ?? '';
    await staff.press('Tất cả đơn vị (3)');
    await waitFor(() => current().includes('Hẹn gửi thông báo'), 'the confirmation');
    await staff.press('Hẹn giờ gửi');
    await waitFor(() => current().includes('Đã hẹn gửi'), 'the schedule');
    return noticeId(current());
  }

  it('sends a scheduled notice at its time and never one cancelled before it', async () => {
    const goes = 'Thông báo A: họp giao ban lúc 14:00.';
    const cancelled = 'Thông báo B: nội dung đã hủy.';
    await schedule(goes);
    const idB = await schedule(cancelled);

    const staff = env.emulator.chat({ userId: STAFF });
    await staff.quiet(10);
    await staff.send(`/thongbao_huy ${idB}`);
    expect((await staff.reply()).text).toBe(`Đã hủy thông báo #${idB}; không đơn vị nào nhận được.`);
    // Not yet: the bot's clock is still before 09:00.
    expect(Date.now() - startedAt).toBeLessThan(LEAD_MS);
    const toUnits = (text: string) =>
      env.emulator.callsOf('sendMessage').filter((c) => c.params.text === text && c.params.chat_id !== STAFF);
    expect(toUnits(goes)).toHaveLength(0);

    await waitFor(() => toUnits(goes).length === 3, 'the scheduled notice', 40_000);
    const first = Math.min(...toUnits(goes).map((c) => c.at));
    expect(first - startedAt).toBeGreaterThanOrEqual(LEAD_MS - 100);
    // The call log is written before the emulator stores the message: wait for the chats.
    const received = (chatId: number) => env.emulator.messagesTo(chatId).filter((m) => m.text === goes);
    await waitFor(() => units.every((chatId) => received(chatId).length > 0), 'the notice in every chat');
    for (const chatId of units) expect(received(chatId)).toHaveLength(1);
    // The staff member gets a progress message that ends as the report.
    await waitFor(
      () => staff.messages().some((m) => m.text.includes('đã gửi xong') && m.text.includes('Đã gửi: 3/3')),
      'the report',
    );
    // A few more passes: the cancelled one stays silent, and cannot be cancelled twice or detailed.
    await new Promise((r) => setTimeout(r, 2500));
    expect(toUnits(cancelled)).toHaveLength(0);
    await staff.quiet(10);
    await staff.send(`/thongbao_chitiet ${idB}`);
    expect((await staff.reply()).text).toContain('chưa được gửi');
  }, 90_000);
});
