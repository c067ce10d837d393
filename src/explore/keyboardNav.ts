import type { MapLayout, NodeBox } from '../layout/types';
import type { ArgumentMap, Relation } from '../model/types';
import { finalTarget, type GraphIndex, indexMap } from './graphIndex';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const ARROW_KEYS: readonly ArrowKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

export function isArrowKey(key: string): key is ArrowKey {
  return (ARROW_KEYS as readonly string[]).includes(key);
}

/** Unit vector on screen (y grows downward) and how much a step off that axis costs. */
const AXES: Record<ArrowKey, { x: number; y: number; offAxisWeight: number }> = {
  // Trees spread sideways: a reason far left of its claim is still "below" it.
  ArrowUp: { x: 0, y: -1, offAxisWeight: 2 },
  ArrowDown: { x: 0, y: 1, offAxisWeight: 2 },
  // Sideways a reader expects to stay in the row (siblings), so leaving it costs more.
  ArrowLeft: { x: -1, y: 0, offAxisWeight: 5 },
  ArrowRight: { x: 1, y: 0, offAxisWeight: 5 },
};

/**
 * The nodes one step away from a node: those sharing a relation with it (target, premises,
 * co-premises of a linked argument, through its junction), attackers or supporters of an
 * inference it takes part in (an undercut) and, for an undercut, the ends of the inference it
 * attacks, and its siblings (other reasons or objections bearing on the same target).
 */
export function connectedNodes(
  map: ArgumentMap,
  nodeId: string,
  index: GraphIndex = indexMap(map),
): Set<string> {
  const found = new Set<string>();
  if (!index.nodeIds.has(nodeId)) return found;
  /** A relation's nodes: its premises and the claim it finally bears on. */
  const addEnds = (r: Relation) => {
    for (const f of r.from) found.add(f);
    const { node } = finalTarget(index, r);
    if (node !== undefined) found.add(node);
  };
  const touching = [
    ...(index.relationsFrom.get(nodeId) ?? []),
    ...(index.relationsInto.get(nodeId) ?? []),
  ];
  for (const r of touching) {
    addEnds(r);
    // Undercuts (and supports) of this inference, and the inference this one bears on.
    for (const on of index.relationsInto.get(r.id) ?? []) addEnds(on);
    const target = index.relationById.get(r.to);
    if (target && !index.nodeIds.has(r.to)) addEnds(target);
  }
  // Siblings: what else bears on the same target, so Left/Right can walk a row of reasons.
  for (const r of index.relationsFrom.get(nodeId) ?? []) {
    for (const sibling of index.relationsInto.get(r.to) ?? []) {
      for (const f of sibling.from) found.add(f);
    }
  }
  found.delete(nodeId);
  return found;
}

interface Candidate {
  box: NodeBox;
  /** Distance of the centres along the arrow's direction (positive: that way). */
  along: number;
  /** Distance of the centres across it. */
  across: number;
}

const centre = (b: NodeBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * Where an arrow key moves from a node on the map. First choice: a connected node (see
 * `connectedNodes`) whose centre lies past the node's edge in that direction; else any node
 * that lies that way; else, as a last resort, a connected node and then any node whose centre
 * is merely in that half-plane. Within a tier the smallest angle-weighted distance wins:
 * distance along the direction plus a weighted distance across it. Null when nothing lies
 * that way or the node is not on the map.
 */
export function neighbourInDirection(
  map: ArgumentMap,
  layout: MapLayout,
  fromNodeId: string,
  key: ArrowKey,
): string | null {
  const from = layout.nodes.find((b) => b.id === fromNodeId);
  if (!from) return null;
  const axis = AXES[key];
  const c = centre(from);
  const halfExtent = axis.x !== 0 ? from.width / 2 : from.height / 2;
  const candidates: Candidate[] = [];
  for (const box of layout.nodes) {
    if (box.id === fromNodeId) continue;
    const p = centre(box);
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const along = dx * axis.x + dy * axis.y;
    if (along <= 0) continue;
    candidates.push({ box, along, across: Math.abs(dx * axis.y - dy * axis.x) });
  }
  if (candidates.length === 0) return null;
  const connected = connectedNodes(map, fromNodeId);
  const isConnected = (cand: Candidate) => connected.has(cand.box.id);
  const beyondEdge = (cand: Candidate) => cand.along > halfExtent;
  const tiers: ((cand: Candidate) => boolean)[] = [
    (cand) => isConnected(cand) && beyondEdge(cand),
    beyondEdge,
    isConnected,
    () => true,
  ];
  for (const inTier of tiers) {
    let best: Candidate | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const cand of candidates) {
      if (!inTier(cand)) continue;
      const score = cand.along + axis.offAxisWeight * cand.across;
      if (score < bestScore) {
        best = cand;
        bestScore = score;
      }
    }
    if (best) return best.box.id;
  }
  return null;
}

/**
 * Where Tab into the map lands: the topmost conclusion; without one, the topmost node that
 * bears on nothing (a root of the argument); else the topmost node. Ties go to the left.
 */
export function firstNode(map: ArgumentMap, layout: MapLayout): string | null {
  const kindOf = new Map(map.nodes.map((n) => [n.id, n.kind]));
  const bearsOnSomething = new Set<string>();
  for (const r of map.relations) {
    if (r.kind !== 'continues') for (const f of r.from) bearsOnSomething.add(f);
  }
  const onMap = layout.nodes.filter((b) => kindOf.has(b.id));
  const topmost = (boxes: NodeBox[]): string | null => {
    let best: NodeBox | null = null;
    for (const b of boxes) {
      if (!best) best = b;
      else {
        const pb = centre(b);
        const pbest = centre(best);
        if (pb.y < pbest.y || (pb.y === pbest.y && pb.x < pbest.x)) best = b;
      }
    }
    return best?.id ?? null;
  };
  return (
    topmost(onMap.filter((b) => kindOf.get(b.id) === 'conclusion')) ??
    topmost(onMap.filter((b) => !bearsOnSomething.has(b.id))) ??
    topmost(onMap)
  );
}
