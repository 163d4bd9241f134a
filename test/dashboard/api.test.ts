import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MIME } from '../../src/exports/xlsx.js';
import { standingOf } from '../../src/staff/audience.js';
import type { Unit } from '../../src/units/unit.js';
import { CITY, type Fixture, initData, NOBODY, STAFF_A, STAFF_B, startFixture } from './fixture.js';

/**
 * The dashboard's API in process, over a real HTTP server on 127.0.0.1: every bad input gets its
 * status and a short JSON error, and a ward's staff see their ward only.
 */
describe('dashboard API', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(async () => {
    await f.close();
  });

  const call = async (path: string, auth?: string | null, userId = STAFF_A) => {
    const headers: Record<string, string> = {};
    if (auth !== null) headers.authorization = auth ?? `tma ${initData(userId)}`;
    const res = await fetch(`${f.base}${path}`, { headers });
    const text = await res.text();
    return {
      status: res.status,
      body: text.startsWith('{') ? JSON.parse(text) : text,
      type: res.headers.get('content-type'),
    };
  };
  const as = (userId: number, path: string) => call(path, undefined, userId);

  describe('init data', () => {
    it('refuses a call without init data: 401 missing', async () => {
      expect(await call('api/overview', null)).toMatchObject({ status: 401, body: { error: 'missing' } });
      expect(await call('api/overview', 'tma ')).toMatchObject({ status: 401, body: { error: 'missing' } });
    });

    it('refuses another scheme, garbage and oversized init data: 401 malformed', async () => {
      for (const header of ['Bearer abc', 'tma %%%not-init-data', `tma ${'a'.repeat(5000)}`, 'tma hash=abc'])
        expect(await call('api/overview', header)).toMatchObject({
          status: 401,
          body: { error: 'malformed' },
        });
    });

    it('refuses init data signed with another token: 401 forged', async () => {
      const forged = initData(STAFF_A, { token: '999999:SOMEONE-else' });
      expect(await call('api/overview', `tma ${forged}`)).toMatchObject({
        status: 401,
        body: { error: 'forged' },
      });
    });

    it('refuses init data replayed for another user (the user field changed): 401 forged', async () => {
      const mine = new URLSearchParams(initData(NOBODY));
      const user = JSON.parse(mine.get('user') as string);
      mine.set('user', JSON.stringify({ ...user, id: CITY }));
      expect(await call('api/overview', `tma ${mine}`)).toMatchObject({
        status: 401,
        body: { error: 'forged' },
      });
    });

    it('refuses init data older than 24 hours, and takes it at 23 hours', async () => {
      const hours = (n: number) => new Date(Date.now() - n * 3_600_000);
      const old = initData(STAFF_A, { authDate: hours(25) });
      expect(await call('api/overview', `tma ${old}`)).toMatchObject({
        status: 401,
        body: { error: 'expired' },
      });
      const fresh = initData(STAFF_A, { authDate: hours(23) });
      expect((await call('api/overview', `tma ${fresh}`)).status).toBe(200);
    });

    it('refuses a valid user who is not staff: 403, and audits it', async () => {
      expect(await as(NOBODY, 'api/me')).toMatchObject({ status: 403, body: { error: 'not-staff' } });
      const audit = await f.h.deps.staff.audit.all();
      expect(
        audit.some((e) => e.userId === NOBODY && e.action === 'dashboard.me' && e.outcome === 'refused'),
      ).toBe(true);
    });

    it('checks the init data before reading the parameters', async () => {
      expect(await call('api/units?page=abc', null)).toMatchObject({ status: 401 });
      expect(await as(NOBODY, 'api/units?page=abc')).toMatchObject({ status: 403 });
    });
  });

  describe('parameters', () => {
    it.each([
      ['an unknown parameter', 'api/units?admin=1'],
      ['a page that is not a number', 'api/units?page=abc'],
      ['a page size over 100', 'api/units?size=1000'],
      ['a search over 100 characters', `api/units?q=${'x'.repeat(101)}`],
      ['a parameter given twice', 'api/units?status=late&status=done'],
      ['an unknown status', 'api/units?status=lost'],
      ['an unknown unit type', 'api/units?type=chi-bo-khac'],
      ['an unknown step', 'api/units?step=khong-co'],
      ['a malformed organisation id', 'api/overview?org=../../etc'],
      ['a request line over 2048 characters', `api/units?q=${'x'.repeat(2100)}`],
    ])('refuses %s: 400', async (_what, path) => {
      const r = await call(path);
      expect(r.status).toBe(400);
      expect(typeof r.body.error).toBe('string');
      expect(r.body.error.length).toBeLessThan(60);
    });
  });

  describe('scope', () => {
    it('refuses a ward’s staff asking for the other ward: 403, audited', async () => {
      for (const view of ['overview', 'units', 'broadcasts', 'readiness'])
        expect(await as(STAFF_A, `api/${view}?org=${f.org.B}`)).toMatchObject({
          status: 403,
          body: { error: 'out-of-scope' },
        });
      expect(await as(STAFF_A, 'api/units?org=ZZZZZZ')).toMatchObject({ status: 403 });
      const audit = await f.h.deps.staff.audit.all();
      expect(audit.some((e) => e.userId === STAFF_A && e.detail?.reason === 'out-of-scope')).toBe(true);
    });

    it('shows a ward’s staff only their ward’s units, the city every one', async () => {
      const a = await as(STAFF_A, 'api/units?size=100');
      expect(a.body.rows.map((r: { name: string }) => r.name)).not.toContainEqual(
        expect.stringContaining('Bình'),
      );
      expect(a.body.total).toBe(7); // registered units of ward A (the unregistered one left out)
      const city = await as(CITY, 'api/units?size=100');
      expect(city.body.total).toBe(11);
      const b = await as(CITY, `api/units?org=${f.org.B}`);
      expect(b.body.rows.map((r: { name: string }) => r.name).sort()).toEqual([
        'Chi bộ Bình Hai',
        'Chi bộ Bình Một',
        'Đảng bộ Bình Ba',
      ]);
    });

    it('lists the organisations the caller may pick: a ward its own, the city all three', async () => {
      expect((await as(STAFF_A, 'api/me')).body.orgs.map((o: { id: string }) => o.id)).toEqual([f.org.A]);
      expect((await as(CITY, 'api/me')).body.orgs).toHaveLength(3);
    });

    it('shows each ward its own notices only', async () => {
      const a = await as(STAFF_A, 'api/broadcasts');
      expect(a.body.broadcasts.map((b: { id: string }) => b.id)).toEqual(['AAAA22']);
      expect(a.body.broadcasts[0]).toMatchObject({
        total: 6,
        sent: 4,
        gone: 1,
        failed: 1,
        acks: 3,
        ack: true,
      });
      expect(a.body.broadcasts[0].title).toBe('Thông báo họp trực tuyến');
      expect(a.body.broadcasts[0].chart.data.values.map((v: { count: number }) => v.count)).toEqual([
        3, 1, 1, 1, 0,
      ]);
      const city = await as(CITY, 'api/broadcasts');
      expect(city.body.broadcasts.map((b: { id: string }) => b.id).sort()).toEqual(['AAAA22', 'BBBB33']);
    });
  });

  describe('views', () => {
    it('counts the overview as the store says: each unit in one status', async () => {
      const { h, org } = f;
      const today = h.deps.staff.today();
      const units = h.deps.units.all().filter((u) => u.org === org.A && u.inactiveReason !== 'unregistered');
      const statusOf = (u: Unit) =>
        u.doneAt ? 'done' : !u.active ? 'unreachable' : standingOf(h.deps.pack, u, today).standing;
      const expected: Record<string, number> = {};
      for (const u of units) expected[statusOf(u)] = (expected[statusOf(u)] ?? 0) + 1;
      expect(expected).toEqual({ done: 1, late: 1, open: 1, upcoming: 3, unreachable: 1 });
      const o = (await as(STAFF_A, 'api/overview')).body;
      expect(o.byType.total).toEqual({ registered: 7, ...expected });
      const cbtt = o.byType.rows.find((r: { key: string }) => r.key === 'chi-bo-truc-thuoc');
      expect(cbtt).toMatchObject({ registered: 3, done: 1, late: 1, open: 1, upcoming: 0, unreachable: 0 });
    });

    it('sends the overview chart with the same counts', async () => {
      const o = (await as(STAFF_A, 'api/overview')).body;
      const values = o.chart.data.values as Array<{ group: string; status: string; count: number }>;
      const sum = (status: string) =>
        values.filter((v) => v.group === 'type' && v.status === status).reduce((n, v) => n + v.count, 0);
      for (const status of ['done', 'late', 'open', 'upcoming', 'unreachable'])
        expect(sum(status)).toBe(o.byType.total[status]);
    });

    it('gives the city a row per ward and one for its own units', async () => {
      const o = (await as(CITY, 'api/overview')).body;
      const registered = Object.fromEntries(
        o.byOrg.rows.map((r: { key: string; registered: number }) => [r.key, r.registered]),
      );
      expect(registered).toEqual({ root: 1, [f.org.A]: 7, [f.org.B]: 3 });
    });

    it('filters the table: status, type, search without diacritics, a step not done, sorted and paged', async () => {
      const names = async (q: string) =>
        (await as(STAFF_A, `api/units?${q}`)).body.rows.map((r: { name: string }) => r.name);
      expect(await names('status=late')).toEqual(['Chi bộ An Ba']);
      expect(await names('status=unreachable')).toEqual(['Chi bộ Chợ An']);
      expect(await names('q=an%20hai')).toEqual(['Chi bộ An Hai']);
      expect(await names('q=DANG%20BO')).toEqual(['=Đảng bộ Bệnh viện An', 'Đảng bộ Công ty An']);
      expect(await names('type=dang-bo-co-so&step=to-nhan-su&stepState=open')).toEqual([
        '=Đảng bộ Bệnh viện An',
      ]);
      expect(await names('step=quan-triet&stepState=done')).toEqual([
        'Chi bộ Trường An',
        'Đảng bộ Công ty An',
      ]);
      expect(await names('type=chi-bo-truc-thuoc&sort=name&dir=desc')).toEqual([
        'Chi bộ An Một',
        'Chi bộ An Hai',
        'Chi bộ An Ba',
      ]);
      const all = (await as(STAFF_A, 'api/units')).body.rows as Array<Record<string, unknown>>;
      const steps = f.h.deps.pack.checklist.steps.filter((st) => st.types.includes('dang-bo-co-so')).length;
      expect(all.find((r) => r.name === 'Đảng bộ Công ty An')).toMatchObject({
        status: 'upcoming',
        stepsDone: 2,
        stepsTotal: steps,
        deadline: '2025-06-29',
      });
      const page2 = (await as(STAFF_A, 'api/units?size=3&page=3')).body;
      expect(page2).toMatchObject({ total: 7, page: 3, size: 3 });
      expect(page2.rows).toHaveLength(1);
    });

    it('downloads the filtered rows, every page, as .xlsx, and audits it', async () => {
      const res = await fetch(`${f.base}api/units.xlsx?type=dang-bo-co-so&sort=name`, {
        headers: { authorization: `tma ${initData(STAFF_A)}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_MIME);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="don-vi-20250320\.xlsx"$/,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.worksheets[0];
      const names = sheet?.getColumn(2).values.slice(2);
      // A name that starts like a formula stays text.
      expect(names).toEqual(['=Đảng bộ Bệnh viện An', 'Đảng bộ Công ty An']);
      const audit = await f.h.deps.staff.audit.all();
      expect(audit.find((e) => e.action === 'dashboard.export')).toMatchObject({
        userId: STAFF_A,
        outcome: 'ok',
        detail: { org: f.org.A, count: 2 },
      });
      expect((await as(STAFF_A, `api/units.xlsx?org=${f.org.B}`)).status).toBe(403);
      expect((await as(STAFF_A, 'api/units.xlsx?page=2')).status).toBe(400);
    });

    it('counts readiness per step within the organisation', async () => {
      const steps = (await as(STAFF_A, 'api/readiness')).body.steps;
      // Active units of ward A whose type has the step: Trường An, Công ty An, Bệnh viện An.
      expect(steps.find((s: { id: string }) => s.id === 'quan-triet')).toEqual({
        id: 'quan-triet',
        done: 2,
        of: 3,
      });
      expect(steps.find((s: { id: string }) => s.id === 'to-nhan-su')).toEqual({
        id: 'to-nhan-su',
        done: 1,
        of: 3,
      });
    });

    it('answers in the user’s Telegram language, or the language chosen in the chat', async () => {
      const en = await call('api/me', `tma ${initData(STAFF_B, { languageCode: 'en-GB' })}`);
      expect(en.body.lang).toBe('en');
      await f.h.deps.prefs.setLang(STAFF_B, 'vi');
      const chosen = await call('api/me', `tma ${initData(STAFF_B, { languageCode: 'en' })}`);
      expect(chosen.body.lang).toBe('vi');
      expect(chosen.body.types[0].name).toMatch(/chi bộ|đảng bộ/i);
    });
  });

  describe('page', () => {
    it('serves the page with its words, and the chart code from this server', async () => {
      const page = await call('', null);
      expect(page.status).toBe(200);
      expect(page.body).toContain('"tab-overview":"Tổng quan"');
      expect(page.body).toContain('"tab-overview":"Overview"');
      for (const js of [
        'app.js',
        'vendor/vega.min.js',
        'vendor/vega-lite.min.js',
        'vendor/vega-embed.min.js',
      ]) {
        const r = await call(js, null);
        expect(r.status).toBe(200);
        expect(r.type).toContain('javascript');
      }
    });

    it('answers 404 for other paths and 405 for other methods', async () => {
      expect((await call('vendor/../../package.json', null)).status).toBe(404);
      expect((await call('api/nothing')).status).toBe(404);
      const post = await fetch(`${f.base}api/overview`, { method: 'POST' });
      expect(post.status).toBe(405);
    });
  });
});
