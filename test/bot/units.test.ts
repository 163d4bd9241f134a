import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/calendar.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { Unit } from '../../src/units/unit.js';
import { Harness, type TestChat, until } from '../support/harness.js';
import { migrateUpdate, myChatMemberUpdate } from '../support/updates.js';

// 08:00 in Hà Nội on 01/03/2026: every 2025 window has passed.
const CLOCK = '2026-03-01T01:00:00Z';
const TODAY = '2026-03-01';

describe('units, in process', () => {
  let h: Harness;
  let store: Store;
  const stored = (chatId: number) => store.collection<Unit>('units').get(String(chatId));
  // What the bot wrote, read back from the store file.
  const waitStored = async (chatId: number, ok: (u: Unit | undefined) => boolean) => {
    let last: Unit | undefined;
    await until(async () => {
      last = await stored(chatId);
      return ok(last);
    }, `unit ${chatId} in the store`);
    return last;
  };
  const say = (chat: TestChat, text: string) => chat.say(text);

  beforeAll(async () => {
    h = await Harness.start({ clock: CLOCK });
    store = await openStore(h.storeUrl);
  });
  afterAll(async () => {
    await store.close();
    await h.stop();
  });

  it('registers a unit in a private chat with the guided form, then shows its status as overdue', async () => {
    const chat = h.chat();
    await chat.send('/dangky');
    expect((await chat.reply()).text).toContain('chọn loại đơn vị');
    await chat.press('chi bộ cơ sở');
    expect((await chat.reply()).text).toContain('gõ tên đơn vị');
    expect(await say(chat, '  Chi bộ   Khu phố 3 ')).toContain('tổ chức cấp trên');
    await chat.press('Bỏ qua');
    expect((await chat.reply()).text).toContain('đại hội điểm');
    await chat.press('Không');
    const done = (await chat.reply()).text;
    expect(done).toContain('Đã đăng ký đơn vị: Chi bộ Khu phố 3 (chi bộ cơ sở)');
    expect(done).toContain('từ 01/04/2025 đến 29/06/2025');

    const status = await say(chat, '/trangthai');
    expect(status).toContain('Đơn vị: Chi bộ Khu phố 3');
    expect(status).toContain('hoàn thành trước ngày 30/6/2025');
    expect(status).toContain('01/04/2025 – 29/06/2025');
    expect(status).toContain(`Đã quá hạn ${daysBetween('2025-06-29', TODAY)} ngày`);
    expect(status).toContain('Ngày đại hội: chưa đặt');
    expect(status).toContain('Nhắc việc: đang bật');
  });

  it('takes a parent organisation and a pilot congress in the guided form, and refuses bad names with a reason', async () => {
    const chat = h.chat();
    await chat.send('/register');
    await chat.reply();
    await chat.press('chi bộ trực thuộc đảng ủy cơ sở');
    await chat.reply();
    expect(await say(chat, 'A')).toContain('quá ngắn');
    expect(await say(chat, 'x'.repeat(121))).toContain('quá dài');
    expect(await say(chat, 'Chi bộ\u202Eabc')).toContain('ký tự điều khiển');
    await say(chat, 'Chi bộ 5');
    expect(await say(chat, 'Đảng ủy phường Bến Nghé')).toContain('đại hội điểm');
    await chat.press('Có');
    expect((await chat.reply()).text).toContain('từ 01/12/2024 đến 31/12/2024');
    const status = await say(chat, '/trangthai');
    expect(status).toContain('Trực thuộc: Đảng ủy phường Bến Nghé');
    expect(status).toContain('đại hội điểm');
  });

  it('registers in one line, lists the valid codes for an unknown type, and offers to update on a second registration', async () => {
    const chat = h.chat();
    const unknown = await say(chat, '/dangky chibo Chi bộ 7');
    expect(unknown).toContain('Không có loại đơn vị "chibo"');
    for (const code of ['chi-bo-truc-thuoc', 'chi-bo-co-so', 'dang-bo-co-so'])
      expect(unknown).toContain(code);
    expect(await say(chat, '/dangky chi-bo-co-so X')).toContain('quá ngắn');
    expect(await say(chat, '/dangky chi-bo-co-so Chi bộ 7')).toContain('Đã đăng ký đơn vị: Chi bộ 7');
    expect(await say(chat, '/dangky chi-bo-co-so Chi bộ 7')).toContain('không có gì thay đổi');
    expect(await say(chat, '/dangky dang-bo-co-so Đảng bộ 7')).toContain('Cập nhật thành Đảng bộ 7');
    await chat.press('Cập nhật');
    expect((await chat.reply()).text).toContain('Đã đăng ký đơn vị: Đảng bộ 7 (đảng bộ cơ sở)');
    expect(await say(chat, '/dangky')).toContain('đã đăng ký đơn vị Đảng bộ 7');
    await chat.press('Giữ nguyên');
    expect((await chat.reply()).text).toContain('Giữ nguyên');
    expect((await stored(chat.chatId))?.type).toBe('dang-bo-co-so');
  });

  it('lets a group administrator register, and refuses a plain member, even on the admin’s buttons', async () => {
    const admin = h.chat({ chatId: -2001, userId: 501, type: 'group' });
    const member = h.chat({ chatId: -2001, userId: 502, type: 'group' });
    h.telegram.setMember(-2001, 501, 'administrator');
    h.telegram.setMember(-2001, 502, 'member');

    expect(await say(member, '/dangky chi-bo-co-so Chi bộ nhóm')).toContain('chỉ quản trị viên');
    await admin.send('/dangky');
    await admin.replies(2); // the member's refusal, then the type buttons
    member.unread();
    const refusal = await member.press('chi bộ cơ sở');
    expect(refusal.answer).toContain('chỉ quản trị viên');
    expect(member.unread()).toEqual([]);

    const a = h.chat({ chatId: -2001, userId: 501, type: 'group' });
    await a.press('chi bộ cơ sở');
    const ask = await a.reply();
    expect(ask.text).toContain('trả lời vào tin nhắn này');
    expect(await say(a, 'Chi bộ nhóm')).toContain('tổ chức cấp trên');
    await a.press('Bỏ qua');
    await a.reply();
    await a.press('Không');
    expect((await a.reply()).text).toContain('Đã đăng ký đơn vị: Chi bộ nhóm');
    // A member may read the status, not change the unit.
    const m2 = h.chat({ chatId: -2001, userId: 502, type: 'group' });
    expect(await say(m2, '/trangthai')).toContain('Chi bộ nhóm');
    expect(await say(m2, '/hoanthanh')).toContain('chỉ quản trị viên');
    expect(await say(m2, '/huydangky')).toContain('chỉ quản trị viên');
    expect(await say(m2, '/ngaydaihoi 01/05/2025')).toContain('chỉ quản trị viên');
  });

  it('refuses when the administrator check fails (fail closed) and says why', async () => {
    const chat = h.chat({ chatId: -2002, userId: 503, type: 'group' });
    h.telegram.setMember(-2002, 503, 'creator');
    h.api.overrides.set('getChatMember', () => ({
      ok: false,
      error_code: 500,
      description: 'Internal Server Error',
    }));
    try {
      expect(await say(chat, '/dangky chi-bo-co-so Chi bộ 8')).toContain('Chưa kiểm tra được');
    } finally {
      h.api.overrides.delete('getChatMember');
    }
    expect(await say(chat, '/dangky chi-bo-co-so Chi bộ 8')).toContain('Đã đăng ký đơn vị: Chi bộ 8');
  });

  it('handles two updates of one chat in the order they came, even when they arrive together', async () => {
    const chat = h.chat();
    await Promise.all([
      chat.send('/dangky chi-bo-co-so Chi bộ 30'),
      chat.send('/dangky dang-bo-co-so Đảng bộ 31'),
    ]);
    const [first, second] = chat.unread().map((m) => m.text);
    expect(first).toContain('Đã đăng ký đơn vị: Chi bộ 30');
    expect(second).toContain('Cập nhật thành Đảng bộ 31');
  });

  it('registers a name pasted with zero-width characters as the name it looks like', async () => {
    const chat = h.chat();
    expect(await chat.say('/dangky chi-bo-co-so Chi\u200B bộ\u200D 19')).toContain(
      'Đã đăng ký đơn vị: Chi bộ 19 (',
    );
    expect(h.deps.units.get(chat.chatId)?.name).toBe('Chi bộ 19');
    expect(await chat.say('/dangky chi-bo-co-so \u200B\u200B')).toContain('Ví dụ');
  });

  it('refuses congress dates in year 0000 or 9999, saying which years are accepted', async () => {
    const chat = h.chat();
    await chat.say('/dangky chi-bo-co-so Chi bộ 20');
    for (const given of ['01/05/0000', '31/12/9999', '15/05/1999']) {
      const reply = await chat.say(`/ngaydaihoi ${given}`);
      expect(reply, given).toContain('nằm ngoài khoảng 2000–2099');
    }
    expect(h.deps.units.get(chat.chatId)?.congressDate).toBeUndefined();
    expect(await chat.say('/ngaydaihoi 15/05/2025')).toContain('05/2025');
  });

  it('sets the congress date, refuses impossible and unreadable dates with an example, and warns outside the window', async () => {
    const chat = h.chat();
    expect(await say(chat, '/ngaydaihoi 15/05/2025')).toContain('chưa đăng ký');
    await say(chat, '/dangky chi-bo-co-so Chi bộ 9');
    expect(await say(chat, '/ngaydaihoi')).toContain('Ví dụ: /ngaydaihoi 15/05/2025');
    const impossible = await say(chat, '/ngaydaihoi 31/02/2025');
    expect(impossible).toContain('31/02/2025 không có trên lịch');
    expect(impossible).toContain('Ví dụ: /ngaydaihoi');
    const unreadable = await say(chat, '/ngaydaihoi mai');
    expect(unreadable).toContain('Không đọc được ngày "mai"');
    expect(unreadable).toContain('DD/MM/YYYY');
    const inside = await say(chat, '/ngaydaihoi 5/6/2025');
    expect(inside).toContain('Đã đặt ngày đại hội dự kiến: 05/06/2025');
    expect(inside).not.toContain('Lưu ý');
    const outside = await say(chat, '/ngaydaihoi 15/07/2025');
    expect(outside).toContain('15/07/2025');
    expect(outside).toContain('nằm ngoài thời hạn');
    const status = await say(chat, '/trangthai');
    expect(status).toContain('Ngày đại hội dự kiến: 15/07/2025');
    expect(status).toContain('nằm ngoài thời hạn');
  });

  it('marks the congress done after confirmation, and undoes it', async () => {
    const chat = h.chat();
    await say(chat, '/dangky chi-bo-co-so Chi bộ 10');
    expect(await say(chat, '/hoanthanh')).toContain('Xác nhận đơn vị Chi bộ 10');
    await chat.press('Hủy');
    expect((await chat.reply()).text).toContain('chưa ghi nhận');
    await chat.send('/hoanthanh');
    await chat.reply();
    await chat.press('Xác nhận đã tổ chức');
    expect((await chat.reply()).text).toContain('Nhắc việc dừng');
    const done = await say(chat, '/trangthai');
    expect(done).toContain('Đã hoàn thành (ghi nhận ngày 01/03/2026)');
    expect(done).toContain('Nhắc việc: đã dừng');
    await chat.press('Hoàn tác');
    expect((await chat.reply()).text).toContain('Đã hoàn tác');
    expect(await say(chat, '/trangthai')).toContain('Đã quá hạn');
    expect((await stored(chat.chatId))?.doneAt).toBeUndefined();
  });

  it('pauses and resumes reminders', async () => {
    const chat = h.chat();
    await say(chat, '/dangky chi-bo-co-so Chi bộ 11');
    expect(await say(chat, '/tamdung')).toContain('Đã tạm dừng nhắc việc');
    expect(await say(chat, '/trangthai')).toContain('Nhắc việc: đang tạm dừng');
    expect(await say(chat, '/resume')).toContain('Đã bật lại nhắc việc');
    expect(await say(chat, '/trangthai')).toContain('Nhắc việc: đang bật');
  });

  it('unregisters after confirmation, and keeps the unit when told to', async () => {
    const chat = h.chat();
    await say(chat, '/dangky chi-bo-co-so Chi bộ 12');
    await say(chat, '/huydangky');
    await chat.press('Giữ lại');
    expect((await chat.reply()).text).toContain('Giữ nguyên đăng ký');
    await say(chat, '/huydangky');
    await chat.press('Hủy đăng ký');
    expect((await chat.reply()).text).toContain('Đã hủy đăng ký đơn vị Chi bộ 12');
    expect(await say(chat, '/trangthai')).toContain('chưa đăng ký');
    expect((await stored(chat.chatId))?.inactiveReason).toBe('unregistered');
  });

  it('answers forged and stale buttons politely', async () => {
    const chat = h.chat();
    for (const data of ['u-type:khong-co', 'u-done:hack', 'u-step:pilot-yes', 'u-unreg:yes', 'u-type']) {
      expect((await chat.press({ data })).answer, data).toContain('Nút này đã cũ');
    }
    expect(chat.unread()).toEqual([]);
  });

  it('marks a unit inactive when the user blocks the bot, and active again when unblocked', async () => {
    const chat = h.chat();
    await say(chat, '/dangky chi-bo-co-so Chi bộ 13');
    await h.push(myChatMemberUpdate({ id: chat.chatId, type: 'private' }, chat.chatId, 'member', 'kicked'));
    const gone = await waitStored(chat.chatId, (u) => u?.active === false);
    expect(gone?.inactiveReason).toBe('blocked');
    await h.push(myChatMemberUpdate({ id: chat.chatId, type: 'private' }, chat.chatId, 'kicked', 'member'));
    const back = await waitStored(chat.chatId, (u) => u?.active === true);
    expect(back?.inactiveReason).toBeUndefined();
  });

  it('marks a group unit inactive when the bot is removed, and greets a group it is added to', async () => {
    const admin = h.chat({ chatId: -2003, userId: 504, type: 'group' });
    h.telegram.setMember(-2003, 504, 'administrator');
    await say(admin, '/dangky chi-bo-co-so Chi bộ 14');
    await h.push(myChatMemberUpdate({ id: -2003, type: 'group' }, 504, 'member', 'left'));
    expect((await waitStored(-2003, (u) => u?.active === false))?.inactiveReason).toBe('removed');
    await h.push(myChatMemberUpdate({ id: -2003, type: 'group' }, 504, 'left', 'member'));
    await waitStored(-2003, (u) => u?.active === true);

    const fresh = h.chat({ chatId: -2004, userId: 505, type: 'group' });
    await h.push(myChatMemberUpdate({ id: -2004, type: 'group' }, 505, 'left', 'member'));
    expect((await fresh.reply()).text).toContain('/dangky');
  });

  it('follows a group upgraded to a supergroup to its new chat id', async () => {
    const admin = h.chat({ chatId: -2005, userId: 506, type: 'group' });
    h.telegram.setMember(-2005, 506, 'administrator');
    await say(admin, '/dangky chi-bo-co-so Chi bộ 15');
    const newId = -1_009_876_543_210;
    await h.push(migrateUpdate(-2005, newId, 506));
    const moved = await waitStored(newId, (u) => u !== undefined);
    expect(moved?.name).toBe('Chi bộ 15');
    expect(moved?.chatType).toBe('supergroup');
    expect(await stored(-2005)).toBeUndefined();
    const superGroup = h.chat({ chatId: newId, userId: 506, type: 'supergroup' });
    expect(await say(superGroup, '/trangthai')).toContain('Chi bộ 15');
  });

  it('hands a private unit to a new secretary with a one-time code', async () => {
    const old = h.chat();
    const next = h.chat();
    await say(old, '/dangky chi-bo-co-so Chi bộ 16');
    const issued = await say(old, '/bangiao');
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(issued)?.[1];
    expect(code).toBeDefined();
    expect(issued).toContain('Dùng một lần');
    expect(await say(next, '/nhanbangiao')).toContain('Ví dụ');
    expect(await say(next, '/nhanbangiao ZZZZ-ZZZZ')).toContain('không đúng');
    expect(await say(old, `/nhanbangiao ${code}`)).toContain('đang là bí thư');
    expect(await say(next, `/nhanbangiao ${(code ?? '').toLowerCase()}`)).toContain(
      'đã nhận bàn giao đơn vị Chi bộ 16',
    );
    expect((await old.reply()).text).toContain('đã được bàn giao');
    expect(await say(next, '/trangthai')).toContain('Chi bộ 16');
    expect(await say(old, '/trangthai')).toContain('chưa đăng ký');
    const third = h.chat();
    expect(await say(third, `/nhanbangiao ${code}`)).toContain('không đúng hoặc đã được dùng');
    expect((await stored(next.chatId))?.secretaryId).toBe(next.userId);
  });

  it('sends a group unit’s handover code to the administrator in private', async () => {
    const admin = h.chat({ chatId: -2006, userId: 507, type: 'group' });
    h.telegram.setMember(-2006, 507, 'administrator');
    await say(admin, '/dangky chi-bo-co-so Chi bộ 17');
    expect(await say(admin, '/bangiao')).toContain('trò chuyện riêng');
    const dm = h.chat({ chatId: 507, userId: 507 });
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(dm.messages().at(-1)?.text ?? '')?.[1];
    expect(code).toBeDefined();
    const successor = h.chat({ userId: 508 });
    expect(await say(successor, `/nhanbangiao ${code}`)).toContain('Chi bộ 17');
    expect((await admin.reply()).text).toContain('đã nhận bàn giao làm bí thư');
    expect((await stored(-2006))?.secretaryId).toBe(508);
  });

  it('speaks English to an English-speaking secretary', async () => {
    const chat = h.chat({ languageCode: 'en' });
    expect(await say(chat, '/register chi-bo-co-so Cell 18')).toContain('Unit registered: Cell 18');
    const status = await say(chat, '/status');
    expect(status).toContain('Overdue by');
    expect(status).toContain('completed before 30 June 2025');
    expect(await say(chat, '/congressdate 31/02/2025')).toContain('not a date on the calendar');
  });
});
