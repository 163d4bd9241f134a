import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestChat } from '../support/harness.js';
import { labelsOf, noticeId, parseCsv } from './helpers.js';

/**
 * Issue 13's scenario, in process: the city creates two wards; one person joins each as staff by
 * link; three secretaries register (two by the wards' links, one without); each ward sees and
 * reaches only its own unit; the city sees both wards and the unassigned unit; used and expired
 * staff links are refused; a ward replaying the other ward's buttons changes nothing; a unit
 * moved by the city counts in its new ward.
 */
const CITY = 1;
const WARD_A = 501;
const WARD_B = 502;
const HOUR = 3600_000;

const linksIn = (text: string) => {
  const staff = /https:\/\/t\.me\/daihoi_test_bot\?start=(s[A-Za-z0-9_-]+)/.exec(text)?.[1];
  const register = /https:\/\/t\.me\/daihoi_test_bot\?start=(r[A-Za-z0-9_-]+)/.exec(text)?.[1];
  const group = /https:\/\/t\.me\/daihoi_test_bot\?startgroup=(r[A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (!staff || !register) throw new Error(`no links in: ${text}`);
  return { staff, register, group };
};

describe('organisations: a city with two wards, in process', () => {
  let h: Harness;
  let city: TestChat;
  let wardA: TestChat;
  let wardB: TestChat;
  const ids: Record<string, string> = {};
  const links: Record<string, ReturnType<typeof linksIn>> = {};
  const units: Record<string, number> = {};

  beforeAll(async () => {
    h = await Harness.start({
      clock: '2025-03-20T09:00:00+07:00',
      env: { ADMIN_IDS: String(CITY), ROOT_ORG_NAME: 'Thành ủy Hà Nội' },
    });
    city = h.chat({ userId: CITY });
    wardA = h.chat({ userId: WARD_A, firstName: 'Lan' });
    wardB = h.chat({ userId: WARD_B, firstName: 'Minh' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const statsTotal = async (chat: TestChat) => {
    await chat.send('/thongke');
    const text = (await chat.reply()).text;
    return { text, total: /Tổng\s+(\d+)/.exec(text)?.[1] };
  };

  /** The guided registration after a link: type, name, no parent, no pilot. */
  const register = async (chat: TestChat, start: string | undefined, name: string) => {
    if (start) {
      await chat.send(`/start ${start}`);
      const [into, ask] = await chat.replies(2);
      expect(into?.text).toContain('Đăng ký đơn vị vào');
      expect(ask?.text).toContain('chọn loại đơn vị');
      await chat.press('chi bộ cơ sở');
      expect((await chat.reply()).text).toContain('gõ tên đơn vị');
      expect(await chat.say(name)).toContain('tổ chức cấp trên');
      await chat.press('Bỏ qua');
      expect((await chat.reply()).text).toContain('đại hội điểm');
      await chat.press('Không');
      expect((await chat.reply()).text).toContain(`Đã đăng ký đơn vị: ${name}`);
    } else {
      expect(await chat.say(`/dangky chi-bo-co-so ${name}`)).toContain('Đã đăng ký');
    }
    units[name] = chat.chatId;
  };

  it('lets the city create two wards, each with its two links', async () => {
    for (const name of ['Phường Ba Đình', 'Phường Hoàn Kiếm']) {
      await city.send(`/tochuc moi ${name}`);
      const [made, linkMsg] = await city.replies(2);
      expect(made?.text).toBe(`Đã tạo tổ chức ${name}, trực thuộc Thành ủy Hà Nội.`);
      links[name] = linksIn(linkMsg?.text ?? '');
      const org = [...h.deps.orgs.tree().byId.values()].find((o) => o.name === name);
      ids[name] = org?.id as string;
    }
    expect(links['Phường Ba Đình']?.group).toBe(links['Phường Ba Đình']?.register);
    // The same name again among siblings, an empty one, a long one: a specific reply, nothing stored.
    expect(await city.say('/tochuc moi phường ba đình')).toContain('Đã có tổ chức trực thuộc cùng cấp');
    expect(await city.say('/orgs new')).toContain('/tochuc moi TÊN');
    expect(await city.say(`/tochuc moi ${'x'.repeat(121)}`)).toContain('dài quá 120');
    expect(h.deps.orgs.tree().byId.size).toBe(3);
  });

  it('makes one person staff of each ward by link, once; a used link is refused', async () => {
    expect(await wardA.say(`/start ${links['Phường Ba Đình']?.staff}`)).toContain(
      'đã là cán bộ của Phường Ba Đình',
    );
    expect(await wardB.say(`/start ${links['Phường Hoàn Kiếm']?.staff}`)).toContain(
      'đã là cán bộ của Phường Hoàn Kiếm',
    );
    const late = h.chat({ userId: 503 });
    expect(await late.say(`/start ${links['Phường Ba Đình']?.staff}`)).toContain('đã được dùng');
    expect(h.deps.orgs.scopeFor(503)).toBeUndefined();
    // A staff link in a group, a malformed and a made-up one: refused, nothing changes.
    const group = h.chat({ userId: 504, chatId: -7001, type: 'group' });
    expect(await group.say(`/start ${links['Phường Ba Đình']?.staff}`)).toContain('không dùng trong nhóm');
    expect(await late.say('/start s***')).toContain('không đúng dạng');
    expect(await late.say(`/start s${'A'.repeat(22)}`)).toContain('không đúng hoặc không còn hiệu lực');
    expect(h.deps.orgs.scopeFor(504)).toBeUndefined();
  });

  it('registers two units by the wards’ links and one without a link', async () => {
    await register(h.chat({ userId: 601 }), links['Phường Ba Đình']?.register, 'Chi bộ Khu phố 1');
    await register(h.chat({ userId: 602 }), links['Phường Hoàn Kiếm']?.register, 'Chi bộ Khu phố 2');
    await register(h.chat({ userId: 603 }), undefined, 'Chi bộ Khu phố 3');
    expect(h.deps.units.get(601)?.org).toBe(ids['Phường Ba Đình']);
    expect(h.deps.units.get(602)?.org).toBe(ids['Phường Hoàn Kiếm']);
    expect(h.deps.units.get(603)?.org).toBeUndefined();
  });

  it('shows each ward only its own unit in /thongke and /danhsach', async () => {
    const a = await statsTotal(wardA);
    expect(a.total).toBe('1');
    expect(a.text).toContain('Thành ủy Hà Nội › Phường Ba Đình');
    expect(a.text).not.toContain('Hoàn Kiếm');
    expect((await statsTotal(wardB)).total).toBe('1');
    await wardA.send('/danhsach csv');
    const rows = parseCsv(
      (h.telegram.documents.at(-1)?.content ?? Buffer.alloc(0)).toString('utf8').slice(1),
    );
    const header = rows[0] as string[];
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[header.indexOf('Tên đơn vị')]).toBe('Chi bộ Khu phố 1');
    expect(rows[1]?.[header.indexOf('Tổ chức')]).toBe('Phường Ba Đình');
  });

  it('shows the city both wards, a row each, and the unassigned unit', async () => {
    const c = await statsTotal(city);
    expect(c.total).toBe('3');
    expect(c.text).toMatch(/Phường Ba Đình\s+1/);
    expect(c.text).toMatch(/Phường Hoàn Kiếm\s+1/);
    expect(c.text).toMatch(/\(trực tiếp\)\s+1/);
    await city.send('/tochuc');
    const view = (await city.reply()).text;
    expect(view).toContain('• Phường Ba Đình: 1 đơn vị');
    expect(view).toContain('Đơn vị trực tiếp: 1 đã đăng ký');
  });

  let notice = '';
  it('counts and sends a ward’s broadcast to its own unit only', async () => {
    await wardA.send('/thongbao Kính gửi các chi bộ: họp giao ban sáng thứ Hai.');
    const [, control] = await wardA.replies(2);
    notice = noticeId(control?.text ?? '');
    expect(labelsOf(control)).toContain('Tất cả đơn vị (1)');
    await wardA.press('Tất cả đơn vị (1)');
    const current = () => h.messagesTo(WARD_A).find((m) => m.messageId === control?.messageId);
    expect(current()?.text).toContain(`Gửi thông báo #${notice} tới 1 đơn vị`);
    await wardA.press('Gửi ngay');
    await h.deliverAll();
    await h.staffPass();
    wardA.unread();
    const got = (chatId: number) => h.messagesTo(chatId).some((m) => m.text.includes('họp giao ban'));
    expect(got(601)).toBe(true);
    expect(got(602)).toBe(false);
    expect(got(603)).toBe(false);
  });

  it('refuses the other ward’s replayed buttons and names nothing of it', async () => {
    const beforeB = await statsTotal(wardB);
    const replay = await wardB.press({ data: `bc-act:${notice}:send` });
    expect(replay.showAlert).toBe(true);
    expect(replay.answer).toContain('không thuộc phạm vi');
    expect(await wardB.say(`/thongbao_chitiet ${notice}`)).toBe(`Không tìm thấy thông báo #${notice}.`);
    const view = await wardB.press({ data: `og-v:${ids['Phường Ba Đình']}:0` });
    expect(view.answer).not.toContain('Ba Đình');
    expect(view.showAlert).toBe(true);
    const move = await wardB.press({ data: `og-mt:601:${ids['Phường Hoàn Kiếm']}` });
    expect(move.answer).toContain('không thuộc phạm vi');
    expect(h.deps.units.get(601)?.org).toBe(ids['Phường Ba Đình']);
    expect((await statsTotal(wardB)).total).toBe(beforeB.total);
    const refused = (await h.audit()).filter((e) => e.userId === WARD_B && e.outcome === 'refused');
    expect(refused.map((e) => e.detail?.reason)).toEqual([
      'out-of-scope',
      'out-of-scope',
      'out-of-scope',
      'out-of-scope',
    ]);
  });

  it('refuses a staff link opened after 72 hours', async () => {
    await wardA.send('/moi');
    const fresh = linksIn((await wardA.reply()).text);
    expect(fresh.register).toBe(links['Phường Ba Đình']?.register);
    h.clock.advance(72 * HOUR);
    const later = h.chat({ userId: 505 });
    expect(await later.say(`/start ${fresh.staff}`)).toContain('hết hạn (sau 72 giờ)');
    expect(h.deps.orgs.scopeFor(505)).toBeUndefined();
  });

  it('moves the unassigned unit into a ward when the city says so; the ward counts it', async () => {
    await city.send('/tochuc');
    await city.reply();
    await city.press('Đơn vị trực tiếp');
    await city.reply();
    await city.press('Chi bộ Khu phố 3');
    expect((await city.reply()).text).toContain('Chuyển Chi bộ Khu phố 3 sang tổ chức nào?');
    await city.press('Phường Hoàn Kiếm');
    expect((await city.reply()).text).toBe('Đã chuyển Chi bộ Khu phố 3 sang Phường Hoàn Kiếm.');
    expect((await statsTotal(wardB)).total).toBe('2');
    expect((await statsTotal(city)).total).toBe('3');
  });

  it('refuses to remove a ward that still has units, and a ward cannot remove itself', async () => {
    await city.send('/tochuc');
    await city.reply();
    await city.press('📂 Phường Hoàn Kiếm');
    // The card replaces the list in the same message.
    expect(city.messages().at(-1)?.text).toContain('Tổ chức: Phường Hoàn Kiếm');
    const pressed = await city.press({ data: `og-a:remove-yes:${ids['Phường Hoàn Kiếm']}` });
    expect(pressed.answer).toBe('');
    expect(city.messages().at(-1)?.text).toContain('tổ chức còn 2 đơn vị');
    expect(h.deps.orgs.get(ids['Phường Hoàn Kiếm'] as string)).toBeDefined();
    city.unread();
    await wardB.press({ data: `og-a:remove-yes:${ids['Phường Hoàn Kiếm']}` });
    expect(wardB.unread().at(-1)?.text).toContain('Không xóa được tổ chức của chính đồng chí');
  });

  it('lists the staff of the city’s subtree; ADMIN_IDS cannot be removed, a ward’s staff can', async () => {
    await city.send('/canbo');
    const list = await city.reply();
    expect(list.text).toContain('ADMIN_IDS');
    expect(list.text).toContain('Lan (501) — Phường Ba Đình');
    expect(labelsOf(list)).not.toContain(`Gỡ quyền ${CITY}`);
    expect((await wardA.press({ data: `og-sr:${CITY}` })).answer).toBe('');
    expect(wardA.unread().at(-1)?.text).toContain('ADMIN_IDS không gỡ được');
    await city.press('Gỡ quyền Minh (502)');
    expect((await city.reply()).text).toContain('Đã gỡ quyền cán bộ của Minh (502)');
    expect(await wardB.say('/thongke')).toContain('dành cho cán bộ Ban Tổ chức');
    expect(h.errors()).toEqual([]);
  });

  it('renames a ward by its button: a duplicate or empty name is refused and the rename waits for a better one', async () => {
    await city.send('/tochuc');
    await city.reply();
    await city.press('📂 Phường Ba Đình');
    await city.press('✏️ Đổi tên');
    expect((await city.reply()).text).toContain('gửi tên mới cho Phường Ba Đình');
    expect(await city.say('phường hoàn kiếm')).toContain('Đã có tổ chức trực thuộc cùng cấp');
    expect(await city.say('x'.repeat(121))).toContain('dài quá 120');
    expect(h.deps.orgs.get(ids['Phường Ba Đình'] as string)?.name).toBe('Phường Ba Đình');
    expect(await city.say('Phường Ba Đình mới')).toBe('Đã đổi tên thành Phường Ba Đình mới.');
    expect(h.deps.orgs.get(ids['Phường Ba Đình'] as string)?.name).toBe('Phường Ba Đình mới');
  });

  it('registers a group by ?startgroup= for its administrator only; a member is refused', async () => {
    const link = links['Phường Hoàn Kiếm']?.group as string;
    const member = h.chat({ userId: 611, chatId: -8001, type: 'group' });
    h.telegram.setMember(-8001, 611, 'member');
    await member.send(`/start@daihoi_test_bot ${link}`);
    expect(member.unread().map((m) => m.text)).toEqual([h.deps.i18n.t('vi', 'units-perm-not-admin')]);
    expect(await h.deps.units.drafts.get(-8001, 611)).toBeUndefined();
    const admin = h.chat({ userId: 612, chatId: -8001, type: 'group' });
    h.telegram.setMember(-8001, 612, 'administrator');
    await admin.send(`/start@daihoi_test_bot ${link}`);
    const [into, ask] = await admin.replies(2);
    expect(into?.text).toBe('Đăng ký đơn vị vào Phường Hoàn Kiếm.');
    expect(ask?.text).toContain('chọn loại đơn vị');
    expect((await h.deps.units.drafts.get(-8001, 612))?.org).toBe(ids['Phường Hoàn Kiếm']);
  });

  it('puts an unassigned unit that follows a ward’s link into the ward, and leaves a ward’s unit where it is', async () => {
    const loose = h.chat({ userId: 620 });
    expect(await loose.say('/dangky chi-bo-co-so Chi bộ Khu phố 9')).toContain('Đã đăng ký');
    expect(await loose.say(`/start ${links['Phường Hoàn Kiếm']?.register}`)).toBe(
      'Đơn vị Chi bộ Khu phố 9 nay thuộc Phường Hoàn Kiếm.',
    );
    expect(h.deps.units.get(620)?.org).toBe(ids['Phường Hoàn Kiếm']);
    expect(await loose.say(`/start ${links['Phường Ba Đình']?.register}`)).toContain(
      'đang thuộc Phường Hoàn Kiếm',
    );
    expect(h.deps.units.get(620)?.org).toBe(ids['Phường Hoàn Kiếm']);
  });

  it('refuses a revoked registration link, and the new one works', async () => {
    await wardA.send('/moi');
    await wardA.reply();
    const pressed = await wardA.press('Thu hồi đường dẫn đăng ký');
    expect(pressed.answer).toBe('');
    expect((await wardA.reply()).text).toContain('Đã thu hồi đường dẫn đăng ký');
    const sec = h.chat({ userId: 630 });
    expect(await sec.say(`/start ${links['Phường Ba Đình']?.register}`)).toContain('đã bị thu hồi');
    expect(h.deps.units.get(630)).toBeUndefined();
    await wardA.send('/moi');
    const fresh = linksIn((await wardA.reply()).text);
    expect(fresh.register).not.toBe(links['Phường Ba Đình']?.register);
    await sec.send(`/start ${fresh.register}`);
    expect((await sec.replies(2))[0]?.text).toContain('Đăng ký đơn vị vào Phường Ba Đình');
    expect(h.errors()).toEqual([]);
  });
});
