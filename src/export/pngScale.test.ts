import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_SIDE, MAX_PNG_PIXELS, pngSizeFor } from './pngScale';

describe('the size of an exported PNG', () => {
  it('is the size asked for when the browser can draw it', () => {
    expect(pngSizeFor(1200, 800, 4)).toEqual({ scale: 4, width: 4800, height: 3200 });
  });

  it('shrinks a big map to the largest PNG allowed, keeping its proportions', () => {
    // 500 boxes, as laid out: 12801 × 7662 CSS pixels.
    const png = pngSizeFor(12801, 7662, 2);
    expect(png.scale).toBeLessThan(2);
    expect(png.width * png.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(png.width * png.height).toBeGreaterThan(0.95 * MAX_PNG_PIXELS);
    expect(png.width / png.height).toBeCloseTo(12801 / 7662, 2);
  });

  it('keeps a long, thin map within the longest side a browser allows', () => {
    const png = pngSizeFor(40000, 300, 1);
    expect(png.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(png.scale).toBeLessThan(1);
  });
});
