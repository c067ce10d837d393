import type { ArgumentMap, Relation } from '../model/types';
import { type GraphIndex, indexMap } from './graphIndex';

export type OutlineKind = 'root' | 'support' | 'attack' | 'undercut' | 'continues';

/** One line of the outline: a node (or linked co-premises) and how it bears on its parent. */
export interface OutlineItem {
  /** How this item relates to its parent; `undercut` attacks the parent's inference. */
  kind: OutlineKind;
  /** The relation linking this item to its parent; null for a root. */
  relationId: string | null;
  /** For an undercut (or a support of an inference): the relation it bears on. */
  onRelation: string | null;
  /** One node, or the co-premises of a linked argument, read together. */
  nodeIds: string[];
  /** Every node here is shown in full earlier in the outline: a "see above", no children. */
  ref: boolean;
  /** Nodes of this item that are shown in full earlier (all of them when `ref`). */
  refNodeIds: string[];
  children: OutlineItem[];
}

/**
 * The argument as an indented tree for screen readers: main conclusion first, then other
 * roots; under each node its reasons, objections, undercuts and what precedes it in reading
 * order. A node appears in full once; later mentions are references, so cycles end.
 */
export function outlineOf(map: ArgumentMap): OutlineItem[] {
  const index = indexMap(map);
  const bearsOnSomething = new Set<string>();
  for (const r of map.relations) {
    if (r.kind !== 'continues') for (const f of r.from) bearsOnSomething.add(f);
  }
  const roots = map.nodes.filter((n) => !bearsOnSomething.has(n.id));
  const ordered = [
    ...roots.filter((n) => n.kind === 'conclusion'),
    ...roots.filter((n) => n.kind !== 'conclusion'),
    // Nodes only in attack circles reach no root: they still belong in the outline.
    ...map.nodes,
  ];
  const shown = new Set<string>();
  const items: OutlineItem[] = [];
  for (const n of ordered) {
    if (shown.has(n.id)) continue;
    items.push(expand(index, n.id, shown));
  }
  return items;
}

/** The items under a node, in reading order: support, attack, undercuts, then "continues". */
function childRelations(index: GraphIndex, nodeId: string): Relation[] {
  const into = index.relationsInto.get(nodeId) ?? [];
  const base = [
    ...into.filter((r) => r.kind === 'support'),
    ...into.filter((r) => r.kind === 'attack'),
  ];
  const continues = into.filter((r) => r.kind === 'continues');
  return [...base, ...onRelations(index, base), ...continues, ...onRelations(index, continues)];
}

/** Relations on the given relations, transitively (undercuts, undercuts of undercuts). */
function onRelations(index: GraphIndex, relations: Relation[]): Relation[] {
  const found: Relation[] = [];
  const seen = new Set(relations.map((r) => r.id));
  const queue = [...relations];
  for (let q = 0; q < queue.length; q++) {
    for (const r of index.relationsInto.get((queue[q] as Relation).id) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      found.push(r);
      queue.push(r);
    }
  }
  return found;
}

/** The item for a relation's premises, marking which of them were already shown in full. */
function itemFor(index: GraphIndex, r: Relation | null, nodeIds: string[], shown: Set<string>) {
  const refNodeIds = nodeIds.filter((id) => shown.has(id));
  const onRelation = r && index.relationById.has(r.to) ? r.to : null;
  const kind: OutlineKind = !r ? 'root' : onRelation && r.kind === 'attack' ? 'undercut' : r.kind;
  const item: OutlineItem = {
    kind,
    relationId: r?.id ?? null,
    onRelation,
    nodeIds: [...nodeIds],
    ref: refNodeIds.length === nodeIds.length,
    refNodeIds,
    children: [],
  };
  const fresh = nodeIds.filter((id) => !shown.has(id));
  for (const id of fresh) shown.add(id);
  return { item, pending: fresh.flatMap((id) => childRelations(index, id)) };
}

/** Builds one root's subtree depth first with an explicit stack: chains may be 10,000 deep. */
function expand(index: GraphIndex, rootId: string, shown: Set<string>): OutlineItem {
  const root = itemFor(index, null, [rootId], shown);
  const stack = [{ ...root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const r = top.pending[top.next++];
    if (!r) {
      stack.pop();
      continue;
    }
    // Marking nodes shown as they are first met gives the full entry to the first mention.
    const child = itemFor(index, r, r.from, shown);
    top.item.children.push(child.item);
    if (child.pending.length > 0) stack.push({ ...child, next: 0 });
  }
  return root.item;
}
