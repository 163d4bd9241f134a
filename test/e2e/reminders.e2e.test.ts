import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotMessage, EmulatedChat } from '../../src/local/emulator.js';
import { startBot } from '../support/bot-process.js';

/**
 * Reminders through the emulator, on a rehearsal clock (BOT_CLOCK) and a one-second tick. A grassroots
 * cell's window ends on 29/06/2025: D-7 is 22/06, D-3 is 26/06.
 */
const TICK = { REMINDER_TICK: '*/1 * * * * *' };
const STAFF = 4343;

async function waitFor(
  chat: EmulatedChat,
  pred: (m: BotMessage) => boolean,
  ms = 20_000,
): Promise<BotMessage> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = chat.messages().find(pred);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `no such message; got ${JSON.stringify(chat.messages().map((m) => m.text))}\n${debug()}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

let debug = () => '';

/**
 * After a restart the dead process's long poll may still be open at the emulator for up to 10 s,
 * and it takes (and loses) the next update. A throwaway chat sends /start until the new process
 * answers, so the test's own presses are not the ones lost.
 */
async function settle(env: Awaited<ReturnType<typeof startBot>>): Promise<void> {
  const probe = env.emulator.chat();
  for (let i = 0; i < 15; i++) {
    await probe.send('/start');
    try {
      await probe.reply(1000);
      return;
    } catch {
      // taken by the stale poll; try again
    }
  }
  throw new Error('the restarted bot does not answer');
}
const reminders = (chat: EmulatedChat) => chat.messages().filter((m) => m.text.startsWith('🔔'));

describe('reminders end to end, with BOT_CLOCK', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let chat: EmulatedChat;

  beforeAll(async () => {
    env = await startBot({ ...TICK, ADMIN_IDS: String(STAFF), BOT_CLOCK: '2025-06-22T07:59:45+07:00' });
    chat = env.emulator.chat({ languageCode: 'vi' });
    debug = () =>
      `${env.bot.output.slice(-3000)}\n${JSON.stringify(env.emulator.callsOf('answerCallbackQuery').slice(-3))}`;
  });
  afterAll(async () => {
    await env.stop();
  });

  it('registering on D-7 at 07:59 brings the D-7 reminder at 08:00', async () => {
    await chat.send('/dangky chi-bo-co-so Chi bo ABC');
    const reminder = await waitFor(chat, (m) => m.text.startsWith('🔔'));
    expect(reminder.text).toContain('Chi bo ABC');
    expect(reminder.text).toContain('Ngày cuối cùng: 29/06/2025');
    expect(reminder.text).toContain('Còn 7 ngày.');
    expect(reminder.text).toContain('hoàn thành trước ngày 30/6/2025');
    expect(reminder.buttons.flat().map((b) => b.text)).toEqual([
      'Đã hoàn thành',
      'Nhắc lại ngày mai',
      'Xem nội dung cần chuẩn bị',
    ]);
  });

  it('sends no duplicate after a restart the same morning', async () => {
    await env.bot.stop('SIGTERM');
    await env.bot.start({ BOT_CLOCK: '2025-06-22T08:05:00+07:00' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(reminders(chat)).toHaveLength(1);
  });

  it('sends no duplicate after a crash (SIGKILL) either', async () => {
    await env.bot.stop('SIGKILL');
    await env.bot.start({ BOT_CLOCK: '2025-06-22T09:00:00+07:00' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(reminders(chat)).toHaveLength(1);
  });

  it('down over D-3 08:00: one catch-up after the restart, counted from that day', async () => {
    await env.bot.stop('SIGTERM');
    await env.bot.start({ BOT_CLOCK: '2025-06-27T09:00:00+07:00' });
    const catchUp = await waitFor(chat, (m) => m.text.includes('lẽ ra được gửi ngày 26/06/2025'));
    expect(catchUp.text).toContain('Còn 2 ngày.');
    await new Promise((r) => setTimeout(r, 2500));
    expect(reminders(chat)).toHaveLength(2);
    // And once more across a restart.
    await env.bot.stop('SIGTERM');
    await env.bot.start({ BOT_CLOCK: '2025-06-27T09:10:00+07:00' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(reminders(chat)).toHaveLength(2);
  });

  it('answers the buttons: remind tomorrow, and what to prepare', async () => {
    await settle(env);
    await chat.press('Nhắc lại ngày mai');
    expect((await waitFor(chat, (m) => m.text.startsWith('Đã hẹn'))).text).toContain('08:00 ngày 28/06/2025');
    await chat.press('Xem nội dung cần chuẩn bị');
    const list = await waitFor(chat, (m) => m.text.startsWith('Những việc cần chuẩn bị'));
    for (const part of ['Hai báo cáo', 'Ba tổ giúp việc', 'Nhân sự', 'Bốn nội dung'])
      expect(list.text).toContain(part);
  });

  it('/lich sends an .ics file with the unit window', async () => {
    await chat.send('/lich');
    const deadline = Date.now() + 10_000;
    while (!env.emulator.documents.some((d) => d.chatId === String(chat.chatId)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const doc = env.emulator.documents.find((d) => d.chatId === String(chat.chatId));
    expect(doc?.filename).toBe('lich-dai-hoi.ics');
    const ics = doc?.content.toString('utf8') ?? '';
    expect(ics).toContain('DTSTART;VALUE=DATE:20250401');
    expect(ics).toContain('DTEND;VALUE=DATE:20250630');
  });

  it('/lichnhac shows staff what goes out on a day, and refuses others', async () => {
    const staff = env.emulator.chat({ userId: STAFF });
    await staff.send('/lichnhac 29/06/2025');
    const preview = await staff.reply(10_000);
    expect(preview.text).toContain('29/06/2025');
    expect(preview.text).toMatch(/CBCS — Đại hội chi bộ cơ sở: \d+ đơn vị, ngày cuối cùng/);
    await chat.send('/lichnhac');
    expect((await waitFor(chat, (m) => m.text.includes('Ban Tổ chức'))).text).toContain('Ban Tổ chức');
  });

  it('"Đã hoàn thành" stops the reminders: nothing on the day after the deadline', async () => {
    await chat.press('Đã hoàn thành');
    await waitFor(chat, (m) => m.text.includes('tổ chức xong đại hội'));
    const before = reminders(chat).length;
    await env.bot.stop('SIGTERM');
    await env.bot.start({ BOT_CLOCK: '2025-06-30T09:00:00+07:00' });
    await settle(env);
    await new Promise((r) => setTimeout(r, 2500));
    expect(reminders(chat)).toHaveLength(before);
  });
});
