import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { noticeId, registerUnits } from './helpers.js';

const STAFF = 4444;

describe('scheduled broadcasts', () => {
  let h: Harness;
  let units: number[];

  beforeAll(async () => {
    // 30 s before 09:00; both notices are scheduled for 09:00.
    h = await Harness.start({ clock: '2025-03-20T08:59:30+07:00', env: { ADMIN_IDS: String(STAFF) } });
    units = await registerUnits(
      h,
      [1, 2, 3].map((i) => ({ type: 'chi-bo-truc-thuoc', name: `Chi bộ Khu phố ${i}` })),
      9001,
    );
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function schedule(text: string): Promise<string> {
    const staff = h.chat({ userId: STAFF });
    await staff.send(`/thongbao lúc 20/03/2025 09:00 ${text}`);
    const [preview, control] = await staff.replies(2);
    expect(preview?.text).toBe(text);
    expect(control?.text).toContain('hẹn gửi lúc 09:00 20/03/2025');
    const current = () => staff.messages().find((m) => m.messageId === control?.messageId)?.text ?? '';
    await staff.press('Tất cả đơn vị (3)');
    expect(current()).toContain('Hẹn gửi thông báo');
    await staff.press('Hẹn giờ gửi');
    expect(current()).toContain('Đã hẹn gửi');
    return noticeId(current());
  }

  const toUnits = (text: string) => h.api.delivered.filter((d) => d.text === text && d.chatId !== STAFF);

  it('sends a scheduled notice at its time and never one cancelled before it', async () => {
    const goes = 'Thông báo A: họp giao ban lúc 14:00.';
    const cancelled = 'Thông báo B: nội dung đã hủy.';
    await schedule(goes);
    const idB = await schedule(cancelled);

    const staff = h.chat({ userId: STAFF });
    expect(await staff.say(`/thongbao_huy ${idB}`)).toBe(
      `Đã hủy thông báo #${idB}; không đơn vị nào nhận được.`,
    );
    // Not yet: a pass one second before 09:00 sends nothing.
    h.clock.set('2025-03-20T08:59:59+07:00');
    await h.staffPass();
    await h.drained();
    expect(toUnits(goes)).toHaveLength(0);

    h.clock.set('2025-03-20T09:00:00+07:00');
    await h.staffPass();
    await h.deliverAll();
    for (const chatId of units) expect(h.messagesTo(chatId).filter((m) => m.text === goes)).toHaveLength(1);
    // The staff member gets a progress message that ends as the report.
    await h.staffPass();
    expect(
      staff.messages().some((m) => m.text.includes('đã gửi xong') && m.text.includes('Đã gửi: 3/3')),
    ).toBe(true);
    // More passes later: the cancelled one stays silent, and cannot be cancelled twice or detailed.
    for (let i = 0; i < 3; i++) {
      h.clock.advance(60_000);
      await h.staffPass();
    }
    await h.drained();
    expect(toUnits(cancelled)).toHaveLength(0);
    expect(toUnits(goes)).toHaveLength(3);
    staff.unread();
    expect(await staff.say(`/thongbao_chitiet ${idB}`)).toContain('chưa được gửi');
    expect(await staff.say(`/thongbao_huy ${idB}`)).not.toContain('Đã hủy thông báo');
  });

  it('refuses a notice dated in year 0000 or 9999, before any preview', async () => {
    const staff = h.chat({ userId: STAFF });
    for (const when of ['01/01/9999 09:00', '01/01/0000 09:00']) {
      staff.unread();
      await staff.send(`/thongbao lúc ${when} Thông báo C`);
      expect(staff.unread().map((m) => m.text)).toEqual([
        'Năm của ngày hẹn nằm ngoài khoảng 2000–2099. Đồng chí kiểm tra lại.',
      ]);
    }
  });
});
