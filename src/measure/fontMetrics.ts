import table from './fontMetrics.generated.json';

/** Advance widths in font units, keyed by weight then by code point. */
export interface FontMetricsTable {
  family: string;
  unitsPerEm: number;
  /** Above and below the baseline (font units, descender negative): where a line's text sits. */
  ascender: number;
  descender: number;
  weights: Record<string, Record<string, number>>;
}

export const FONT_FAMILY = 'IBM Plex Sans';
export type FontWeight = 400 | 600;

export const fontMetrics: FontMetricsTable = table;

/** A font as drawn: the app, the exporters and the CLI all measure with these. */
export interface FontSpec {
  size: number;
  weight: FontWeight;
}

/**
 * Where the baseline of a line of text lies below the top of its line box, as CSS places it:
 * the font's ascent plus half of the room the line height leaves around the glyphs.
 */
export function baselineOffset(font: FontSpec, lineHeight: number): number {
  const em = font.size / fontMetrics.unitsPerEm;
  const ascent = fontMetrics.ascender * em;
  const content = (fontMetrics.ascender - fontMetrics.descender) * em;
  return (lineHeight - content) / 2 + ascent;
}
