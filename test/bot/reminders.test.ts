import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestChat } from '../support/harness.js';
import { labelsOf } from './helpers.js';

/**
 * Reminders in process: the reminder job run by the test at the clock's time, restarts as a new
 * app on the same store. A grassroots cell's window ends on 29/06/2025: D-7 is 22/06, D-3 is 26/06.
 */
const STAFF = 4343;

describe('reminders, in process', () => {
  let h: Harness;
  let chat: TestChat;
  const reminders = () => chat.messages().filter((m) => m.text.startsWith('🔔'));

  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-06-22T07:59:45+07:00', env: { ADMIN_IDS: String(STAFF) } });
    chat = h.chat({ languageCode: 'vi' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('registering on D-7 at 07:59 brings the D-7 reminder at 08:00, not before', async () => {
    await chat.send('/dangky chi-bo-co-so Chi bo ABC');
    await h.reminderPass();
    await h.drained();
    expect(reminders()).toHaveLength(0);
    h.clock.set('2025-06-22T08:00:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    const [reminder] = reminders();
    expect(reminder?.text).toContain('Chi bo ABC');
    expect(reminder?.text).toContain('Ngày cuối cùng: 29/06/2025');
    expect(reminder?.text).toContain('Còn 7 ngày.');
    expect(reminder?.text).toContain('hoàn thành trước ngày 30/6/2025');
    expect(labelsOf(reminder)).toEqual(['Đã hoàn thành', 'Nhắc lại ngày mai', 'Xem nội dung cần chuẩn bị']);
  });

  it('sends no duplicate after a restart the same morning, nor on the next ticks', async () => {
    await h.restart('2025-06-22T08:05:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    expect(reminders()).toHaveLength(1);
  });

  it('down over D-3 08:00: one catch-up after the restart, counted from that day', async () => {
    await h.restart('2025-06-27T09:00:00+07:00');
    await h.deliverAll();
    const catchUp = reminders().find((m) => m.text.includes('lẽ ra được gửi ngày 26/06/2025'));
    expect(catchUp?.text).toContain('Còn 2 ngày.');
    await h.reminderPass();
    await h.deliverAll();
    expect(reminders()).toHaveLength(2);
    // And once more across a restart.
    await h.restart('2025-06-27T09:10:00+07:00');
    await h.deliverAll();
    expect(reminders()).toHaveLength(2);
  });

  it('answers the buttons: remind tomorrow, and what to prepare', async () => {
    chat.unread();
    await chat.press('Nhắc lại ngày mai');
    expect((await chat.reply()).text).toMatch(/^Đã hẹn.*08:00 ngày 28\/06\/2025/);
    await chat.press('Xem nội dung cần chuẩn bị');
    const list = await chat.reply();
    expect(list.text).toMatch(/^Những việc cần chuẩn bị/);
    for (const part of ['Hai báo cáo', 'Ba tổ giúp việc', 'Nhân sự', 'Bốn nội dung'])
      expect(list.text).toContain(part);
  });

  it('refuses a forged "what to prepare" button, and answers one on an inline message without crashing', async () => {
    expect((await chat.press({ data: 'rem-prep:../../x' })).answer).toContain('Nút này đã cũ');
    expect(chat.unread()).toEqual([]);
    const inline = await chat.press({ data: 'rem-prep', inline: true });
    expect(inline.answer).toContain('trò chuyện riêng');
    const snooze = await chat.press({ data: 'rem-snz:khong-co:d7', inline: true });
    expect(snooze.answer).toContain('Nút này đã cũ');
    expect(h.errors()).toEqual([]);
  });

  it('/lich sends an .ics file with the unit window', async () => {
    await chat.send('/lich');
    const doc = h.telegram.documents.find((d) => d.chatId === chat.chatId);
    expect(doc?.filename).toBe('lich-dai-hoi.ics');
    const ics = doc?.content.toString('utf8') ?? '';
    expect(ics).toContain('DTSTART;VALUE=DATE:20250401');
    expect(ics).toContain('DTEND;VALUE=DATE:20250630');
  });

  it('/lichnhac shows staff what goes out on a day, and refuses others', async () => {
    const staff = h.chat({ userId: STAFF });
    const preview = await staff.say('/lichnhac 29/06/2025');
    expect(preview).toContain('29/06/2025');
    expect(preview).toMatch(/CBCS — Đại hội chi bộ cơ sở: \d+ đơn vị, ngày cuối cùng/);
    expect(await staff.say('/lichnhac 29/06/9999')).toContain('nằm ngoài khoảng 2000–2099');
    chat.unread();
    expect(await chat.say('/lichnhac')).toContain('Ban Tổ chức');
  });

  it('"Đã hoàn thành" stops the reminders: nothing on the day after the deadline', async () => {
    chat.unread();
    await chat.press('Đã hoàn thành');
    expect((await chat.reply()).text).toContain('tổ chức xong đại hội');
    const before = reminders().length;
    await h.restart('2025-06-30T09:00:00+07:00');
    await h.reminderPass();
    await h.deliverAll();
    expect(reminders()).toHaveLength(before);
  });
});
