import { NO_FILTER, visibleMap } from '../../src/explore/visibleMap';
import { alignLayout } from '../../src/layout/alignLayout';
import { type ElkRunner, layoutMap } from '../../src/layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from '../../src/layout/types';
import type { ArgumentMap } from '../../src/model/types';

export interface FoldMovement {
  folded: string;
  hidden: number;
  /** Distances (px, box centres) that the boxes still shown moved between the two layouts. */
  moves: number[];
}

const centres = (layout: MapLayout) =>
  new Map(layout.nodes.map((b) => [b.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 }]));

/**
 * How far the boxes a reader still sees move when one node's reasons are folded away: the
 * layout-stability figure. The viewport stays put when folding, so absolute moves are what
 * the reader sees.
 */
export async function foldMovement(
  map: ArgumentMap,
  nodeId: string,
  elk: ElkRunner,
): Promise<FoldMovement> {
  const first = await layoutMap(visibleMap(map, NO_FILTER).map, DEFAULT_LAYOUT_OPTIONS, elk);
  const folded = visibleMap(map, { ...NO_FILTER, collapsed: [nodeId] });
  const fresh = await layoutMap(folded.map, DEFAULT_LAYOUT_OPTIONS, elk);
  // As the app does (canvas/useMapLayout): the new layout is aligned to the old one.
  const before = centres(first);
  const after = centres(alignLayout(first, fresh));
  const moves: number[] = [];
  for (const [id, p] of after) {
    const q = before.get(id);
    if (q) moves.push(Math.hypot(p.x - q.x, p.y - q.y));
  }
  return { folded: nodeId, hidden: folded.hiddenBelow.get(nodeId) ?? 0, moves };
}

/** Nodes worth folding: those with at least `min` reasons or objections pointing at them. */
export function foldCandidates(map: ArgumentMap, min = 2): string[] {
  const into = new Map<string, number>();
  for (const r of map.relations)
    if (r.kind !== 'continues') into.set(r.to, (into.get(r.to) ?? 0) + 1);
  return map.nodes.filter((n) => (into.get(n.id) ?? 0) >= min).map((n) => n.id);
}
