import table from './fontMetrics.generated.json';

/** Advance widths in font units, keyed by weight then by code point. */
export interface FontMetricsTable {
  family: string;
  unitsPerEm: number;
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
