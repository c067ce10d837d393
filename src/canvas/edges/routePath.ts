import type { Point } from '../../layout/types';

/** An SVG path through ELK's start point, bend points and end point. */
export function routePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}
