/**
 * Browsers refuse canvases past a size (Chromium and Firefox: 32767 pixels a side, 268 million
 * in all), and well before that a PNG takes a gigabyte of memory and a minute to encode. A big
 * map at 2x or 4x passes both (500 boxes at 2x: about 25600 × 15300 pixels); its PNG is then
 * drawn at the largest scale within MAX_PNG_PIXELS instead of failing.
 */
export const MAX_CANVAS_SIDE = 32767;
/** 8192², a poster at 300 dpi about 70 cm wide; 256 MB while it is drawn. */
export const MAX_PNG_PIXELS = 8192 * 8192;

export interface PngSize {
  /** Device pixels per CSS pixel, at most the one asked for. */
  scale: number;
  width: number;
  height: number;
}

export function pngSizeFor(width: number, height: number, asked: number): PngSize {
  const fits = Math.min(
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_PNG_PIXELS / (width * height)),
  );
  // Two decimals, rounded down, so that the rounded pixel size still fits.
  const scale = fits >= asked ? asked : Math.floor(fits * 100) / 100;
  return { scale, width: Math.round(width * scale), height: Math.round(height * scale) };
}
