import type { ArgumentMap, Relation } from '../model/types';

/** Lookups every explore function needs; built once per map so walks stay linear. */
export interface GraphIndex {
  nodeIds: Set<string>;
  relationById: Map<string, Relation>;
  /** Relations listing the node among their `from` (co-premises included). */
  relationsFrom: Map<string, Relation[]>;
  /** Relations whose `to` is this node or relation id. */
  relationsInto: Map<string, Relation[]>;
}

/** Indexes a map's relations by their ends, in map order. */
export function indexMap(map: ArgumentMap): GraphIndex {
  const relationsFrom = new Map<string, Relation[]>();
  const relationsInto = new Map<string, Relation[]>();
  const push = (index: Map<string, Relation[]>, key: string, r: Relation) => {
    const list = index.get(key);
    if (list) list.push(r);
    else index.set(key, [r]);
  };
  for (const r of map.relations) {
    for (const f of new Set(r.from)) push(relationsFrom, f, r);
    push(relationsInto, r.to, r);
  }
  return {
    nodeIds: new Set(map.nodes.map((n) => n.id)),
    relationById: new Map(map.relations.map((r) => [r.id, r])),
    relationsFrom,
    relationsInto,
  };
}

/**
 * The claim a relation finally bears on: its `to`, or for a relation on a relation (undercut,
 * support of an inference) the claim at the end of that chain. Also returns the relations passed.
 */
export function finalTarget(
  index: GraphIndex,
  relation: Relation,
): { node: string | undefined; via: string[] } {
  const via: string[] = [];
  const seen = new Set<string>([relation.id]);
  let to = relation.to;
  // Loop, not recursion: undercut chains in a hostile file can be arbitrarily long.
  for (;;) {
    const next = index.relationById.get(to);
    if (!next || index.nodeIds.has(to)) break;
    if (seen.has(next.id)) return { node: undefined, via };
    seen.add(next.id);
    via.push(next.id);
    to = next.to;
  }
  return { node: index.nodeIds.has(to) ? to : undefined, via };
}

/** The final claim of every relation at once, memoized so long undercut chains cost linear time. */
export function finalTargets(index: GraphIndex): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  for (const start of index.relationById.values()) {
    if (result.has(start.id)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | undefined = start.id;
    let end: string | undefined;
    for (;;) {
      if (id === undefined) break;
      if (result.has(id)) {
        end = result.get(id);
        break;
      }
      if (onChain.has(id)) break; // a circle of relations has no claim at its end
      const r = index.relationById.get(id);
      if (!r) break;
      chain.push(id);
      onChain.add(id);
      if (index.nodeIds.has(r.to)) {
        end = r.to;
        break;
      }
      id = index.relationById.has(r.to) ? r.to : undefined;
    }
    for (const c of chain) result.set(c, end);
  }
  return result;
}
