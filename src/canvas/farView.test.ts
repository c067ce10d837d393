import { describe, expect, it } from 'vitest';
import { fitZoom, zoomBoundsFor } from './farView';

describe('fitZoom', () => {
  const bounds = { min: 0.05, max: 1.5 };
  it('fits the side that needs the most zooming out', () => {
    expect(fitZoom({ width: 4000, height: 1000 }, { width: 1000, height: 500 }, bounds)).toBe(0.25);
  });
  it('stays within the zoom React Flow allows', () => {
    expect(fitZoom({ width: 100, height: 50 }, { width: 1000, height: 500 }, bounds)).toBe(1.5);
    expect(fitZoom({ width: 100_000, height: 50 }, { width: 1000, height: 500 }, bounds)).toBe(
      0.05,
    );
  });
});

describe('zoomBoundsFor', () => {
  it('lets the reader zoom out until even a huge map fits a small pane whole', () => {
    expect(zoomBoundsFor({ width: 2000, height: 1000 }).min).toBe(0.05);
    const huge = { width: 66_000, height: 27_000 };
    const { min } = zoomBoundsFor(huge);
    expect(min * huge.width).toBeLessThanOrEqual(640);
    expect(min * huge.height).toBeLessThanOrEqual(360);
    expect(fitZoom(huge, { width: 1280, height: 660 }, zoomBoundsFor(huge))).toBeGreaterThan(min);
  });
});
