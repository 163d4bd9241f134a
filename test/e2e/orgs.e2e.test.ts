import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedChat } from '../../src/local/emulated-chat.js';
import { startBot } from '../support/bot-process.js';

/**
 * Issue 13's scenario through the real process and the Bot API emulator (the same steps run in
 * process, with more detail, in test/bot/orgs.test.ts): two wards, staff and secretaries by link,
 * each ward's counts and broadcast its own, used and expired links, a replayed button, a move.
 */
const CITY = 1;

async function until<T>(probe: () => T | undefined | false, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const linkIn = (text: string, kind: 's' | 'r') => {
  const found = new RegExp(`\\?start=(${kind}[A-Za-z0-9_-]+)`).exec(text)?.[1];
  if (!found) throw new Error(`no ${kind} link in: ${text}`);
  return found;
};

describe('organisations through the real process', () => {
  let env: Awaited<ReturnType<typeof startBot>>;
  let city: EmulatedChat;
  const staff: Record<'A' | 'B', EmulatedChat | undefined> = { A: undefined, B: undefined };
  const links: Record<'A' | 'B', { s: string; r: string }> = { A: { s: '', r: '' }, B: { s: '', r: '' } };
  const unit: Record<'A' | 'B' | 'C', EmulatedChat | undefined> = {
    A: undefined,
    B: undefined,
    C: undefined,
  };

  beforeAll(async () => {
    env = await startBot({
      ADMIN_IDS: String(CITY),
      ROOT_ORG_NAME: 'Thành ủy Hà Nội',
      BOT_CLOCK: '2025-03-20T09:00:00+07:00',
    });
    city = env.emulator.chat({ userId: CITY, languageCode: 'vi' });
  });
  afterAll(async () => {
    await env?.stop();
  });

  const total = async (chat: EmulatedChat) => {
    await chat.send('/thongke');
    return /Tổng\s+(\d+)/.exec((await chat.reply()).text)?.[1];
  };

  it('creates two wards, and one staff member joins each by link', async () => {
    for (const [key, name] of [
      ['A', 'Phường Ba Đình'],
      ['B', 'Phường Hoàn Kiếm'],
    ] as const) {
      await city.send(`/tochuc moi ${name}`);
      const [made, linkMsg] = await city.replies(2);
      expect(made?.text).toContain(`Đã tạo tổ chức ${name}`);
      links[key] = { s: linkIn(linkMsg?.text ?? '', 's'), r: linkIn(linkMsg?.text ?? '', 'r') };
      const member = env.emulator.chat({ languageCode: 'vi' });
      await member.send(`/start ${links[key].s}`);
      expect((await member.reply()).text).toContain(`đã là cán bộ của ${name}`);
      staff[key] = member;
    }
    const other = env.emulator.chat({ languageCode: 'vi' });
    await other.send(`/start ${links.A.s}`);
    expect((await other.reply()).text).toContain('đã được dùng');
  });

  it('registers two secretaries by the wards’ links and one without', async () => {
    for (const key of ['A', 'B'] as const) {
      const sec = env.emulator.chat({ languageCode: 'vi' });
      await sec.send(`/start ${links[key].r}`);
      await sec.replies(2);
      await sec.press('chi bộ cơ sở');
      await sec.reply();
      await sec.send(`Chi bộ phường ${key}`);
      await sec.reply();
      await sec.press('Bỏ qua');
      await sec.reply();
      await sec.press('Không');
      expect((await sec.reply()).text).toContain(`Đã đăng ký đơn vị: Chi bộ phường ${key}`);
      unit[key] = sec;
    }
    const sec = env.emulator.chat({ languageCode: 'vi' });
    await sec.send('/dangky chi-bo-co-so Chi bộ chưa có phường');
    expect((await sec.reply()).text).toContain('Đã đăng ký');
    unit.C = sec;
  });

  it('counts each ward’s own unit, and all three for the city', async () => {
    expect(await total(staff.A as EmulatedChat)).toBe('1');
    expect(await total(staff.B as EmulatedChat)).toBe('1');
    expect(await total(city)).toBe('3');
  });

  it('sends a ward’s broadcast to its unit only; the other ward’s replay of its button changes nothing', async () => {
    const a = staff.A as EmulatedChat;
    await a.send('/thongbao Họp chi ủy sáng thứ Hai');
    const [, control] = await a.replies(2);
    const id = /#([A-Z2-9]{6})/.exec(control?.text ?? '')?.[1] as string;
    expect(control?.buttons.flat().map((b) => b.text)).toContain('Tất cả đơn vị (1)');
    await a.press('Tất cả đơn vị (1)');
    await until(() => a.messages().some((m) => m.text.includes('tới 1 đơn vị')), 'the confirmation');
    await a.press('Gửi ngay');
    await until(
      () => (unit.A as EmulatedChat).messages().some((m) => m.text.includes('Họp chi ủy')),
      'the notice in ward A’s unit',
    );
    await until(() => a.messages().some((m) => m.text.includes('đã gửi xong')), 'the report');
    expect((unit.B as EmulatedChat).messages().some((m) => m.text.includes('Họp chi ủy'))).toBe(false);
    expect((unit.C as EmulatedChat).messages().some((m) => m.text.includes('Họp chi ủy'))).toBe(false);

    const b = staff.B as EmulatedChat;
    const answers = env.emulator.callsOf('answerCallbackQuery').length;
    await b.press({ data: `bc-act:${id}:send` });
    const answer = await until(
      () => env.emulator.callsOf('answerCallbackQuery').slice(answers)[0],
      'the answer to the replayed button',
    );
    expect(String(answer.params.text)).toContain('không thuộc phạm vi');
    await b.send(`/thongbao_chitiet ${id}`);
    expect((await b.reply()).text).toBe(`Không tìm thấy thông báo #${id}.`);
  });

  it('moves the unassigned unit into ward B at the city’s word', async () => {
    await city.send('/tochuc');
    await city.reply();
    await city.press('Đơn vị trực tiếp');
    await city.reply();
    await city.press('Chi bộ chưa có phường');
    await city.reply();
    await city.press('Phường Hoàn Kiếm');
    expect((await city.reply()).text).toBe('Đã chuyển Chi bộ chưa có phường sang Phường Hoàn Kiếm.');
    expect(await total(staff.B as EmulatedChat)).toBe('2');
    expect(await total(staff.A as EmulatedChat)).toBe('1');
  });

  it('refuses a staff link opened after 72 hours (the bot restarted on a later clock)', async () => {
    await (staff.A as EmulatedChat).send('/moi');
    const fresh = linkIn((await (staff.A as EmulatedChat).reply()).text, 's');
    await env.bot.stop();
    await env.bot.start({ BOT_CLOCK: '2025-03-23T10:00:00+07:00' });
    const late = env.emulator.chat({ languageCode: 'vi' });
    await late.send(`/start ${fresh}`);
    expect((await late.reply()).text).toContain('hết hạn (sau 72 giờ)');
    await late.send('/thongke');
    expect((await late.reply()).text).toContain('dành cho cán bộ Ban Tổ chức');
  });
});
