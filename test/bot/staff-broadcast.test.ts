import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivered } from '../support/fake-bot-api.js';
import { Harness } from '../support/harness.js';
import { labelsOf, noticeId, registerUnits } from './helpers.js';

const STAFF = 4242;
const TEXT = 'Kính gửi các đồng chí Bí thư chi bộ: đề nghị gửi báo cáo chính trị trước ngày 25/03/2025.';

describe('a broadcast to 50 units, one of which blocked the bot, with a 429 in the middle', () => {
  let h: Harness;
  let units: number[];
  let blockedChat: number;
  let calls = 0;
  let flooded = false;
  let control: Delivered;
  let id: string;
  const current = () => h.messagesTo(STAFF).find((m) => m.messageId === control.messageId);

  beforeAll(async () => {
    h = await Harness.start({
      clock: '2025-03-20T09:00:00+07:00',
      env: { ADMIN_IDS: String(STAFF), BROADCAST_CONFIRM_ABOVE: '20' },
    });
    units = await registerUnits(
      h,
      Array.from({ length: 50 }, (_, i) => ({ type: 'chi-bo-co-so', name: `Chi bộ số ${i + 1}` })),
      7001,
    );
    blockedChat = units[10] as number;
    // Only the notice to units is interfered with: the staff member's preview goes through.
    h.api.overrides.set('sendMessage', (params) => {
      if (params.text !== TEXT || Number(params.chat_id) === STAFF) return undefined;
      if (Number(params.chat_id) === blockedChat)
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
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('previews the notice exactly as units will see it, and offers audiences with their counts', async () => {
    const staff = h.chat({ userId: STAFF });
    await staff.send(`/thongbao ${TEXT}`);
    const [preview, ctrl] = await staff.replies(2);
    expect(preview?.text).toBe(TEXT);
    expect(labelsOf(preview)).toEqual(['✅ Đã nhận']);
    control = ctrl as Delivered;
    id = noticeId(control.text);
    const labels = labelsOf(control);
    expect(labels).toContain('Tất cả đơn vị (50)');
    expect(labels).toContain('Loại: chi bộ cơ sở (50)');
    expect(labels).toContain('Đơn vị trễ hạn (0)');
  });

  it('asks a second time above BROADCAST_CONFIRM_ABOVE, then sends with progress and a matching report', async () => {
    const staff = h.chat({ userId: STAFF });
    await staff.press('Tất cả đơn vị (50)');
    expect(current()?.text).toContain('tới 50 đơn vị');
    await staff.press('Gửi ngay');
    expect(current()?.text).toContain('xác nhận lần thứ hai');
    expect(calls).toBe(0);
    await staff.press('Xác nhận gửi tới 50 đơn vị');
    // The progress is shown by editing the control message.
    expect(current()?.text).toMatch(/Đang gửi thông báo #\w+: \d+\/50 …/);

    await h.deliverAll();
    await h.staffPass();
    const report = current()?.text ?? '';
    expect(report).toContain('đã gửi xong');
    expect(report).toContain('✅ Đã gửi: 49/50');
    expect(report).toContain('🚫 Chặn bot hoặc đã rời: 1');
    expect(report).toContain('⚠️ Lỗi khác: 0');
    expect(report).toContain(`/thongbao_chitiet ${id}`);
    expect(flooded).toBe(true);
  });

  it('delivers to every other unit exactly once, with the "Đã nhận" button', () => {
    for (const chatId of units) {
      const got = h.messagesTo(chatId).filter((m) => m.text === TEXT);
      expect(got, `unit chat ${chatId}`).toHaveLength(chatId === blockedChat ? 0 : 1);
      if (chatId !== blockedChat) expect(labelsOf(got[0])[0]).toBe('✅ Đã nhận');
    }
  });

  it('lists the failure with /thongbao_chitiet, and counts "Đã nhận" presses in the report', async () => {
    const staff = h.chat({ userId: STAFF });
    await staff.send(`/thongbao_chitiet ${id}`);
    const detail = await staff.reply();
    expect(detail.text).toContain(`Thông báo #${id}: 1 đơn vị chưa nhận được.`);
    expect(detail.text).toContain(`🚫 Chi bộ số 11 — đã chặn bot hoặc rời nhóm`);

    const unit = h.chat({ userId: units[0] as number });
    expect((await unit.press('Đã nhận')).answer).toContain('Đã ghi nhận');
    expect((await unit.press({ data: `bc-ack:${id}` })).answer).toContain('đã xác nhận trước đó');
    await h.staffPass();
    expect(current()?.text).toContain('Đã bấm «Đã nhận»: 1/49');
  });

  it('answers "Đã nhận" pressed on an inline message (no chat in the callback): says where it works, records nothing', async () => {
    const unit = h.chat({ userId: units[1] as number });
    const pressed = await unit.press({ data: `bc-ack:${id}`, inline: true });
    expect(pressed.answer).toBe(
      'Nút này chỉ dùng được trong trò chuyện riêng với bot hoặc nhóm của đơn vị. Đồng chí mở trò chuyện với bot để xem.',
    );
    expect(unit.unread()).toEqual([]);
    expect(h.errors()).toEqual([]);
    await h.staffPass();
    expect(current()?.text).toContain('Đã bấm «Đã nhận»: 1/49');
  });
});
