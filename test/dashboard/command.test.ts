import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';

const URL = 'https://bot.example.org/dashboard/';
const ADMIN = 4001;

describe('/bangdieukhien (/dashboard)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });
  const start = async (env: Record<string, string>) => {
    h = await Harness.start({
      clock: '2025-03-20T09:00:00+07:00',
      env: { ADMIN_IDS: String(ADMIN), ...env },
    });
    return h;
  };

  it('gives staff a button that opens the Mini App at DASHBOARD_URL, under either name', async () => {
    const h = await start({ DASHBOARD_URL: URL });
    const chat = h.chat({ userId: ADMIN });
    for (const name of ['/bangdieukhien', '/dashboard']) {
      await chat.send(name);
      const reply = await chat.reply();
      expect(reply.text).toContain('Bảng điều khiển');
      const markup = reply.replyMarkup as {
        inline_keyboard: Array<Array<{ text: string; web_app?: { url: string } }>>;
      };
      expect(markup.inline_keyboard[0]?.[0]).toMatchObject({
        text: 'Mở bảng điều khiển',
        web_app: { url: URL },
      });
    }
  });

  it('says in English, when the user speaks it, that the dashboard is not configured', async () => {
    const h = await start({});
    const chat = h.chat({ userId: ADMIN, languageCode: 'en' });
    expect(await chat.say('/dashboard')).toContain('The dashboard is not set up for this bot');
  });

  it('refuses someone who is not staff, and any group chat', async () => {
    const h = await start({ DASHBOARD_URL: URL });
    const reply = await h.chat({ userId: 4999 }).say('/bangdieukhien');
    expect(reply).toContain('Ban Tổ chức');
    expect(reply).not.toContain('Mở bảng');
    const group = h.chat({ userId: ADMIN, chatId: -5001, type: 'supergroup' });
    expect(await group.say('/bangdieukhien')).toContain('tin nhắn riêng');
    const audit = await h.deps.staff.audit.all();
    expect(audit.filter((e) => e.action === 'dashboard.open').map((e) => e.outcome)).toEqual([
      'refused',
      'refused',
    ]);
  });
});
