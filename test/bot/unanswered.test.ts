import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/bot/features/unanswered.js';
import { unansweredLog } from '../../src/knowledge/unanswered.js';
import { TEXT_LIMIT } from '../../src/message-split.js';
import { Harness } from '../support/harness.js';
import { labelsOf } from './helpers.js';

const STAFF = 4545;

describe('/cauhoimoi: the unanswered questions a page at a time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T02:00:00Z', env: { ADMIN_IDS: String(STAFF) } });
    // 23 questions a minute apart, written by the log the bot itself uses: three pages of ten.
    const log = unansweredLog(h.deps.store);
    for (let i = 1; i <= 23; i++)
      await log.add(`câu hỏi số ${i}`, new Date(Date.parse('2025-03-19T01:00:00Z') + i * 60_000));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const numbers = (text: string) => [...text.matchAll(/câu hỏi số (\d+)/g)].map((m) => Number(m[1]));

  it('shows the newest ten with a Next button, and pages forward and back by editing the message', async () => {
    const staff = h.chat({ userId: STAFF, languageCode: 'vi' });
    await staff.send('/cauhoimoi');
    const first = await staff.reply();
    expect(first.text).toContain('(23)');
    expect(numbers(first.text)).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    expect(first.text).toContain('Trang 1/3');
    expect(labelsOf(first)).toEqual(['Trang sau ▶️']);

    expect((await staff.press('Trang sau ▶️')).answer).toBe('');
    expect(staff.unread()).toEqual([]); // edited in place, no new message
    let shown = staff.messages().at(-1);
    expect(shown?.messageId).toBe(first.messageId);
    expect(numbers(shown?.text ?? '')).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(shown?.text).toContain('Trang 2/3');
    expect(labelsOf(shown as never)).toEqual(['◀️ Trang trước', 'Trang sau ▶️']);

    await staff.press('Trang sau ▶️');
    shown = staff.messages().at(-1);
    expect(numbers(shown?.text ?? '')).toEqual([3, 2, 1]);
    expect(shown?.text).toContain('Trang 3/3');
    expect(shown?.text).toContain('Bot giữ 1.000 câu hỏi gần nhất');
    expect(labelsOf(shown as never)).toEqual(['◀️ Trang trước']);

    await staff.press('◀️ Trang trước');
    expect(numbers(staff.messages().at(-1)?.text ?? '')).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
  });

  it('answers a forged page button and a page past the end each with its own alert, showing nothing', async () => {
    const staff = h.chat({ userId: STAFF, languageCode: 'vi' });
    for (const data of ['uq-p:abc', 'uq-p:-1', 'uq-p:1.5', 'uq-p:1:2', 'uq-p', 'uq-p:999999999']) {
      const pressed = await staff.press({ data });
      expect(pressed.answer, data).toBe(
        'Nút chuyển trang này không hợp lệ. Đồng chí gõ /cauhoimoi để xem lại danh sách.',
      );
      expect(pressed.showAlert, data).toBe(true);
    }
    const past = await staff.press({ data: 'uq-p:7' });
    expect(past.answer).toBe(
      'Danh sách hiện chỉ có 3 trang, không có trang 8. Đồng chí gõ /cauhoimoi để xem lại danh sách mới.',
    );
    expect(past.showAlert).toBe(true);
    expect(staff.unread()).toEqual([]);
    expect(h.callsOf('editMessageText').filter((c) => c.params.chat_id === STAFF)).toHaveLength(3);
  });

  it('refuses a page button to someone who is not staff, and audits it as the command', async () => {
    const member = h.chat({ languageCode: 'vi' });
    const pressed = await member.press({ data: 'uq-p:1' });
    expect(pressed.answer).toContain('Lệnh này dành cho cán bộ Ban Tổ chức');
    expect(member.unread()).toEqual([]);
    const audited = (await h.audit()).filter((e) => e.userId === member.userId);
    expect(audited).toMatchObject([{ action: 'questions.unanswered', outcome: 'refused' }]);
  });

  it('keeps a page of ten of the longest questions in one message under Telegram’s limit', async () => {
    const log = unansweredLog(h.deps.store);
    for (let i = 0; i < PAGE_SIZE; i++)
      await log.add(`${'dài '.repeat(200)}${i}`, new Date(Date.parse('2025-03-19T12:00:00Z') + i * 1000));
    const staff = h.chat({ userId: STAFF, languageCode: 'en' });
    await staff.send('/newquestions');
    const page = await staff.reply();
    expect(staff.unread()).toEqual([]);
    expect(page.text.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(page.text.match(/^• /gm)).toHaveLength(PAGE_SIZE);
    expect(page.text).toContain('Page 1/4');
    expect(labelsOf(page)).toEqual(['Next page ▶️']);
  });
});
