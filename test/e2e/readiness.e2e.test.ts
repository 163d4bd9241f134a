import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/delivery/outbox.js';
import type { EmulatedChat } from '../../src/local/emulated-chat.js';
import type { BotMessage } from '../../src/local/emulator.js';
import { openStore } from '../../src/store/index.js';
import { startBot } from '../support/bot-process.js';

/**
 * Issue 14's scenario through the real process and the Bot API emulator, on a rehearsal clock
 * (BOT_CLOCK): a secretary ticks two steps, /trangthai shows 2/M and the next step, the staff
 * readiness view counts it, a broadcast to "not done: political report" reaches exactly the units
 * without that step, the D-7 reminder lists exactly the open steps, and restarts send nothing
 * twice. The same behaviour is tested in more detail in process (test/bot/readiness*.test.ts).
 * Every wait is for a positive signal with a deadline.
 */
const STAFF = 1;
const REPORT = 'Báo cáo chính trị của đảng bộ, chi bộ';
const DOCS = 'Thành lập tổ văn kiện phục vụ đại hội';

async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('readiness through the real process', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let staff: EmulatedChat;
  let a: EmulatedChat;
  let b: EmulatedChat;
  let c: EmulatedChat;
  let total = 0;

  /** The outbox items in the store file (the bot's own record of what it sent). */
  const outbox = async () => {
    const store = await openStore(env.bot.storeUrl);
    try {
      const items: OutboxItem[] = [];
      for await (const [, item] of store.collection<OutboxItem>('outbox').entries()) items.push(item);
      return items;
    } finally {
      await store.close();
    }
  };
  const reminders = (chat: EmulatedChat) =>
    chat.messages().filter((m: BotMessage) => m.text.startsWith('🔔'));
  const startJobsDone = async (clock: string) => {
    const menus = env.emulator.callsOf('setMyCommands').length;
    await env.bot.start({ BOT_CLOCK: clock });
    // The menu is registered once the start-up jobs (the reminder pass, the sender) have run.
    await until(() => env.emulator.callsOf('setMyCommands').length > menus, 'the start-up jobs');
  };

  beforeAll(async () => {
    // D-8 of the grassroots windows (last day 29/06/2025).
    env = await startBot({ ADMIN_IDS: String(STAFF), BOT_CLOCK: '2025-06-21T10:00:00+07:00' });
    staff = env.emulator.chat({ userId: STAFF, languageCode: 'vi' });
    [a, b, c] = [0, 1, 2].map(() => env.emulator.chat({ languageCode: 'vi' })) as [
      EmulatedChat,
      EmulatedChat,
      EmulatedChat,
    ];
    for (const [chat, type, name] of [
      [a, 'chi-bo-co-so', 'Chi bộ A'],
      [b, 'chi-bo-co-so', 'Chi bộ B'],
      [c, 'dang-bo-co-so', 'Đảng bộ C'],
    ] as const) {
      await chat.send(`/dangky ${type} ${name}`);
      expect((await chat.reply()).text).toContain('Đã đăng ký');
    }
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('a secretary ticks two steps; /trangthai shows 2/M and the next step', async () => {
    await a.send('/chuanbi');
    const list = await a.reply();
    total = Number(/0\/(\d+) bước đã xong/.exec(list.text)?.[1]);
    expect(total).toBeGreaterThan(2);
    for (const step of [REPORT, DOCS]) {
      await a.press(`⬜ ${step}`);
      await until(
        () => a.messages().find((m) => m.messageId === list.messageId && m.text.includes(`✅ ${step}`)),
        `${step} ticked`,
      );
    }
    // B ticks another step, not the report.
    await b.send('/chuanbi');
    await b.reply();
    await b.press('⬜ Thành lập tổ nhân sự phục vụ đại hội');
    await until(() => b.messages().some((m) => m.text.includes('✅ Thành lập tổ nhân sự')), 'B ticked');
    await a.send('/trangthai');
    const status = (await a.reply()).text;
    expect(status).toContain(`Chuẩn bị: 2/${total} bước đã xong.`);
    expect(status).toContain(
      'Bước tiếp theo: Hội nghị quán triệt, triển khai các văn bản về công tác đại hội (hạn 31/10/2024)',
    );
  });

  it("counts it in the staff's readiness view", async () => {
    await staff.send('/thongke');
    const view = (await staff.reply()).text;
    expect(view).toContain(`• ${REPORT}: 1/3`);
    expect(view).toContain(`• ${DOCS}: 1/3`);
    expect(view).toContain('• Thành lập tổ nhân sự phục vụ đại hội: 1/3');
  });

  it('a broadcast to "not done: political report" reaches the units without it and no others', async () => {
    await staff.send('/thongbao Đề nghị các đơn vị gửi dự thảo báo cáo chính trị.');
    const label = `Chưa xong: ${REPORT} (2)`;
    // The control message: the one that offers the audiences (after /thongke's chart, the preview).
    const control = await until(
      () => staff.messages().find((m) => m.buttons.flat().some((x) => x.text === label)),
      'the audience buttons',
    );
    await staff.press(label);
    await until(
      () =>
        staff.messages().some((m) => m.messageId === control.messageId && m.text.includes('tới 2 đơn vị')),
      'the audience chosen',
    );
    await staff.press('Gửi ngay');
    const got = (chat: EmulatedChat) =>
      chat.messages().some((m) => m.text.includes('dự thảo báo cáo chính trị'));
    await until(() => got(b) && got(c), 'the notice at B and C');
    // Everything of the broadcast is sent, and only to B and C.
    const notice = await until(async () => {
      const items = (await outbox()).filter((i) => i.text.includes('dự thảo báo cáo chính trị'));
      return items.length > 0 && items.every((i) => i.state === 'sent') && items;
    }, 'the notice recorded as sent');
    expect(notice.map((i) => i.chatId).sort()).toEqual([b.chatId, c.chatId].sort());
    expect(got(a)).toBe(false);
  });

  it('the D-7 reminder lists exactly the open steps; restarts send nothing twice', async () => {
    await env.bot.stop();
    await startJobsDone('2025-06-22T08:00:05+07:00');
    const [reminder] = await until(() => reminders(a).length > 0 && reminders(a), "A's D-7 reminder");
    expect(reminder?.text).toContain('Còn 7 ngày.');
    expect(reminder?.text).toContain(`Còn ${total - 2}/${total} bước chuẩn bị chưa xong`);
    const listed = (reminder?.text ?? '').split('\n').filter((l) => l.startsWith('• '));
    expect(listed).toHaveLength(total - 2);
    expect(listed.some((l) => l.includes(REPORT) || l.includes(DOCS))).toBe(false);
    await until(() => reminders(b).length > 0 && reminders(c).length > 0, 'the D-7 reminders of B and C');
    expect(reminders(b)[0]?.text).toContain(`Còn ${total - 1}/${total} bước chuẩn bị chưa xong`);
    expect(reminders(b)[0]?.text).toContain(`• ${REPORT}`);

    await until(async () => {
      const items = (await outbox()).filter((i) => i.dedupeKey.startsWith('rem:'));
      return items.length === 3 && items.every((i) => i.state === 'sent');
    }, 'the three reminders recorded as sent');
    // A crash the same morning (the start above was a clean restart): nothing left to send.
    await env.bot.stop('SIGKILL');
    await startJobsDone('2025-06-22T09:00:00+07:00');
    const rem = (await outbox()).filter((i) => i.dedupeKey.startsWith('rem:'));
    expect(rem.map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
    for (const chat of [a, b, c]) expect(reminders(chat)).toHaveLength(1);
    const notices = [a, b, c].map(
      (chat) => chat.messages().filter((m) => m.text.includes('dự thảo báo cáo chính trị')).length,
    );
    expect(notices).toEqual([0, 1, 1]);
  });
});
