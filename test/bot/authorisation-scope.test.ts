import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, namesOf } from '../../src/bot/commands.js';
import { Harness, type TestChat } from '../support/harness.js';
import { fileText, noticeId } from './helpers.js';

/**
 * Generated from the command registry, like authorisation.test.ts, for scope: a ward's staff
 * member runs every staff command under every name, bare and naming the other ward's notice,
 * before and after the other ward has units, staff and notices. What they see must not change
 * (no name, no count of the other ward leaks); every button naming the other ward's notice, unit,
 * organisation or staff member is refused with an alert that names nothing, and changes nothing.
 */
const CITY = 1;
const STAFF_A = 7001;
const STAFF_B = 7002;
const A_UNIT = 'Chi bộ Bí mật số 9';
const A_NOTICE = 'Nội dung riêng của phường An';
const A_QUESTION = 'Giá vé tàu điện Cát Linh hôm nay bao nhiêu?';

const staffNames = COMMANDS.filter((c) => c.audience === 'staff').flatMap((c) => namesOf(c));

/** Fresh links and notice ids differ run to run; everything else must be equal. */
const normalise = (s: string) =>
  s
    .replace(/start(group)?=[A-Za-z0-9_-]+/g, 'start$1=…')
    .replace(/#[A-Z2-9]{6}/g, '#…')
    .replace(/\b[A-Z2-9]{6}\b/g, '…');

describe('scope: another ward’s staff see and change nothing of it', () => {
  let h: Harness;
  let b: TestChat;
  const org: Record<'A' | 'B', string> = { A: '', B: '' };
  let noticeA = 'ABC234';

  const cityScope = () => {
    const scope = h.deps.orgs.scopeFor(CITY);
    if (!scope) throw new Error('the city has no scope');
    return scope;
  };
  const linkOf = (text: string, kind: 's' | 'r') =>
    new RegExp(`start=(${kind}[A-Za-z0-9_-]+)`).exec(text)?.[1] as string;

  beforeAll(async () => {
    h = await Harness.start({ clock: '2025-03-20T09:00:00+07:00', env: { ADMIN_IDS: String(CITY) } });
    const city = h.chat({ userId: CITY });
    for (const [key, name] of [
      ['A', 'Phường An'],
      ['B', 'Phường Bình'],
    ] as const) {
      await city.send(`/tochuc moi ${name}`);
      const [, links] = await city.replies(2);
      org[key] = [...h.deps.orgs.tree().byId.values()].find((o) => o.name === name)?.id as string;
      const staff = h.chat({ userId: key === 'A' ? STAFF_A : STAFF_B, firstName: `Cán bộ ${name}` });
      await staff.say(`/start ${linkOf(links?.text ?? '', 's')}`);
      if (key === 'B') {
        const sec = h.chat({ userId: 7102 });
        await sec.say(`/start ${linkOf(links?.text ?? '', 'r')}`);
      }
    }
    // Ward B's own unit, registered into B by moving it there as the city.
    const bUnit = h.chat({ userId: 7202 });
    await bUnit.say('/dangky chi-bo-co-so Chi bộ của phường Bình');
    await h.deps.orgs.moveUnit(h.deps.units, cityScope(), 7202, org.B);
    b = h.chat({ userId: STAFF_B });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Everything ward B's staff member gets back from every staff command, normalised. */
  const viewOfB = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const name of staffNames) {
      for (const text of [`/${name}`, `/${name} ${noticeA}`, `/${name} ${org.A}`]) {
        const docs = h.telegram.documents.length;
        await b.send(text);
        const replies = b.unread().map((m) => normalise(m.text));
        const files = (await Promise.all(h.telegram.documents.slice(docs).map(fileText))).map(normalise);
        out.push(
          `${text.replace(noticeA, 'ID').replace(org.A, 'ORG')} => ${[...replies, ...files].join(' | ')}`,
        );
      }
    }
    return out;
  };

  let before: string[] = [];
  it('records what ward B sees before ward A has anything', async () => {
    before = await viewOfB();
    expect(before.length).toBe(staffNames.length * 3);
  });

  it('shows ward B the same after ward A has a unit, staff and notices', async () => {
    const sec = h.chat({ userId: 7101 });
    await sec.say('/dangky chi-bo-co-so Đăng ký tạm');
    await h.deps.orgs.moveUnit(h.deps.units, cityScope(), 7101, org.A);
    await h.deps.units.update(7101, (u) => (u ? { ...u, name: A_UNIT } : u));
    // A question the bot cannot answer, asked in ward A's unit's chat: ward A's and the city's.
    await sec.send(A_QUESTION);
    sec.unread();
    const a = h.chat({ userId: STAFF_A });
    await a.send(`/thongbao ${A_NOTICE}`);
    const [, control] = await a.replies(2);
    noticeA = noticeId(control?.text ?? '');
    await a.press('Tất cả đơn vị (1)');
    await a.press('Gửi ngay');
    await h.deliverAll();
    await h.staffPass();
    await a.send(`/thongbao lúc 25/03/2025 08:00 ${A_NOTICE} (hẹn giờ)`);
    await a.replies(2);
    const after = await viewOfB();
    expect(after).toEqual(before);
    const all = after.join('\n');
    for (const secret of [A_UNIT, A_NOTICE, A_QUESTION, 'Phường An', 'Cán bộ Phường An', String(STAFF_A)])
      expect(all).not.toContain(secret);
    // The same commands do show ward A's things to ward A and the city: the test could fail.
    expect(await a.say('/cauhoimoi')).toContain(A_QUESTION);
    expect(await h.chat({ userId: CITY }).say('/cauhoimoi')).toContain(A_QUESTION);
    for (const list of ['/danhsach', '/danhsach csv']) {
      await a.send(list);
      const doc = h.telegram.documents.at(-1);
      expect(doc && (await fileText(doc))).toContain(A_UNIT);
    }
  });

  it('refuses every button naming ward A’s notice, unit, organisation or staff, and changes nothing', async () => {
    const buttons = [
      `bc-aud:${noticeA}:all`,
      `bc-act:${noticeA}:send`,
      `bc-act:${noticeA}:cancel`,
      `bc-act:${noticeA}:back`,
      `bc-act:${noticeA}:unsched`,
      `og-v:${org.A}:0`,
      `og-a:links:${org.A}`,
      `og-a:rename:${org.A}`,
      `og-a:remove:${org.A}`,
      `og-a:remove-yes:${org.A}`,
      `og-rv:${org.A}`,
      `og-u:${org.A}:0`,
      `og-m:7101:0`,
      `og-mt:7101:${org.B}`,
      `og-sr:${STAFF_A}`,
    ];
    const snapshot = async () =>
      JSON.stringify({
        orgs: [...h.deps.orgs.tree().byId.values()],
        unit: h.deps.units.get(7101),
        staffA: h.deps.orgs.memberOf(STAFF_A),
        notice: await h.deps.staff.broadcasts.get(noticeA),
      });
    const was = await snapshot();
    for (const data of buttons) {
      const pressed = await b.press({ data });
      expect(pressed.showAlert, data).toBe(true);
      expect(pressed.answer, data).toBe(h.deps.i18n.t('vi', 'scope-refused'));
      expect(b.unread(), data).toEqual([]);
    }
    expect(await snapshot()).toEqual(was);
    const refusals = (await h.audit()).filter(
      (e) => e.userId === STAFF_B && e.outcome === 'refused' && e.detail?.reason === 'out-of-scope',
    );
    expect(refusals.length).toBeGreaterThanOrEqual(buttons.length);
    expect(h.errors()).toEqual([]);
  });
});
