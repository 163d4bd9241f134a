import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/bot/commands.js';
import { Harness } from '../support/harness.js';

describe('welcome and language, in process', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T02:00:00Z', env: { ADMIN_IDS: '4242' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers /start in Vietnamese by default, with the command list', async () => {
    const chat = h.chat();
    await chat.send('/start');
    const reply = await chat.reply();
    expect(reply.text).toContain('Chào đồng chí');
    expect(reply.text).toContain('/ngonngu');
  });

  it('answers /help in English to a user whose Telegram is in English', async () => {
    const chat = h.chat({ languageCode: 'en-US' });
    await chat.send('/help');
    expect((await chat.reply()).text).toContain('Welcome!');
  });

  it('switches to English with /ngonngu en, and /start then answers in English', async () => {
    const chat = h.chat({ languageCode: 'vi' });
    await chat.send('/ngonngu en');
    expect((await chat.reply()).text).toBe('Replies are now in English.');
    await chat.send('/start');
    expect((await chat.reply()).text).toContain('Welcome!');
  });

  it('offers language buttons for an unknown language, and a button switches', async () => {
    const chat = h.chat();
    await chat.send('/ngonngu fr');
    const reply = await chat.reply();
    expect(reply.text).toContain('"fr"');
    await chat.press('English');
    expect((await chat.reply()).text).toBe('Replies are now in English.');
  });

  it('shows staff commands only to staff', async () => {
    const staff = h.chat({ userId: 4242 });
    await staff.send('/start');
    expect((await staff.reply()).text).toContain('Ban Tổ chức');
    const member = h.chat();
    await member.send('/start');
    expect((await member.reply()).text).not.toContain('Ban Tổ chức');
  });

  it('hints at /trogiup for an unknown command, and answers a forged button politely', async () => {
    const chat = h.chat();
    await chat.send('/khongco');
    expect((await chat.reply()).text).toContain('/khongco');
    expect((await chat.press({ data: 'lang:xx' })).answer).toContain('Nút này đã cũ');
    await chat.send('/start');
    expect((await chat.reply()).text).toContain('Chào đồng chí');
  });

  it('stays silent in a group on a bare unknown command meant for another bot', async () => {
    const group = h.chat({ chatId: -1001, type: 'group' });
    await group.send('/otherbot_command');
    expect(group.unread()).toEqual([]);
  });

  it('registers the menu from the registry in both languages, without staff commands', async () => {
    await h.registerMenu();
    const menus = h.telegram.commandMenus;
    const en = menus.find((m) => m.language_code === 'en');
    const vi = menus.find((m) => m.language_code === undefined);
    const names = (m: Record<string, unknown> | undefined) =>
      ((m?.commands ?? []) as Array<{ command: string }>).map((c) => c.command);
    expect(names(vi)).toEqual(COMMANDS.filter((c) => c.audience !== 'staff').map((c) => c.vi[0]));
    expect(names(en)).toEqual(COMMANDS.filter((c) => c.audience !== 'staff').map((c) => c.en[0]));
    expect(names(vi)).not.toContain('thongbao');
  });
});
