import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { labelsOf, parseCsv, registerUnits } from './helpers.js';

const STAFF = 4343;

const NAMES = [
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 3, phường Bến Nghé' },
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Tổ dân phố "Hoà Bình"' },
  { type: 'chi-bo-co-so', name: 'Chi bộ Trường Tiểu học Lê Ngọc Hân' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ phường Bạch Đằng' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ Khối Hành chính sự nghiệp Quận' },
];

describe('district staff commands, in process', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T09:00:00+07:00', env: { ADMIN_IDS: `1,${STAFF}` } });
    await registerUnits(h, NAMES, 8001);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('refuses a forged staff button to a non-staff user, and audits the refusal', async () => {
    const member = h.chat({ userId: 8001 });
    const pressed = await member.press({ data: 'bc-act:ABC234:send' });
    expect(pressed.answer).toContain('dành cho cán bộ Ban Tổ chức');
    expect(pressed.showAlert).toBe(true);
    expect(member.unread()).toEqual([]);
    const refusals = (await h.audit()).filter((e) => e.outcome === 'refused' && e.userId === 8001);
    expect(refusals.map((e) => e.action)).toEqual(['broadcast.send']);
  });

  it('shows /thongke as a monospace table by unit type', async () => {
    const staff = h.chat({ userId: STAFF });
    await staff.send('/thongke');
    const reply = await staff.reply();
    expect(reply.parseMode).toBe('HTML');
    expect(reply.text).toContain('Thống kê đơn vị đến ngày 20/03/2025');
    expect(reply.text).toMatch(/<pre>Loại ĐK HĐ Xong Trễ Đang Sắp Mất\n/);
    expect(reply.text).toContain('CBTT  2  2    0   0    2   0   0');
    expect(reply.text).toContain('Tổng  5  5    0   0    2   3   0');
  });

  it('sends /danhsach csv as a CSV file (UTF-8 with BOM) that lists every unit, Vietnamese intact', async () => {
    const staff = h.chat({ userId: STAFF });
    await staff.send('/danhsach csv');
    const doc = h.telegram.documents.at(-1);
    expect(doc?.chatId).toBe(STAFF);
    expect(doc?.filename).toBe('don-vi-20250320-0900.csv');
    expect(doc?.caption).toContain('Danh sách 5 đơn vị');
    const content = doc?.content ?? Buffer.alloc(0);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(content.toString('utf8').slice(1));
    const header = rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(['STT', 'Tên đơn vị', 'Loại đơn vị']);
    const nameCol = header.indexOf('Tên đơn vị');
    const standingCol = header.indexOf('Tình trạng');
    expect(
      rows
        .slice(1)
        .map((r) => r[nameCol])
        .sort(),
    ).toEqual(NAMES.map((n) => n.name).sort());
    for (const r of rows.slice(1)) expect(r).toHaveLength(header.length);
    const hoaBinh = rows.find((r) => r[nameCol]?.includes('Hoà Bình'));
    expect(hoaBinh?.[standingCol]).toBe('Trong thời hạn');
  });

  it("turns the daily digest on with today's digest, and off", async () => {
    const staff = h.chat({ userId: STAFF });
    const on = await staff.say('/tomtat bat');
    expect(on).toContain('Đã bật bản tóm tắt hằng ngày, gửi lúc 08:00');
    expect(on).toContain('Tóm tắt ngày 20/03/2025');
    expect(await staff.say('/tomtat')).toContain('đang bật');
    await staff.press('Tắt');
    expect((await staff.reply()).text).toContain('Đã tắt');
    expect(h.deps.staff.digests.get(STAFF)?.enabled).toBe(false);
  });

  it('guides /thongbao without text: asks for it, keeps the step, previews the next message', async () => {
    const staff = h.chat({ userId: STAFF });
    expect(await staff.say('/thongbao')).toContain('gửi nội dung thông báo');
    await staff.send('Nội dung hướng dẫn');
    const [preview, control] = await staff.replies(2);
    expect(preview?.text).toBe('Nội dung hướng dẫn');
    expect(control?.text).toContain('Bản xem trước thông báo');
    expect(labelsOf(control)).toContain('☑️ Kèm nút «Đã nhận»');
    await staff.press('Kèm nút «Đã nhận»');
    expect(labelsOf(staff.messages().find((m) => m.messageId === control?.messageId))).toContain(
      '⬜ Kèm nút «Đã nhận»',
    );
    await staff.press('Hủy');
    expect(staff.messages().find((m) => m.messageId === control?.messageId)?.text).toContain('Đã hủy');
    await h.deliverAll();
    expect(h.api.delivered.filter((d) => d.text === 'Nội dung hướng dẫn')).toHaveLength(1);
  });
});
