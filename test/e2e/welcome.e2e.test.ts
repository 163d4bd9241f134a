import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../support/bot-process.js';

describe('welcome and language, through the emulator', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    env = await startBot({ ADMIN_IDS: '4242' });
  });
  afterAll(async () => {
    await env.stop();
  });

  it('answers /start in Vietnamese by default, with the command list', async () => {
    const chat = env.emulator.chat();
    await chat.send('/start');
    const reply = await chat.reply();
    expect(reply.text).toContain('Chào đồng chí');
    expect(reply.text).toContain('/ngonngu');
  });

  it('answers /help in English to a user whose Telegram is in English', async () => {
    const chat = env.emulator.chat({ languageCode: 'en-US' });
    await chat.send('/help');
    expect((await chat.reply()).text).toContain('Welcome!');
  });

  it('switches to English with /ngonngu en, and /start then answers in English', async () => {
    const chat = env.emulator.chat({ languageCode: 'vi' });
    await chat.send('/ngonngu en');
    expect((await chat.reply()).text).toBe('Replies are now in English.');
    await chat.send('/start');
    expect((await chat.reply()).text).toContain('Welcome!');
  });

  it('offers language buttons for an unknown language, and a button switches', async () => {
    const chat = env.emulator.chat();
    await chat.send('/ngonngu fr');
    const reply = await chat.reply();
    expect(reply.text).toContain('"fr"');
    await chat.press('English');
    expect((await chat.reply()).text).toBe('Replies are now in English.');
  });

  it('shows staff commands only to staff', async () => {
    const staff = env.emulator.chat({ userId: 4242 });
    await staff.send('/start');
    expect((await staff.reply()).text).toContain('Ban Tổ chức');
    const member = env.emulator.chat();
    await member.send('/start');
    expect((await member.reply()).text).not.toContain('Ban Tổ chức');
  });

  it('hints at /trogiup for an unknown command, and answers a forged button politely', async () => {
    const chat = env.emulator.chat();
    await chat.send('/khongco');
    expect((await chat.reply()).text).toContain('/khongco');
    await chat.press({ data: 'lang:xx' });
    await chat.send('/start');
    expect((await chat.reply()).text).toContain('Chào đồng chí');
    const answers = env.emulator.callsOf('answerCallbackQuery');
    expect(answers.at(-1)?.params.text).toContain('Nút này đã cũ');
  });

  it('stays silent in a group on a bare unknown command meant for another bot', async () => {
    const group = env.emulator.chat({ chatId: -1001, type: 'group' });
    await group.send('/otherbot_command');
    expect(await group.quiet(400)).toEqual([]);
  });

  it('keeps working when setMyCommands is answered (menu registered in both languages)', () => {
    const menus = env.emulator.commandMenus;
    expect(menus.some((m) => m.language_code === 'en')).toBe(true);
  });
});
