import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessButton } from '../../src/bot/features/readiness.js';
import { Harness, type TestChat } from '../support/harness.js';
import { labelsOf, noticeId } from './helpers.js';

/**
 * The board's side of readiness, in process: a ward's staff see the readiness of the ward's own
 * units only, and a broadcast to "not done: political report" offers its count and reaches
 * exactly the units in scope that have not ticked that step.
 */
const CITY = 1;
const WARD = 501;
const REPORT = 'Báo cáo chính trị của đảng bộ, chi bộ';

describe('readiness for the board: scope and the "not done" audience', () => {
  let h: Harness;
  let city: TestChat;
  let ward: TestChat;
  /** Unit name -> chat id. */
  const units: Record<string, number> = {};

  /** Registers a grassroots cell by the ward's link (the guided flow) or, without one, by /dangky. */
  const register = async (userId: number, name: string, start?: string, type = 'chi-bo-co-so') => {
    const chat = h.chat({ userId });
    if (start) {
      await chat.send(`/start ${start}`);
      await chat.replies(2);
      await chat.press('chi bộ cơ sở');
      await chat.reply();
      await chat.say(name);
      await chat.press('Bỏ qua');
      await chat.reply();
      await chat.press('Không');
      expect((await chat.reply()).text).toContain(`Đã đăng ký đơn vị: ${name}`);
    } else {
      expect(await chat.say(`/dangky ${type} ${name}`)).toContain('Đã đăng ký');
    }
    units[name] = chat.chatId;
    return chat;
  };
  const tickReport = (chat: TestChat) =>
    chat.press({ data: readinessButton.pack(chat.chatId, 'bao-cao-chinh-tri', '1') });

  beforeAll(async () => {
    h = await Harness.start({
      clock: '2025-03-20T09:00:00+07:00',
      env: { ADMIN_IDS: String(CITY), ROOT_ORG_NAME: 'Thành ủy Hà Nội' },
    });
    city = h.chat({ userId: CITY });
    ward = h.chat({ userId: WARD });
    await city.send('/tochuc moi Phường Ba Đình');
    const [, linkMsg] = await city.replies(2);
    const text = linkMsg?.text ?? '';
    const staffLink = /\?start=(s[A-Za-z0-9_-]+)/.exec(text)?.[1];
    const registerLink = /\?start=(r[A-Za-z0-9_-]+)/.exec(text)?.[1];
    expect(await ward.say(`/start ${staffLink}`)).toContain('đã là cán bộ của Phường Ba Đình');
    // Two cells in the ward (one has done the political report), three under the city directly.
    expect((await tickReport(await register(601, 'Chi bộ Phường 1', registerLink))).answer).toContain(
      'Đã đánh dấu xong',
    );
    await register(602, 'Chi bộ Phường 2', registerLink);
    expect((await tickReport(await register(603, 'Chi bộ Thành 3'))).answer).toContain('Đã đánh dấu xong');
    await register(604, 'Đảng bộ Thành 4', undefined, 'dang-bo-co-so');
    await register(605, 'Chi bộ Thành 5', undefined, 'chi-bo-truc-thuoc');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("counts only the ward's subtree in the ward staff's readiness view; the city counts all", async () => {
    const wardView = await ward.say('/thongke');
    expect(wardView).toContain(`• ${REPORT}: 1/2`);
    // The cell under a committee has no review-of-programmes step: the ward's two cells must do it.
    expect(wardView).toContain(
      '• Tổng kết các đề án, chuyên đề, chương trình công tác nhiệm kỳ 2020 - 2025: 0/2',
    );
    const cityView = await city.say('/thongke');
    expect(cityView).toContain(`• ${REPORT}: 2/5`);
    expect(cityView).toContain(
      '• Tổng kết các đề án, chuyên đề, chương trình công tác nhiệm kỳ 2020 - 2025: 0/4',
    );
  });

  it('offers "not done: political report" with its count, previews it, and reaches exactly those units', async () => {
    await city.send('/thongbao Kính gửi các đơn vị: gửi dự thảo báo cáo chính trị trước thứ Sáu.');
    const [, control] = await city.replies(2);
    const id = noticeId(control?.text ?? '');
    const label = `Chưa xong: ${REPORT} (3)`;
    expect(labelsOf(control)).toContain(label);
    await city.press(label);
    const current = () => h.messagesTo(CITY).find((m) => m.messageId === control?.messageId);
    expect(current()?.text).toContain(`Gửi thông báo #${id} tới 3 đơn vị`);
    expect(current()?.text).toContain(`Chưa xong: ${REPORT}`);
    await city.press('Gửi ngay');
    await h.deliverAll();
    await h.staffPass();
    const got = (name: string) =>
      h.messagesTo(units[name] as number).filter((m) => m.text.includes('dự thảo báo cáo chính trị')).length;
    expect(Object.keys(units).map((name) => [name, got(name)])).toEqual([
      ['Chi bộ Phường 1', 0],
      ['Chi bộ Phường 2', 1],
      ['Chi bộ Thành 3', 0],
      ['Đảng bộ Thành 4', 1],
      ['Chi bộ Thành 5', 1],
    ]);
  });

  it("gives the ward's staff the same audience within the ward only", async () => {
    await ward.send('/thongbao Phường nhắc: hoàn thiện báo cáo chính trị.');
    const [, control] = await ward.replies(2);
    expect(labelsOf(control)).toContain(`Chưa xong: ${REPORT} (1)`);
    await ward.press(`Chưa xong: ${REPORT} (1)`);
    await ward.press('Gửi ngay');
    await h.deliverAll();
    await h.staffPass();
    const reached = Object.entries(units)
      .filter(([, chatId]) => h.messagesTo(chatId).some((m) => m.text.includes('Phường nhắc')))
      .map(([name]) => name);
    expect(reached).toEqual(['Chi bộ Phường 2']);
    expect(h.errors()).toEqual([]);
  });
});
