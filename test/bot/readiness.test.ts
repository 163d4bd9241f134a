import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessButton } from '../../src/bot/features/readiness.js';
import { reminderMessage, snoozeButton } from '../../src/bot/features/reminders.js';
import { DEFAULT_CAMPAIGN } from '../../src/config.js';
import { loadI18n } from '../../src/i18n/index.js';
import { loadPack } from '../../src/knowledge/pack.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { type DueReminder, Schedule, type Series } from '../../src/reminders/planner.js';
import type { Unit } from '../../src/units/unit.js';
import { Harness } from '../support/harness.js';
import { makeUnitRecord } from '../support/units.js';
import { parseCsv } from './helpers.js';

// 08:00 in Hà Nội on 01/03/2025: before the grassroots cells' window (04/2025 – 29/06/2025).
const CLOCK = '2025-03-01T01:00:00Z';

describe('readiness checklist, in process', () => {
  let h: Harness;
  const t = (id: string, args?: Record<string, string | number>) => h.deps.i18n.t('vi', id, args);
  const total = () => h.deps.pack.checklist.steps.filter((s) => s.types.includes('chi-bo-co-so')).length;

  beforeAll(async () => {
    h = await Harness.start({ clock: CLOCK });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('ticks two steps by button, shows N/M and the next step in /trangthai, and audits who ticked what', async () => {
    const chat = h.chat();
    expect(await chat.say('/dangky chi-bo-co-so Chi bộ Khu phố 9')).toContain('Đã đăng ký');
    const list = await chat.say('/chuanbi');
    expect(list).toContain(`0/${total()} bước đã xong`);
    // The step with a due (the dissemination conference, 31/10/2024) comes first.
    expect(list.split('\n')[1]).toContain('Hội nghị quán triệt');
    expect(list).toContain('hạn 31/10/2024');

    expect((await chat.press('⬜ Báo cáo chính trị của đảng bộ, chi bộ')).answer).toContain(
      'Đã đánh dấu xong',
    );
    expect((await chat.press('⬜ Thành lập tổ văn kiện phục vụ đại hội')).answer).toContain(
      'Đã đánh dấu xong',
    );
    const edited = chat.messages().at(-1)?.text ?? '';
    expect(edited).toContain(`2/${total()} bước đã xong`);
    expect(edited).toContain('✅ Báo cáo chính trị của đảng bộ, chi bộ (ngày 01/03/2025)');

    const status = await chat.say('/trangthai');
    expect(status).toContain(`Chuẩn bị: 2/${total()} bước đã xong.`);
    expect(status).toContain(
      'Bước tiếp theo: Hội nghị quán triệt, triển khai các văn bản về công tác đại hội (hạn 31/10/2024)',
    );

    expect(h.deps.units.get(chat.chatId)?.readiness?.['bao-cao-chinh-tri']?.by).toBe(chat.userId);
    const audit = (await h.audit()).filter((e) => e.chatId === chat.chatId && e.action === 'readiness.tick');
    expect(audit.map((e) => e.detail?.step).sort()).toEqual(['bao-cao-chinh-tri', 'to-van-kien']);

    // Unticking takes the step back out of the count.
    expect((await chat.press('✅ Thành lập tổ văn kiện phục vụ đại hội')).answer).toContain('Đã bỏ đánh dấu');
    expect(await chat.say('/trangthai')).toContain(`Chuẩn bị: 1/${total()} bước đã xong.`);
  });

  it('answers forged and replayed buttons each with its own reply and changes nothing', async () => {
    const chat = h.chat();
    await chat.say('/dangky chi-bo-co-so Chi bộ Khu phố 10');
    const other = h.chat();
    await other.say('/dangky dang-bo-co-so Đảng bộ phường 2');
    const record = () => JSON.stringify(h.deps.units.get(chat.chatId));
    const snapshot = record();
    const press = (data: string) => chat.press({ data });

    expect((await press(readinessButton.pack(other.chatId, 'bao-cao-chinh-tri', '1'))).answer).toBe(
      t('readiness-other-unit'),
    );
    expect((await press(readinessButton.pack(chat.chatId, 'khong-co-buoc-nay', '1'))).answer).toBe(
      t('readiness-step-gone', { command: '/chuanbi' }),
    );
    expect((await press('rd:not-a-button')).answer).toBe(t('button-stale'));
    expect((await press(readinessButton.pack(chat.chatId, 'bao-cao-chinh-tri', '0'))).answer).toBe(
      t('readiness-already-open'),
    );
    expect(record()).toBe(snapshot);

    // A cell under a grassroots committee has no dissemination-conference step.
    const cell = h.chat();
    await cell.say('/dangky chi-bo-truc-thuoc Chi bộ số 1');
    expect((await cell.press({ data: readinessButton.pack(cell.chatId, 'quan-triet', '1') })).answer).toBe(
      t('readiness-not-for-type'),
    );
    expect(h.deps.units.get(cell.chatId)?.readiness).toBeUndefined();

    // Replayed: the same tick twice counts once.
    await chat.say('/chuanbi');
    const tick = readinessButton.pack(chat.chatId, 'ngay-dai-hoi', '1');
    expect((await press(tick)).answer).toContain('Đã đánh dấu xong');
    expect((await press(tick)).answer).toBe(t('readiness-already-done'));

    // After the congress is marked done, ticking is refused.
    chat.unread();
    const confirm = await chat.say('/hoanthanh');
    expect(confirm).toContain(`Còn ${total() - 1}/${total()} bước chuẩn bị chưa đánh dấu xong`);
    await chat.press('Xác nhận');
    await chat.reply();
    const after = record();
    expect((await press(readinessButton.pack(chat.chatId, 'to-nhan-su', '1'))).answer).toBe(
      t('readiness-congress-done'),
    );
    expect(record()).toBe(after);
    expect(h.deps.units.get(chat.chatId)?.doneAt).toBeDefined();
  });

  it('refuses a group member who is not an administrator, and lets the administrator tick', async () => {
    const group = -777001;
    const admin = h.chat({ chatId: group, type: 'group' });
    h.telegram.setMember(group, admin.userId, 'administrator');
    await admin.say('/dangky chi-bo-co-so Chi bộ nhóm 7');
    await admin.say('/chuanbi');
    const member = h.chat({ chatId: group, type: 'group' });
    h.telegram.setMember(group, member.userId, 'member');
    const pressed = await member.press({ data: readinessButton.pack(group, 'bao-cao-chinh-tri', '1') });
    expect(pressed.answer).toBe(t('units-perm-not-admin'));
    expect(h.deps.units.get(group)?.readiness).toBeUndefined();
    expect(
      (await admin.press({ data: readinessButton.pack(group, 'bao-cao-chinh-tri', '1') })).answer,
    ).toContain('Đã đánh dấu xong');
    expect(h.errors()).toEqual([]);
  });
});

describe('reminders name the open steps', () => {
  const pack = loadPack(DEFAULT_CAMPAIGN);
  const i18n = loadI18n(LOCALES_DIR);
  const TZ = 'Asia/Ho_Chi_Minh';
  const unit = (readiness: Unit['readiness'], congressDate?: string): Unit => ({
    chatId: 5,
    chatType: 'private',
    type: 'chi-bo-co-so',
    name: 'Chi bộ 5',
    pilot: false,
    secretaryId: 5,
    registeredAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    paused: false,
    active: true,
    ...(readiness ? { readiness } : {}),
    ...(congressDate ? { congressDate } : {}),
  });
  const due = (series: Series, offset: string): DueReminder => {
    const moment = series.moments.find((m) => m.offset === offset);
    if (!moment) throw new Error(`no moment ${offset}`);
    return { chatId: 5, series, moment, today: moment.day, late: false, snoozed: false, dedupeKey: 'k' };
  };
  const schedule = new Schedule(pack, TZ);
  const window = schedule.windowSeries('chi-bo-co-so', false).find((s) => s.window?.kind === 'congress');
  const steps = pack.checklist.steps.filter((s) => s.types.includes('chi-bo-co-so'));
  const tick = { by: 5, at: '2025-03-02T00:00:00.000Z' };

  it('lists exactly the open steps in the D-7 reminder of the congress window, and none at D-14', () => {
    if (!window) throw new Error('no congress window');
    const u = unit({ 'bao-cao-chinh-tri': tick, 'to-nhan-su': tick });
    const text = reminderMessage(i18n, pack, 'vi', due(window, 'd7'), u).text;
    expect(text).toContain(`Còn ${steps.length - 2}/${steps.length} bước chuẩn bị chưa xong`);
    const listed = text.split('\n').filter((l) => l.startsWith('• '));
    expect(listed).toHaveLength(steps.length - 2);
    expect(text).not.toContain('• Báo cáo chính trị');
    expect(text).toContain(
      '• Hội nghị quán triệt, triển khai các văn bản về công tác đại hội (hạn 31/10/2024)',
    );
    expect(reminderMessage(i18n, pack, 'vi', due(window, 'd14'), u).text).not.toContain('bước chuẩn bị');
  });

  it('says every step is done, with no list, when the unit has ticked them all; in English too', () => {
    if (!window) throw new Error('no congress window');
    const all = Object.fromEntries(steps.map((s) => [s.id, tick]));
    const text = reminderMessage(i18n, pack, 'vi', due(window, 'd7'), unit(all)).text;
    expect(text).toContain(`Đơn vị đã xong cả ${steps.length} bước chuẩn bị.`);
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toEqual([]);
    const congress = schedule.congressSeries('2025-05-20');
    const en = reminderMessage(i18n, pack, 'en', due(congress, 'c7'), unit({}, '2025-05-20')).text;
    expect(en).toContain(`${steps.length} of ${steps.length} preparation steps are still open`);
  });
});

describe("a step's own reminder", () => {
  const pack = loadPack(DEFAULT_CAMPAIGN);
  const i18n = loadI18n(LOCALES_DIR);
  const schedule = new Schedule(pack, 'Asia/Ho_Chi_Minh');
  const step = pack.checklist.steps.find((s) => s.id === 'bao-cao-chinh-tri');

  it('names the step, its due day and source, and carries a button to tick it and one to snooze', () => {
    if (!step) throw new Error('no political report step');
    const series = schedule.stepSeries(step, '2025-05-10');
    const moment = series.moments.find((m) => m.offset === 's7');
    if (!moment) throw new Error('no s7');
    const u = makeUnitRecord({ chatId: 77, name: 'Chi bộ 77' });
    const r: DueReminder = {
      chatId: 77,
      series,
      moment,
      today: '2025-05-03',
      late: false,
      snoozed: false,
      dedupeKey: 'k',
    };
    const msg = reminderMessage(i18n, pack, 'vi', r, u);
    expect(msg.text).toContain(
      'Bước chuẩn bị đến hạn ngày 10/05/2025: Báo cáo chính trị của đảng bộ, chi bộ.',
    );
    expect(msg.text).toContain('Còn 7 ngày.');
    expect(msg.text).toContain(`Nguồn: ${step.source}`);
    const [tickButton, snooze] = msg.buttons?.[0] ?? [];
    expect(tickButton?.text).toBe('Đánh dấu bước này đã xong');
    expect(readinessButton.unpack(tickButton?.callback_data)).toEqual([77, 'bao-cao-chinh-tri', '1']);
    expect(snoozeButton.unpack(snooze?.callback_data)).toEqual([series.id, 's7']);
    const en = reminderMessage(i18n, pack, 'en', { ...r, today: '2025-05-10', late: true }, u).text;
    expect(en).toContain('Preparation step due on 10/05/2025: The political report.');
    expect(en).toContain('It is due today.');
    expect(en).toContain('(Catching up: this reminder was due on 03/05/2025.)');
  });
});

describe('the staff readiness view', () => {
  let h: Harness;
  const STAFF = 5151;
  beforeAll(async () => {
    h = await Harness.start({ clock: CLOCK, env: { ADMIN_IDS: `1,${STAFF}` } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('counts, per step, the units that have done it among those that must', async () => {
    const a = h.chat();
    const b = h.chat();
    const cell = h.chat();
    await a.say('/dangky chi-bo-co-so Chi bộ A');
    await b.say('/dangky dang-bo-co-so Đảng bộ B');
    await cell.say('/dangky chi-bo-truc-thuoc Chi bộ C');
    for (const chat of [a, b])
      await chat.press({ data: readinessButton.pack(chat.chatId, 'bao-cao-chinh-tri', '1') });
    await a.press({ data: readinessButton.pack(a.chatId, 'quan-triet', '1') });
    const staff = h.chat({ userId: STAFF });
    const text = await staff.say('/thongke');
    expect(text).toContain('Chuẩn bị đại hội (số đơn vị đã xong bước / số đơn vị phải làm):');
    expect(text).toContain('• Báo cáo chính trị của đảng bộ, chi bộ: 2/3');
    // The cell under a committee has no dissemination-conference step: 1 of the 2 that must.
    expect(text).toContain('• Hội nghị quán triệt, triển khai các văn bản về công tác đại hội: 1/2');
    expect(text).toContain('• Báo cáo kiểm điểm của cấp ủy trong nhiệm kỳ: 0/3');

    // The CSV has one column per step: the day it was ticked, empty when open, "không áp dụng" when not the type's.
    await staff.send('/danhsach csv');
    const rows = parseCsv(
      (h.telegram.documents.at(-1)?.content ?? Buffer.alloc(0)).toString('utf8').slice(1),
    );
    const header = rows[0] as string[];
    const col = (title: string) => header.indexOf(`Chuẩn bị: ${title}`);
    const row = (name: string) => rows.find((r) => r.includes(name)) as string[];
    const report = col('Báo cáo chính trị của đảng bộ, chi bộ');
    const conference = col('Hội nghị quán triệt, triển khai các văn bản về công tác đại hội');
    expect(header.length).toBe(
      header.indexOf('Chuẩn bị: Hội nghị quán triệt, triển khai các văn bản về công tác đại hội') +
        h.deps.pack.checklist.steps.length,
    );
    expect(row('Chi bộ A')[report]).toBe('01/03/2025');
    expect(row('Chi bộ A')[conference]).toBe('01/03/2025');
    expect(row('Đảng bộ B')[conference]).toBe('');
    expect(row('Chi bộ C')[conference]).toBe('không áp dụng');
    expect(row('Chi bộ C')[report]).toBe('');
  });
});
