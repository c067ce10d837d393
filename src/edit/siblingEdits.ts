import type { ArgumentMap } from '../model/types';
import { type EditResult, refuse } from './editResult';

/**
 * The nodes that bear on the same node as `nodeId` (its first support or attack), in the
 * map's order: the order the layout shows them in, side by side.
 */
export function siblingsOf(
  map: ArgumentMap,
  nodeId: string,
): { target: string; siblings: string[] } | null {
  const own = map.relations.find((r) => r.kind !== 'continues' && r.from.includes(nodeId));
  if (!own) return null;
  const into = new Set(
    map.relations.filter((r) => r.kind !== 'continues' && r.to === own.to).flatMap((r) => r.from),
  );
  return { target: own.to, siblings: map.nodes.filter((n) => into.has(n.id)).map((n) => n.id) };
}

/** Moves a node one place earlier (-1) or later (+1) among its siblings. */
export function moveAmongSiblings(map: ArgumentMap, nodeId: string, step: -1 | 1): EditResult {
  const family = siblingsOf(map, nodeId);
  if (!family) return refuse('it supports or attacks nothing, so it has no siblings to move among');
  const at = family.siblings.indexOf(nodeId);
  const other = family.siblings[at + step];
  if (other === undefined) return refuse(step < 0 ? 'it is first already' : 'it is last already');
  const i = map.nodes.findIndex((n) => n.id === nodeId);
  const j = map.nodes.findIndex((n) => n.id === other);
  const nodes = [...map.nodes];
  [nodes[i], nodes[j]] = [nodes[j] as (typeof nodes)[number], nodes[i] as (typeof nodes)[number]];
  return { ok: true, map: { ...map, nodes } };
}
