import { describe, expect, it } from 'vitest';
import { fitZoom } from './farView';

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
