import { centreOf as centre, containsPoint as contains, type Rect } from './bounds';
import { medianMove } from './stats';
import type { MapLayout, Point } from './types';

/**
 * Shifts a new layout so the reader's picture stays put. ELK lays a map out afresh after a
 * fold or a filter and re-centres it; without this the picture would jump under a reader who
 * did not pan. The boxes shared by both layouts move as little as possible (by the median of
 * their moves); given `focus` (the part of the map on screen), only the boxes the reader had inside it count, so a zoomed-in
 * reader keeps the neighbourhood they were looking at while far parts of a big map shift.
 */
export function alignLayout(previous: MapLayout, next: MapLayout, focus?: Rect): MapLayout {
  const shift = medianShift(previous, next, focus);
  if (!shift) return next;
  const { x: dx, y: dy } = shift;
  if (dx === 0 && dy === 0) return next;
  const move = <T extends { x: number; y: number }>(p: T): T => ({
    ...p,
    x: p.x + dx,
    y: p.y + dy,
  });
  return {
    ...next,
    nodes: next.nodes.map(move),
    groups: next.groups.map(move),
    junctions: next.junctions.map(move),
    edges: next.edges.map((e) => ({ ...e, points: e.points.map(move) })),
    ...(next.remembered && {
      remembered: Object.fromEntries(
        Object.entries(next.remembered).map(([id, p]) => [id, move(p)]),
      ),
    }),
  };
}

function medianShift(previous: MapLayout, next: MapLayout, focus?: Rect): Point | null {
  const inFocus = focus && previous.nodes.filter((b) => contains(focus, centre(b)));
  // Nothing in view (the reader panned into empty space): fall back to the whole map.
  const watched = inFocus && inFocus.length > 0 ? inFocus : previous.nodes;
  const before = new Map(watched.map((b) => [b.id, b]));
  return medianMove(
    next.nodes.flatMap((b) => {
      const p = before.get(b.id);
      return p ? [[centre(b), centre(p)] as const] : [];
    }),
  );
}
