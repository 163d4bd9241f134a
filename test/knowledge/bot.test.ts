import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsOf } from '../bot/helpers.js';
import { Harness } from '../support/harness.js';

const STALE = 'Văn bản này không còn trong nguồn của bot. Đồng chí gõ /tailieu để xem danh sách văn bản.';

describe('knowledge answers in the bot, in process', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ clock: '2026-03-02T09:00:00+07:00', env: { ADMIN_IDS: '4242' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers a document asked by number with its card and buttons to the topics resting on it', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('kh203 ban hành ngày nào');
    const reply = await chat.reply();
    expect(reply.text).toContain(
      'Số: 203-KH/QU · Ngày ban hành: 29/07/2024 · Cơ quan ban hành: Quận ủy Hai Bà Trưng.',
    );
    expect(reply.text).toContain('Tình trạng hiện nay chưa được xác nhận trong nguồn của bot.');
    expect(labelsOf(reply)).toContain('Bốn nội dung của đại hội');
  });

  it('declines a document it does not hold, and keeps the question for staff', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('Quy định 105-QĐ/TW về phân cấp quản lý cán bộ là gì');
    const reply = await chat.reply();
    expect(reply.text).toContain('Văn bản QĐ 105 không có trong nguồn của bot');
    expect(reply.text).not.toContain('Văn bản liên quan:');
    // The nearest documents it does hold are buttons to their cards.
    expect(labelsOf(reply).slice(0, 3)).toEqual(['89-QĐ/TW', '14-QĐ/TU', '294-QĐ/TW']);
    await chat.press('89-QĐ/TW');
    expect((await chat.reply()).text).toContain('Số: 89-QĐ/TW · Ngày ban hành: 04/08/2017');
    // A button to a document no longer in the pack is refused politely.
    const stale = await chat.press({ data: 'kd:qd-999-2030' });
    expect(stale.answer).toBe(STALE);
    const staff = h.chat({ userId: 4242, languageCode: 'vi' });
    await staff.send('/cauhoimoi');
    expect((await staff.reply()).text).toContain('Quy định 105-QĐ/TW về phân cấp quản lý cán bộ là gì');
  });

  it('answers both parts of a two-part question in one message', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('Báo cáo kiểm điểm viết thế nào và đại hội điểm tổ chức khi nào?');
    const reply = await chat.reply();
    expect(reply.text).toContain('Hai báo cáo trình đại hội');
    expect(reply.text).toContain('Phần thứ hai của câu hỏi:');
    expect(reply.text).toContain('Kế hoạch tổ chức đại hội điểm');
  });
});
