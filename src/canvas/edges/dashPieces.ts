import type { Point } from '../../layout/types';

export interface DashPiece {
  from: Point;
  to: Point;
  /** How far along the route the piece starts: its dash offset, so the pattern runs on. */
  offset: number;
}

/** The straight pieces of a route, each with the distance travelled before it; empty ones left out. */
export function dashPieces(points: readonly Point[]): DashPiece[] {
  const pieces: DashPiece[] = [];
  let offset = 0;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as Point;
    const to = points[i] as Point;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (length > 0) pieces.push({ from, to, offset });
    offset += length;
  }
  return pieces;
}
