import type { MapLayout } from './types';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Shifts a new layout so the boxes it shares with the previous one move as little as possible
 * (by the median of their moves). ELK lays a map out afresh after a fold or a filter and
 * re-centres it; without this the whole picture would jump under a reader who did not pan.
 */
export function alignLayout(previous: MapLayout, next: MapLayout): MapLayout {
  const before = new Map(previous.nodes.map((b) => [b.id, b]));
  const dxs: number[] = [];
  const dys: number[] = [];
  for (const b of next.nodes) {
    const p = before.get(b.id);
    if (!p) continue;
    dxs.push(p.x + p.width / 2 - (b.x + b.width / 2));
    dys.push(p.y + p.height / 2 - (b.y + b.height / 2));
  }
  if (dxs.length === 0) return next;
  const dx = median(dxs);
  const dy = median(dys);
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
  };
}
