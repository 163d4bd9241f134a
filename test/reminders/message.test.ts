import { describe, expect, it } from 'vitest';
import { reminderMessage, remindersFeature, unitCalendar } from '../../src/bot/features/reminders.js';
import { loadI18n } from '../../src/i18n/index.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { plan, Schedule } from '../../src/reminders/planner.js';
import { MemLog, makeUnit, pack, TZ } from './support.js';

const errors: string[] = [];
const i18n = loadI18n(LOCALES_DIR, (m) => errors.push(m));
const schedule = new Schedule(pack, TZ);
const at = (local: string) => new Date(`${local}+07:00`);

describe('the reminder message', () => {
  it('names the unit, quotes the source wording, gives the last day, days left and three buttons', () => {
    const unit = makeUnit({ name: 'Chi bộ ABC', registeredAt: '2025-06-22T07:00:00+07:00' });
    const r = plan([unit], schedule, new MemLog(), at('2025-06-22T08:00:00')).send[0];
    if (!r) throw new Error('nothing planned');
    const m = reminderMessage(i18n, pack, 'vi', r, unit);
    expect(m.text).toContain('Chi bộ ABC');
    expect(m.text).toContain('"bắt đầu thực hiện từ tháng 04/2025, hoàn thành trước ngày 30/6/2025"');
    expect(m.text).toContain('Ngày cuối cùng: 29/06/2025');
    expect(m.text).toContain('Còn 7 ngày.');
    expect(m.buttons?.flat().map((b) => b.text)).toEqual([
      'Đã hoàn thành',
      'Nhắc lại ngày mai',
      'Xem nội dung cần chuẩn bị',
    ]);
    expect(m.buttons?.flat().map((b) => b.callback_data)).toEqual([
      'u-done:yes',
      'rem-snz:dai-hoi-chi-bo-co-so:d7',
      'rem-prep',
    ]);
    expect(errors).toEqual([]);
    expect(remindersFeature).toBeDefined();
  });

  it('counts from today in a late reminder and says it is a catch-up', () => {
    const unit = makeUnit({ registeredAt: '2025-06-22T07:00:00+07:00' });
    const log = new MemLog().set(unit.chatId, 'dai-hoi-chi-bo-co-so', ['d7']);
    const r = plan([unit], schedule, log, at('2025-06-27T10:00:00')).send[0];
    if (!r) throw new Error('nothing planned');
    const m = reminderMessage(i18n, pack, 'vi', r, unit);
    expect(m.text).toContain('Còn 2 ngày.');
    expect(m.text).toContain('lẽ ra được gửi ngày 26/06/2025');
  });

  it('says an approximate window is approximate, and an overdue one how late it is (English)', () => {
    const pilot = makeUnit({ type: 'dang-bo-co-so', pilot: true, registeredAt: '2025-01-10T07:00:00+07:00' });
    const r = plan([pilot], schedule, new MemLog(), at('2025-02-16T08:00:00')).send.find(
      (x) => x.series.id === 'dai-hoi-diem-quan',
    );
    if (!r) throw new Error('nothing planned');
    const m = reminderMessage(i18n, pack, 'en', r, pilot);
    expect(m.text).toContain('Last day: 15/02/2025');
    expect(m.text).toContain('1 day overdue');
    expect(m.text).toContain('approximate time');
    expect(m.text).toContain('early in Q1 2025');
  });

  it("lists the unit's open checklist steps before the congress date", () => {
    const unit = makeUnit({ congressDate: '2025-05-10', registeredAt: '2025-04-20T07:00:00+07:00' });
    const r = plan([unit], schedule, new MemLog(), at('2025-05-07T08:00:00')).send.find(
      (x) => x.moment.kind === 'congress',
    );
    if (!r) throw new Error('nothing planned');
    const text = reminderMessage(i18n, pack, 'vi', r, unit).text;
    expect(text).toContain('Còn 3 ngày đến ngày đại hội của đơn vị (10/05/2025)');
    // Nothing ticked: every step of the pack's checklist for the unit's type is listed.
    for (const part of [
      'Báo cáo chính trị',
      'Thành lập tổ nhân sự',
      'nhân sự cấp ủy khóa mới',
      'đoàn đại biểu',
    ])
      expect(text).toContain(part);
  });
});

describe('the calendar file', () => {
  it('holds the unit window as all-day dates (end exclusive) and the congress date', async () => {
    const unit = makeUnit({ name: 'Chi bộ ABC', congressDate: '2025-05-10' });
    const ics = await unitCalendar(pack, 'vi', i18n, unit);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20250401/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20250630/);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20250510/);
    expect(ics).toContain('Chi bộ ABC');
  });
});
