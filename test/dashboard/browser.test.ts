import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { standingOf } from '../../src/staff/audience.js';
import type { Unit } from '../../src/units/unit.js';
import { CITY, type Fixture, initData, NOBODY, STAFF_A, startFixture } from './fixture.js';

/**
 * The page in Debian's Chromium (playwright-core, no browser download), one browser for the file:
 * opened as Telegram opens a Web App, with the init data in the URL fragment.
 */
const CHROMIUM = '/usr/bin/chromium';
/** Saved on every run under test-results/ (ignored by git); UPDATE_SCREENSHOTS=1 refreshes the README's copy in docs/. */
const SCREENSHOT = join(
  PROJECT_ROOT,
  process.env.UPDATE_SCREENSHOTS ? 'docs' : 'test-results',
  'dashboard-overview.png',
);

describe('dashboard in a browser', () => {
  let f: Fixture;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    f = await startFixture();
    profile = mkdtempSync(join(tmpdir(), 'daihoi-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 360, height: 740 },
      acceptDownloads: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await f?.close();
  });

  /** Opens the page as Telegram does: `#tgWebAppData=<init data>&tgWebAppThemeParams=…`. */
  const open = async (data: string): Promise<Page> => {
    const page = await browser.newPage();
    const theme = JSON.stringify({ bg_color: '#ffffff', text_color: '#222222', button_color: '#3390ec' });
    const fragment = new URLSearchParams({
      tgWebAppData: data,
      tgWebAppVersion: '8.0',
      tgWebAppThemeParams: theme,
    });
    await page.goto(`${f.base}#${fragment}`);
    return page;
  };
  const ready = (page: Page, view: string) =>
    page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 15_000 });
  const cells = (page: Page, selector: string) =>
    page.$$eval(selector, (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );

  it('opens on the overview with the store’s numbers, and saves its screenshot', async () => {
    const page = await open(initData(CITY));
    await ready(page, 'overview');
    const { h } = f;
    const today = h.deps.staff.today();
    const registered = h.deps.units.all().filter((u) => u.inactiveReason !== 'unregistered');
    const statusOf = (u: Unit) =>
      u.doneAt ? 'done' : !u.active ? 'unreachable' : standingOf(h.deps.pack, u, today).standing;
    const count = (s: string) => registered.filter((u) => statusOf(u) === s).length;
    const expected = [
      ...['done', 'late', 'open', 'upcoming', 'unreachable'].map((s) => String(count(s))),
      String(registered.length),
    ];
    const [total] = await cells(page, '#table-by-type tr.total');
    expect(total?.slice(1)).toEqual(expected);
    const byOrg = await cells(page, '#table-by-org tbody tr');
    expect(byOrg.map((r) => r[0])).toEqual(['Đơn vị trực tiếp', 'Phường An', 'Phường Bình', 'Tổng']);
    // The chart is drawn by vega-embed from this server's copy, its bars labelled in Vietnamese.
    await page.waitForSelector('#chart-overview svg', { timeout: 15_000 });
    expect(await page.textContent('#chart-overview svg')).toContain('Phường Bình');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    // The picker: one ward's figures (its subtree has no children: no per-organisation table).
    await page.selectOption('#org', f.org.A);
    await expect
      .poll(async () => (await cells(page, '#table-by-type tr.total'))[0]?.at(-1), { timeout: 10_000 })
      .toBe('7');
    expect(await page.isVisible('#by-org-block')).toBe(false);
    await page.close();
  });

  it('narrows the unit table with a filter', async () => {
    const page = await open(initData(CITY));
    await ready(page, 'overview');
    await page.click('[data-tab="units"]');
    await ready(page, 'units');
    expect(await page.textContent('#units-count')).toBe('11 đơn vị');
    await page.selectOption('#f-status', 'late');
    await expect.poll(() => page.textContent('#units-count'), { timeout: 10_000 }).toBe('1 đơn vị');
    const rows = await cells(page, '#units-table tbody tr');
    expect(rows).toEqual([['Chi bộ An Ba', 'CBTT', 'Phường An', 'Trễ hạn', '31/12/2024', '0/6']]);
    await page.close();
  });

  it('downloads the filtered rows as a valid .xlsx', async () => {
    const page = await open(initData(CITY));
    await ready(page, 'overview');
    await page.click('[data-tab="units"]');
    await ready(page, 'units');
    await page.selectOption('#f-type', 'chi-bo-truc-thuoc');
    await expect.poll(() => page.textContent('#units-count'), { timeout: 10_000 }).toBe('4 đơn vị');
    const shown = (await cells(page, '#units-table tbody tr')).map((r) => r[0]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('don-vi-20250320.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    const header = sheet?.getRow(1).values as string[];
    const nameColumn = header.indexOf('Tên đơn vị');
    expect(nameColumn).toBeGreaterThan(0);
    const names = sheet?.getColumn(nameColumn).values.slice(2) as string[];
    expect([...names].sort()).toEqual([...shown].sort());
    await page.close();
  });

  it('says so when the user is not staff (403)', async () => {
    const page = await open(initData(NOBODY));
    await ready(page, 'refused');
    expect(await page.textContent('#message')).toBe(
      'Bảng điều khiển dành cho cán bộ Ban Tổ chức. Đồng chí chưa có quyền truy cập; nếu cần, xin liên hệ người quản trị bot.',
    );
    expect(await page.isVisible('#units-table')).toBe(false);
    await page.close();
  });

  it('says so when the init data is forged or expired (401)', async () => {
    const forged = await open(initData(CITY, { token: '999999:SOMEONE-else' }));
    await ready(forged, 'refused');
    expect(await forged.textContent('#message')).toContain('không có chữ ký hợp lệ của Telegram');
    expect(await forged.isVisible('#tabs')).toBe(false);
    await forged.close();
    const expired = await open(
      initData(CITY, { authDate: new Date(Date.now() - 25 * 3_600_000), languageCode: 'en' }),
    );
    await ready(expired, 'refused');
    expect(await expired.textContent('#message')).toBe(
      'This dashboard session is more than 24 hours old. Please open it again with /dashboard.',
    );
    await expired.close();
  });

  it('shows a ward’s staff their ward only', async () => {
    const page = await open(initData(STAFF_A));
    await ready(page, 'overview');
    expect(await page.isVisible('#org-field')).toBe(false);
    await page.click('[data-tab="units"]');
    await ready(page, 'units');
    const names = (await cells(page, '#units-table tbody tr')).map((r) => r[0]);
    expect(names).toHaveLength(7);
    expect(names.filter((n) => n?.includes('Bình'))).toEqual([]);
    await page.click('[data-tab="broadcasts"]');
    await ready(page, 'broadcasts');
    const notices = (await cells(page, '#broadcasts-table tbody tr')).map((r) => r[0]);
    expect(notices).toEqual(['#AAAA22 Thông báo họp trực tuyến']);
    await page.waitForSelector('#broadcast-charts svg', { timeout: 15_000 });
    await page.click('[data-tab="readiness"]');
    await ready(page, 'readiness');
    await page.waitForSelector('#chart-readiness svg', { timeout: 15_000 });
    expect((await cells(page, '#readiness-table tbody tr')).find((r) => r[1] === '2/3')).toBeDefined();
    await page.click('[data-tab="units"]');
    await ready(page, 'units');
    await page.fill('#q', 'Bình');
    await expect.poll(() => page.textContent('#units-count'), { timeout: 10_000 }).toBe('0 đơn vị');
    await page.close();
  });
});
