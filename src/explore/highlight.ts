import type { ArgumentMap } from '../model/types';
import { nodeChains, relationEnds } from './chains';

/** How a node or relation is drawn while something is selected. */
export type HighlightRole = 'focus' | 'up' | 'down' | 'end';

/** Roles for what to stress; anything not listed is drawn dimmed. */
export interface Highlight {
  nodes: Map<string, HighlightRole>;
  relations: Map<string, HighlightRole>;
}

/**
 * A selected node stresses its chain up to the conclusion and its reasons and objections down
 * to the leaves; a selected relation stresses itself and its two ends. Nothing selected: null.
 */
export function highlightFor(
  map: ArgumentMap,
  selection: { nodeId: string | null; relationId: string | null },
): Highlight | null {
  if (selection.nodeId) {
    const chains = nodeChains(map, selection.nodeId);
    const nodes = new Map<string, HighlightRole>([[selection.nodeId, 'focus']]);
    const relations = new Map<string, HighlightRole>();
    for (const id of chains.up.nodes) nodes.set(id, 'up');
    for (const id of chains.down.nodes) nodes.set(id, 'down');
    for (const id of chains.up.relations) relations.set(id, 'up');
    for (const id of chains.down.relations) relations.set(id, 'down');
    return { nodes, relations };
  }
  if (selection.relationId) {
    const ends = relationEnds(map, selection.relationId);
    if (!ends) return null;
    const nodes = new Map<string, HighlightRole>(ends.from.map((id) => [id, 'end']));
    const relations = new Map<string, HighlightRole>([[selection.relationId, 'focus']]);
    // An undercut's far end is an inference: stress that relation, and its own ends dimly.
    if (map.relations.some((r) => r.id === ends.to)) relations.set(ends.to, 'end');
    else nodes.set(ends.to, 'end');
    return { nodes, relations };
  }
  return null;
}
