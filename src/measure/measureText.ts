import { type FontSpec, fontMetrics } from './fontMetrics';

/**
 * Width for a character the bundled font lacks (emoji, CJK, ...). The browser falls back to
 * another font there; 1.2 em is wider than almost any such glyph, so boxes never clip.
 */
const MISSING_GLYPH_EM = 1.2;

/** Width in CSS pixels of `text` drawn in the bundled font, without kerning or ligatures. */
export function measureText(text: string, font: FontSpec): number {
  const widths = fontMetrics.weights[String(font.weight)];
  if (!widths) throw new Error(`no metrics for font weight ${font.weight}`);
  const scale = font.size / fontMetrics.unitsPerEm;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Combining marks and zero-width characters take no room of their own.
    if (isZeroWidth(cp)) continue;
    units += widths[String(cp)] ?? MISSING_GLYPH_EM * fontMetrics.unitsPerEm;
  }
  return units * scale;
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0xfeff
  );
}
