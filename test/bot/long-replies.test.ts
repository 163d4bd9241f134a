import { Input, Markup, Telegraf } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { splitLongReplies } from '../../src/bot/long-replies.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { TOKEN } from '../support/harness.js';
import { TelegramMethods } from '../support/telegram-methods.js';
import { BOT_INFO, messageUpdate } from '../support/updates.js';

/**
 * The one door every reply goes through (createBot installs it on each update's context), with
 * telegraf's real client against the fake Bot API, which refuses a text over 4,096 characters
 * and a caption over 1,024 as Telegram does.
 */
describe('replies over Telegram’s length limits', () => {
  const methods = new TelegramMethods(BOT_INFO);
  const api = new FakeBotApi({ globalPerSecond: 1e6, privateIntervalMs: 0, groupPerMinute: 1e6, methods });
  let bot: Telegraf<BotContext>;
  let handler: (ctx: BotContext) => Promise<unknown>;
  let chatId = 77_000;

  beforeAll(async () => {
    const apiRoot = await api.start();
    bot = new Telegraf<BotContext>(TOKEN, { telegram: { apiRoot } });
    bot.botInfo = BOT_INFO;
    bot.use((ctx) => {
      splitLongReplies(ctx);
      return handler(ctx);
    });
  });
  afterAll(() => api.stop());

  const run = async (h: (ctx: BotContext) => Promise<unknown>) => {
    handler = h;
    const id = ++chatId;
    await bot.handleUpdate(messageUpdate('/x', { chat: { id, type: 'private' }, from: { id } }));
    return id;
  };

  it('the fake refuses what Telegram refuses, so a reply that skipped the split would fail', async () => {
    const id = ++chatId;
    await expect(bot.telegram.sendMessage(id, 'x'.repeat(4097))).rejects.toThrow(/message is too long/);
  });

  it('sends a long list as several messages in order, cut between lines, the buttons under the last', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${i + 1}. Chi bộ Khu dân cư số ${i + 1}`);
    let returned: number | undefined;
    const id = await run(async (ctx) => {
      const m = await ctx.reply(
        lines.join('\n'),
        Markup.inlineKeyboard([Markup.button.callback('OK', 'ok')]),
      );
      returned = m.message_id;
    });
    const got = api.delivered.filter((d) => d.chatId === id);
    expect(got.length).toBeGreaterThan(2);
    for (const m of got) expect(m.text.length).toBeLessThanOrEqual(4096);
    expect(got.flatMap((m) => m.text.split('\n'))).toEqual(lines);
    expect(got.map((m) => m.replyMarkup !== undefined)).toEqual(got.map((_, i) => i === got.length - 1));
    // The caller gets the last message: the one with the buttons, which it may edit later.
    expect(returned).toBe(got.at(-1)?.messageId);
  });

  it('keeps an HTML reply balanced in every piece: a long <pre> table is closed and reopened', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Phường ${String(i + 1).padStart(3)}  12   3`);
    const id = await run((ctx) =>
      ctx.reply(`<b>Thống kê</b>\n<pre>${rows.join('\n')}</pre>`, { parse_mode: 'HTML' }),
    );
    const got = api.delivered.filter((d) => d.chatId === id);
    expect(got.length).toBe(2);
    expect(got.every((m) => m.parseMode === 'HTML')).toBe(true);
    expect(got[0]?.text).toMatch(/^<b>Thống kê<\/b>\n<pre>[\s\S]*<\/pre>$/);
    expect(got[1]?.text).toMatch(/^<pre>[\s\S]*<\/pre>$/);
  });

  it('sends a short reply as one message, untouched', async () => {
    const id = await run((ctx) => ctx.reply('  ngắn  '));
    expect(api.delivered.filter((d) => d.chatId === id).map((d) => d.text)).toEqual(['  ngắn  ']);
  });

  it('keeps a document’s caption to 1,024 and sends the rest of it as a message after the file', async () => {
    const caption = 'Danh sách đơn vị, xuất lúc 08:00. '.repeat(60).trim();
    const id = await run((ctx) =>
      ctx.replyWithDocument(Input.fromBuffer(Buffer.from('a,b\n'), 'ds.csv'), { caption }),
    );
    const doc = methods.documents.find((d) => d.chatId === id);
    expect(doc?.caption?.length).toBeLessThanOrEqual(1024);
    const after = api.delivered.filter((d) => d.chatId === id).map((d) => d.text);
    expect(after).toHaveLength(1);
    expect(`${doc?.caption} ${after[0]}`.replace(/\s+/g, ' ')).toBe(caption.replace(/\s+/g, ' '));
  });
});
