import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, renderPng, textWidth, toSvg } from '../../src/charts/png.js';
import {
  broadcastSpec,
  overviewSpec,
  PNG_WIDTH,
  readinessSpec,
  type Translate,
} from '../../src/charts/specs.js';
import { loadI18n } from '../../src/i18n/index.js';
import { LOCALES_DIR } from '../../src/paths.js';
import type { StatsRow } from '../../src/staff/stats.js';

const i18n = loadI18n(LOCALES_DIR);
const vi: Translate = (id, args) => i18n.t('vi', id, args);

const LABEL = 'Đảng bộ phường Bạch Mai — Đã xong';
const row = (done: number, late: number, open: number, upcoming: number, unreachable: number): StatsRow => ({
  type: undefined,
  registered: done + late + open + upcoming + unreachable,
  active: done + late + open + upcoming,
  done,
  late,
  open,
  upcoming,
  unreachable,
});
const spec = overviewSpec(
  {
    title: LABEL,
    byType: [
      { label: 'Chi bộ trực thuộc', row: row(12, 3, 20, 5, 1) },
      { label: 'Chi bộ cơ sở', row: row(4, 0, 2, 9, 0) },
    ],
    byOrg: [
      { label: LABEL, row: row(10, 2, 8, 3, 1) },
      { label: 'Phường Hoàn Kiếm', row: row(5, 1, 12, 11, 0) },
    ],
  },
  { width: PNG_WIDTH, t: vi },
);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('chart to PNG', () => {
  it('renders a Vietnamese chart as a PNG of a sensible size', async () => {
    const out = await renderPng(spec);
    const size = pngSize(out.png);
    expect(size).toEqual({ width: out.width, height: out.height });
    // Drawn at 2x: the plot, the labels and the padding, about a phone screen wide.
    expect(out.width).toBeGreaterThan(2 * PNG_WIDTH);
    expect(out.width).toBeLessThan(2 * (PNG_WIDTH + 260));
    expect(out.height).toBeGreaterThan(400);
    expect(out.png.length).toBeGreaterThan(5_000);
    expect(out.png.length).toBeLessThan(500_000);
    expect(out.values).toBe((spec as { data: { values: unknown[] } }).data.values);
  });

  it('ships a font that has every glyph of Vietnamese, and draws the labels with it', async () => {
    const font = opentype.parse(new Uint8Array(readFileSync(FONT_FILES[0] as string)).buffer);
    const letters =
      'ĐđĂăÂâÊêÔôƠơƯư áàảãạ ắằẳẵặ ấầẩẫậ éèẻẽẹ ếềểễệ íìỉĩị óòỏõọ ốồổỗộ ớờởỡợ úùủũụ ứừửữự ýỳỷỹỵ —«»';
    const missing = [...`${letters}${letters.toUpperCase()}`].filter(
      (ch) => ch !== ' ' && font.charToGlyph(ch).index === 0,
    );
    expect(missing).toEqual([]);
    const svg = await toSvg(spec);
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).toContain(`>${LABEL}<`);
    expect(svg).toContain('Phường Hoàn Kiếm');
    expect(svg).toContain('Mất liên lạc');
  });

  it('renders the broadcast and readiness charts too', async () => {
    const delivery = broadcastSpec(
      { total: 50, sent: 44, gone: 3, failed: 1, acks: 30, ack: true },
      { width: PNG_WIDTH, t: vi },
    );
    const step = (id: string, title: string, done: number, of: number) => ({
      step: { id, title: { vi: title, en: title }, types: [], source: '' } as never,
      done,
      of,
    });
    const readiness = readinessSpec(
      [
        step('a', 'Báo cáo chính trị của đảng bộ, chi bộ', 2, 3),
        step('b', 'Hội nghị quán triệt, triển khai các văn bản về công tác đại hội', 1, 2),
      ],
      { width: PNG_WIDTH, t: vi, lang: 'vi' },
    );
    for (const s of [delivery, readiness]) {
      const out = await renderPng(s);
      expect(pngSize(out.png).width).toBeGreaterThan(2 * PNG_WIDTH);
    }
    const svg = await toSvg(readiness);
    // A long title goes on two lines, the second cut with an ellipsis.
    expect(svg).toMatch(/<tspan[^>]*>2\. Hội nghị quán<\/tspan><tspan[^>]*>triệt, triển khai[^<]*…<\/tspan>/);
  });

  it('measures text with the shipped font, narrower than vega’s 0.8 em guess for Vietnamese', () => {
    const measured = textWidth(LABEL, 12);
    expect(measured).toBeGreaterThan(0.4 * 12 * [...LABEL].length);
    expect(measured).toBeLessThan(0.8 * 12 * [...LABEL].length);
    expect(textWidth(LABEL, 12, true)).toBeGreaterThan(measured);
  });
});
