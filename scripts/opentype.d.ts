// opentype.js 2 ships no types; declare the little the metrics script reads.
declare module 'opentype.js' {
  interface Glyph {
    unicodes?: number[];
    advanceWidth?: number;
  }
  interface Font {
    tables: { hhea?: { ascender: number; descender: number } };
    unitsPerEm: number;
    glyphs: { length: number; get(index: number): Glyph };
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
