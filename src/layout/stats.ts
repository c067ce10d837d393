import type { Point } from './types';

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The median move from the first point of each pair to the second, axis by axis; null for none. */
export function medianMove(pairs: readonly (readonly [Point, Point])[]): Point | null {
  if (pairs.length === 0) return null;
  return {
    x: median(pairs.map(([from, to]) => to.x - from.x)),
    y: median(pairs.map(([from, to]) => to.y - from.y)),
  };
}
