import { describe, expect, it } from 'vitest';
import { keepInPlace } from './keepInPlace';

const centres = (starts: number[], sizes: number[]) =>
  starts.map((s, i) => s + (sizes[i] ?? 0) / 2);

describe('keepInPlace', () => {
  it('leaves boxes that fit where they were', () => {
    const sizes = [100, 50, 80];
    expect(centres(keepInPlace([0, 200, 400], sizes, 10), sizes)).toEqual([0, 200, 400]);
  });

  it('splits the move between two boxes that would overlap, half each', () => {
    // Centres 0 and 60 with 100-wide boxes and a gap of 20 need 120 between them.
    const sizes = [100, 100];
    expect(centres(keepInPlace([0, 60], sizes, 20), sizes)).toEqual([-30, 90]);
  });

  it('keeps the order given, even where the wanted places are the other way round', () => {
    const sizes = [40, 40, 40];
    const starts = keepInPlace([100, 0, 50], sizes, 10);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i] as number).toBeGreaterThanOrEqual((starts[i - 1] as number) + 40 + 10);
    }
    // The three form one block centred on their mean wanted place.
    expect(centres(starts, sizes)[1]).toBeCloseTo(50);
  });

  it('makes room for a new box among old ones without shoving the far end of the row', () => {
    const sizes = [100, 100, 100, 100];
    // The third box is new, wanted just after the second; the last one stands well apart.
    const starts = keepInPlace([0, 120, 120.001, 600], sizes, 20);
    const c = centres(starts, sizes);
    expect(c[3]).toBe(600);
    expect(c[0] as number).toBeLessThan(0);
    expect((c[2] as number) - (c[1] as number)).toBeCloseTo(120);
  });
});
