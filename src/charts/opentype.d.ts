// The part of opentype.js (no types of its own) that png.ts uses. @types/opentype.js would pull
// the DOM library into the whole project's types.
declare module 'opentype.js' {
  export interface Glyph {
    /** 0: the font has no glyph for the character. */
    index: number;
    advanceWidth?: number;
  }
  export interface Font {
    unitsPerEm: number;
    charToGlyph(ch: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
