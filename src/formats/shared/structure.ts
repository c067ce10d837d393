import type { ArgumentMap, ArgumentNode, Relation } from '../../model/types';

/** Look-ups every exporter needs: what an id names, and which relations other relations target. */
export interface MapIndex {
  nodes: ReadonlyMap<string, ArgumentNode>;
  relations: ReadonlyMap<string, Relation>;
  /** Ids of relations that some other relation points at (undercut or backed inferences). */
  targeted: ReadonlySet<string>;
  /** Node id -> id of the group it is in. */
  groupOf: ReadonlyMap<string, string>;
}

export function indexMap(map: ArgumentMap): MapIndex {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const relations = new Map(map.relations.map((r) => [r.id, r]));
  const targeted = new Set<string>();
  for (const r of map.relations) if (!nodes.has(r.to) && relations.has(r.to)) targeted.add(r.to);
  const groupOf = new Map<string, string>();
  for (const g of map.groups) {
    for (const m of g.members) if (nodes.has(m) && !groupOf.has(m)) groupOf.set(m, g.id);
  }
  return { nodes, relations, targeted, groupOf };
}

/**
 * A relation is drawn through a junction (a small node of its own) when it links several
 * co-premises, or when another relation needs something to point at (an undercut).
 */
export function needsJunction(relation: Relation, index: MapIndex): boolean {
  return relation.from.length > 1 || index.targeted.has(relation.id);
}

/** Whether the relation points at another relation rather than at a node. */
export function targetsRelation(relation: Relation, index: MapIndex): boolean {
  return !index.nodes.has(relation.to) && index.relations.has(relation.to);
}

/**
 * Support and attack relations, aimed at a node or at another such relation: what argument
 * formats can draw as inferences. "continues" is reading order, and a relation aimed at a
 * "continues" relation (or at nothing known) has no inference to attack, so both are left out.
 */
export function inferenceRelations(map: ArgumentMap, index: MapIndex): Set<string> {
  const result = new Set<string>();
  const decided = new Set<string>();
  for (const start of map.relations) {
    // Follow the chain of relation targets iteratively; each relation targets at most one.
    const chain: Relation[] = [];
    const onChain = new Set<string>();
    let r: Relation | undefined = start;
    while (r && !decided.has(r.id) && !onChain.has(r.id)) {
      chain.push(r);
      onChain.add(r.id);
      r = index.nodes.has(r.to) ? undefined : index.relations.get(r.to);
    }
    let ok = r ? result.has(r.id) : true;
    for (const c of chain.reverse()) {
      ok = ok && c.kind !== 'continues' && (index.nodes.has(c.to) || index.relations.has(c.to));
      if (ok) result.add(c.id);
      decided.add(c.id);
    }
  }
  return result;
}
