import type { ArgumentMap } from '../model/types';
import { finalTarget, type GraphIndex, indexMap } from './graphIndex';

export interface ChainPart {
  nodes: Set<string>;
  relations: Set<string>;
}

/** What to highlight around a selected node: what it argues for, and what argues about it. */
export interface Chains {
  focus: string;
  /** What the node bears on, up to the main conclusion (the focus itself is not listed). */
  up: ChainPart;
  /** Its reasons and objections down to the leaves, undercuts included (focus not listed). */
  down: ChainPart;
}

/** The up and down chains of a node; an unknown id gives empty chains. */
export function nodeChains(map: ArgumentMap, nodeId: string, index = indexMap(map)): Chains {
  return { focus: nodeId, up: upChain(index, nodeId), down: downChain(index, nodeId) };
}

/**
 * Follows support upward. A path may also take one attack, so an objection (and a premise of an
 * objection) reaches the claim it attacks and on to the main conclusion; allowing only one keeps
 * mutual rebuttals (a attacks b attacks a) from pulling in the whole opposing side.
 */
function upChain(index: GraphIndex, focus: string): ChainPart {
  const part: ChainPart = { nodes: new Set(), relations: new Set() };
  if (!index.nodeIds.has(focus)) return part;
  // A node is visited at most twice: before and after the path used its attack.
  const seen = [new Set<string>([focus]), new Set<string>()];
  const queue: [string, 0 | 1][] = [[focus, 0]];
  for (let q = 0; q < queue.length; q++) {
    const [id, attacked] = queue[q] as [string, 0 | 1];
    for (const r of index.relationsFrom.get(id) ?? []) {
      if (r.kind === 'continues' || (r.kind === 'attack' && attacked)) continue;
      const { node, via } = finalTarget(index, r);
      part.relations.add(r.id);
      for (const v of via) part.relations.add(v);
      if (node === undefined) continue;
      const state: 0 | 1 = r.kind === 'attack' ? 1 : attacked;
      const visited = seen[state] as Set<string>;
      if (visited.has(node)) continue;
      visited.add(node);
      if (node !== focus) part.nodes.add(node);
      queue.push([node, state]);
    }
  }
  return part;
}

/**
 * Everything that supports or attacks the node or one of the inferences below it, to the leaves.
 * Nodes in `skip` are treated as already gone (used when folding several nodes in turn).
 */
export function downChain(
  index: GraphIndex,
  focus: string,
  skip: ReadonlySet<string> = new Set(),
): ChainPart {
  const part: ChainPart = { nodes: new Set(), relations: new Set() };
  if (!index.nodeIds.has(focus)) return part;
  // Targets are node ids and relation ids alike: a relation into a relation is an undercut.
  const seen = new Set<string>([focus]);
  const queue = [focus];
  for (let q = 0; q < queue.length; q++) {
    for (const r of index.relationsInto.get(queue[q] as string) ?? []) {
      if (r.kind === 'continues' || seen.has(r.id)) continue;
      seen.add(r.id);
      part.relations.add(r.id);
      queue.push(r.id);
      for (const f of r.from) {
        if (seen.has(f) || skip.has(f)) continue;
        seen.add(f);
        part.nodes.add(f);
        queue.push(f);
      }
    }
  }
  return part;
}

/** The two ends of a relation, for highlighting a selected edge; null for an unknown id. */
export function relationEnds(
  map: ArgumentMap,
  relationId: string,
): { from: string[]; to: string } | null {
  const r = map.relations.find((x) => x.id === relationId);
  return r ? { from: [...r.from], to: r.to } : null;
}
