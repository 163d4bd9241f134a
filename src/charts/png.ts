import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A chart spec (src/charts/specs.ts) to a PNG on the server, without a browser: vega-lite compiles
 * it to Vega, a headless vega View (renderer 'none') writes SVG, resvg draws the SVG with the font
 * we ship (DejaVu Sans from the dejavu-fonts-ttf package: full Vietnamese coverage), never the
 * host's fonts, so the picture is the same on every machine.
 */

export const FONT_FAMILY = 'DejaVu Sans';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}
interface TextMetrics {
  width: (item: TextItem, text?: unknown) => number;
}

type Font = ReturnType<typeof opentype.parse>;
let fonts: { regular: Font; bold: Font } | undefined;

const parseFont = (file: string): Font => {
  const buf = readFileSync(file);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
};

/** Text width in pixels from the shipped font's advance widths (no canvas on the server). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  fonts ??= { regular: parseFont(FONT_FILES[0] as string), bold: parseFont(FONT_FILES[1] as string) };
  const font = bold ? fonts.bold : fonts.regular;
  let units = 0;
  // Per character, not font.getAdvanceWidth: opentype.js's shaping stops on DejaVu's ccmp lookups.
  for (const ch of text.normalize('NFC')) units += font.charToGlyph(ch).advanceWidth ?? 0;
  return (units / font.unitsPerEm) * fontSize;
}

const isBold = (w: string | number | undefined) =>
  w === 'bold' ||
  w === 'bolder' ||
  (typeof w === 'number' && w >= 600) ||
  (typeof w === 'string' && Number(w) >= 600);

/**
 * Vega lays out labels, legends and titles by text width; without a canvas it guesses 0.8 em a
 * character, too wide for Vietnamese. Measuring with the font resvg draws with makes labels fit.
 */
function measureWithShippedFont(): void {
  const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
  metrics.width = (item, text) => {
    const value = String(text ?? item.text ?? '').trim();
    const width = textWidth(value, item.fontSize ?? 11, isBold(item.fontWeight));
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

export interface Rendered {
  png: Buffer;
  width: number;
  height: number;
  /** The data the chart was drawn from (the spec's data.values), for checks against the text. */
  values: unknown[];
}

/** The spec as SVG text: vega-lite, then a vega View that renders nothing but writes SVG. */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  measureWithShippedFont();
  const themed = {
    ...spec,
    background: '#ffffff',
    config: { ...(spec.config ?? {}), font: FONT_FAMILY },
  } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(themed).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The spec as a PNG, drawn at `zoom` times its size so it stays sharp on a phone. */
export async function renderPng(spec: TopLevelSpec, zoom = 2): Promise<Rendered> {
  const svg = await toSvg(spec);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  const data = (spec as { data?: { values?: unknown[] } }).data;
  return { png: image.asPng(), width: image.width, height: image.height, values: data?.values ?? [] };
}
