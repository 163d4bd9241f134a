import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rendered } from '../../src/charts/png.js';
import { STATS_COLUMNS, STATUSES } from '../../src/staff/stats.js';
import { registerUnits } from '../bot/helpers.js';
import { Harness, type TestChat } from '../support/harness.js';

/**
 * /thongke answers with its table and then the same figures as a chart photo: the PNG is a real,
 * phone-sized picture, and the numbers it was drawn from are the numbers in the text.
 */
const CITY = 1;
const WARDS = ['Phường Bạch Mai', 'Phường Hoàn Kiếm'];

const NAMES = [
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 1' },
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 2' },
  { type: 'chi-bo-truc-thuoc', name: 'Chi bộ Khu phố 3' },
  { type: 'chi-bo-co-so', name: 'Chi bộ Trường Tiểu học Lê Ngọc Hân' },
  { type: 'chi-bo-co-so', name: 'Chi bộ Bệnh viện Bạch Mai' },
  { type: 'dang-bo-co-so', name: 'Đảng bộ Khối Hành chính' },
];

/** The rows of each monospace table in the reply: label -> the STATS_COLUMNS numbers. */
function tables(html: string): Array<Map<string, number[]>> {
  return [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => {
    const rows = new Map<string, number[]>();
    for (const line of (m[1] ?? '').split('\n')) {
      const cells = /^(.+?)((?:\s+\d+){7})$/.exec(line);
      if (cells) rows.set(cells[1] as string, (cells[2] as string).trim().split(/\s+/).map(Number));
    }
    return rows;
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('/thongke with its chart, in process', () => {
  let h: Harness;
  let city: TestChat;
  const drawn: Rendered[] = [];

  beforeAll(async () => {
    h = await Harness.start({
      clock: '2025-03-20T09:00:00+07:00',
      env: { ADMIN_IDS: String(CITY), ROOT_ORG_NAME: 'Thành ủy Hà Nội' },
    });
    city = h.chat({ userId: CITY });
    for (const ward of WARDS) {
      await city.send(`/tochuc moi ${ward}`);
      await city.replies(2);
    }
    const chats = await registerUnits(h, NAMES, 9001);
    const orgOf = (name: string) => [...h.deps.orgs.tree().byId.values()].find((o) => o.name === name)?.id;
    // Two units in the first ward, one in the second, the rest the city's own; one held its
    // congress, one blocked the bot (unreachable), so every status but one has a unit.
    const place = [orgOf(WARDS[0] as string), orgOf(WARDS[0] as string), orgOf(WARDS[1] as string)];
    for (const [i, chatId] of chats.entries()) {
      const org = place[i];
      if (org) await h.deps.units.update(chatId, (u) => u && { ...u, org });
    }
    await h.deps.units.update(chats[1] as number, (u) => u && { ...u, doneAt: '2025-03-15T02:00:00.000Z' });
    await h.deps.units.markGone(chats[2] as number, 'blocked');
    // Watch what the real renderer draws.
    const real = h.deps.charts.png;
    h.deps.charts.png = async (spec) => {
      const out = await real(spec);
      drawn.push(out);
      return out;
    };
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends the table, then a PNG photo of a phone-friendly size', async () => {
    const photos = h.telegram.photos.length;
    await city.send('/thongke');
    const reply = await city.reply();
    expect(reply.text).toContain('Thống kê đơn vị đến ngày 20/03/2025');
    expect(h.telegram.photos).toHaveLength(photos + 1);
    const photo = h.telegram.photos.at(-1);
    expect(photo?.chatId).toBe(CITY);
    expect(photo?.filename).toBe('thong-ke.png');
    const png = photo?.content ?? Buffer.alloc(0);
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(500_000);
    const size = pngSize(png);
    expect(size).toEqual({ width: drawn.at(-1)?.width, height: drawn.at(-1)?.height });
    expect(size.width).toBeGreaterThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(1400);
    expect(size.height).toBeGreaterThan(300);
    expect(h.errors()).toEqual([]);
  });

  it('draws the chart from the numbers the text shows, per type and per ward', async () => {
    await city.send('/thongke');
    const [byType, byOrg] = tables((await city.reply()).text);
    const values = (drawn.at(-1)?.values ?? []) as Array<Record<string, string | number>>;
    const chart = (group: string, category: string) =>
      STATUSES.map(
        (s) => values.find((v) => v.group === group && v.category === category && v.status === s)?.count,
      );
    const inText = (row: number[] | undefined) => STATUSES.map((s) => row?.[STATS_COLUMNS.indexOf(s)]);
    const types = h.deps.pack.unitTypes;
    for (const t of types) {
      const name = t.name.vi.charAt(0).toUpperCase() + t.name.vi.slice(1);
      expect(chart('type', name), t.code).toEqual(inText(byType?.get(t.short)));
    }
    for (const ward of WARDS) expect(chart('org', ward), ward).toEqual(inText(byOrg?.get(ward)));
    expect(chart('org', '(trực tiếp)')).toEqual(inText(byOrg?.get('(trực tiếp)')));
    // The figures are the real ones, not zeros on both sides.
    expect(chart('org', WARDS[0] as string)).toEqual([1, 0, 1, 0, 0]);
    expect(chart('type', 'Chi bộ trực thuộc đảng ủy cơ sở')).toEqual([1, 0, 1, 0, 1]);
  });

  it('still sends the text when the chart cannot be drawn, and logs why', async () => {
    const photos = h.telegram.photos.length;
    const real = h.deps.charts.png;
    h.deps.charts.png = async () => {
      throw new Error('renderer down');
    };
    try {
      await city.send('/thongke');
      expect((await city.reply()).text).toContain('Thống kê đơn vị');
    } finally {
      h.deps.charts.png = real;
    }
    expect(h.telegram.photos).toHaveLength(photos);
    expect(h.errors().map((e) => e.msg)).toEqual(['chart not sent']);
  });
});
