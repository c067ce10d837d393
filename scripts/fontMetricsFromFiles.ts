import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { FontMetricsTable } from '../src/measure/fontMetrics';

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const WEIGHTS = [400, 600] as const;

/** Advance widths (font units) of every character the bundled subsets cover, per weight. */
export function readFontMetrics(): FontMetricsTable {
  const table: FontMetricsTable = {
    family: 'IBM Plex Sans',
    unitsPerEm: 0,
    ascender: 0,
    descender: 0,
    weights: {},
  };
  for (const weight of WEIGHTS) {
    const widths: Record<string, number> = {};
    for (const subset of SUBSETS) {
      const file = require.resolve(
        `@fontsource/ibm-plex-sans/files/ibm-plex-sans-${subset}-${weight}-normal.woff`,
      );
      const buf = readFileSync(file);
      const font = opentype.parse(
        buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
      );
      table.unitsPerEm = font.unitsPerEm;
      table.ascender = font.tables.hhea?.ascender ?? 0;
      table.descender = font.tables.hhea?.descender ?? 0;
      for (let i = 0; i < font.glyphs.length; i++) {
        const glyph = font.glyphs.get(i);
        for (const cp of glyph.unicodes ?? []) {
          if (glyph.advanceWidth !== undefined) widths[String(cp)] ??= glyph.advanceWidth;
        }
      }
    }
    table.weights[String(weight)] = widths;
  }
  return table;
}
