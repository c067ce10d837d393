import type {
  ArgumentMap,
  ArgumentNode,
  Group,
  NodeKind,
  Relation,
  RelationKind,
} from '../model/types';
import { downChain } from './chains';
import { finalTargets, indexMap } from './graphIndex';
import { mergeDuplicates, pruneRelations, pruneToNodes } from './prune';

/** What the reader chose to fold or hide. */
export interface ViewFilter {
  /** Nodes whose reasons and objections are folded away. */
  collapsed: string[];
  /** Groups drawn as one box. */
  collapsedGroups: string[];
  hiddenKinds: NodeKind[];
  hideImplicit: boolean;
  hiddenRelationKinds: RelationKind[];
  /** Groups whose members are hidden. */
  hiddenGroups: string[];
}

export const NO_FILTER: ViewFilter = {
  collapsed: [],
  collapsedGroups: [],
  hiddenKinds: [],
  hideImplicit: false,
  hiddenRelationKinds: [],
  hiddenGroups: [],
};

export interface VisibleMap {
  /** The map to lay out; a valid map in its own right. */
  map: ArgumentMap;
  /** For each visible collapsed node: how many nodes its collapse hides (the badge). */
  hiddenBelow: Map<string, number>;
  /** Collapsed group id -> id of the node standing for it. */
  groupBoxes: Map<string, string>;
}

/** The derived map the layout draws: filters applied, collapsed nodes folded, groups boxed. */
export function visibleMap(map: ArgumentMap, view: ViewFilter): VisibleMap {
  // Tours are for presenting; what is drawn does not depend on them.
  const { tours: _tours, ...drawn } = map;
  const filtered = applyFilters(drawn, view);
  const { hidden, hiddenBelow } = foldCollapsed(filtered, view.collapsed);
  const folded =
    hidden.size === 0
      ? filtered
      : pruneToNodes(
          filtered,
          new Set(filtered.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id)),
        );
  const { map: boxed, groupBoxes } = boxGroups(folded, view.collapsedGroups);
  const changed = new Set<string>();
  const original = new Map(map.relations.map((r) => [r.id, r]));
  for (const r of boxed.relations) if (original.get(r.id) !== r) changed.add(r.id);
  return {
    map: { ...boxed, relations: mergeDuplicates(boxed.relations, changed) },
    hiddenBelow,
    groupBoxes,
  };
}

/** Hidden kinds, implicit nodes, hidden groups' members and hidden relation kinds taken out. */
function applyFilters(map: ArgumentMap, view: ViewFilter): ArgumentMap {
  const kinds = new Set(view.hiddenKinds);
  const relationKinds = new Set(view.hiddenRelationKinds);
  const hiddenGroups = new Set(view.hiddenGroups);
  const hiddenMembers = new Set(
    map.groups.filter((g) => hiddenGroups.has(g.id)).flatMap((g) => g.members),
  );
  const keep = new Set(
    map.nodes
      .filter((n) => !kinds.has(n.kind) && !(view.hideImplicit && n.implicit))
      .filter((n) => !hiddenMembers.has(n.id))
      .map((n) => n.id),
  );
  const relations = map.relations.filter((r) => !relationKinds.has(r.kind));
  if (keep.size === map.nodes.length && relations.length === map.relations.length) return map;
  return pruneToNodes({ ...map, relations }, keep);
}

/**
 * The nodes whose fold would hide something (see foldCollapsed): those with a reason or
 * objection, or an undercut of one, that points at nothing else. Where every reason also
 * supports or attacks another claim, folding keeps them all in view and hides nothing.
 */
export function foldableNodes(map: ArgumentMap): Set<string> {
  const finals = finalTargets(indexMap(map));
  const targetsOf = new Map<string, Set<string | undefined>>();
  for (const r of map.relations) {
    if (r.kind === 'continues') continue;
    for (const f of r.from) {
      const set = targetsOf.get(f) ?? new Set();
      set.add(finals.get(r.id));
      targetsOf.set(f, set);
    }
  }
  const foldable = new Set<string>();
  for (const [f, targets] of targetsOf) {
    const [only] = targets;
    if (targets.size === 1 && only !== undefined && only !== f) foldable.add(only);
  }
  return foldable;
}

/**
 * Nodes hidden by folding, one collapsed node after another in the order given: a node below
 * a collapsed node is hidden unless it also supports or attacks something still visible
 * ("continues" is reading order and keeps nothing visible). The collapsed node itself stays,
 * unless an earlier fold already hid it.
 */
function foldCollapsed(
  map: ArgumentMap,
  collapsed: string[],
): { hidden: Set<string>; hiddenBelow: Map<string, number> } {
  const hidden = new Set<string>();
  const counts = new Map<string, number>();
  if (collapsed.length === 0) return { hidden, hiddenBelow: counts };
  const index = indexMap(map);
  const finals = finalTargets(index);
  // Who would stay visible if x stays: the premises of inference relations ending at x.
  const anchoredBy = new Map<string, Relation[]>();
  for (const r of map.relations) {
    const t = finals.get(r.id);
    if (r.kind === 'continues' || t === undefined) continue;
    const list = anchoredBy.get(t);
    if (list) list.push(r);
    else anchoredBy.set(t, [r]);
  }
  const folds = new Set(collapsed);
  for (const c of folds) {
    if (!index.nodeIds.has(c) || hidden.has(c)) continue;
    const below = downChain(index, c, hidden).nodes;
    below.delete(c);
    // An edge into any collapsed node is folded away, so it keeps nothing visible.
    const isOutside = (t: string | undefined) =>
      t !== undefined && !folds.has(t) && !below.has(t) && !hidden.has(t);
    const freed: string[] = [];
    for (const n of below) {
      const rels = index.relationsFrom.get(n) ?? [];
      if (rels.some((r) => r.kind !== 'continues' && isOutside(finals.get(r.id)))) freed.push(n);
    }
    for (const n of freed) below.delete(n);
    // A node kept visible keeps its own reasons visible too.
    while (freed.length > 0) {
      const x = freed.pop() as string;
      if (folds.has(x)) continue;
      for (const r of anchoredBy.get(x) ?? []) {
        for (const f of r.from) {
          if (below.delete(f)) freed.push(f);
        }
      }
    }
    for (const n of below) hidden.add(n);
    counts.set(c, below.size);
  }
  const hiddenBelow = new Map([...counts].filter(([c]) => !hidden.has(c)));
  return { hidden, hiddenBelow };
}

/** An id that no node, relation or group of the map uses. */
function freshId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let i = 2; taken.has(id); i++) id = `${wanted}~${i}`;
  taken.add(id);
  return id;
}

/**
 * Each collapsed group becomes one claim standing for its members, placed where its first member
 * was. Relations to and from members go to the box; relations inside the group vanish.
 */
function boxGroups(
  map: ArgumentMap,
  collapsedGroups: string[],
): { map: ArgumentMap; groupBoxes: Map<string, string> } {
  const groupBoxes = new Map<string, string>();
  const wanted = new Set(collapsedGroups);
  const boxed = map.groups.filter((g) => wanted.has(g.id));
  if (boxed.length === 0) return { map, groupBoxes };
  const taken = new Set([...map.nodes, ...map.relations, ...map.groups].map((x) => x.id));
  const boxOf = new Map<string, string>();
  const present = new Set(map.nodes.map((n) => n.id));
  const boxNode = new Map<string, ArgumentNode>();
  for (const g of boxed) {
    const id = freshId(`group:${g.id}`, taken);
    groupBoxes.set(g.id, id);
    // Drawn as a folded group (nodeHead), not as a claim of the text: `kind` only places it.
    const members = g.members.filter((m) => present.has(m)).length;
    boxNode.set(id, {
      id,
      kind: 'claim',
      implicit: false,
      text: g.label,
      gloss: g.label,
      standsFor: { group: g.id, members },
    });
    for (const m of g.members) boxOf.set(m, id);
  }
  const nodes: ArgumentNode[] = [];
  const placed = new Set<string>();
  for (const n of map.nodes) {
    const box = boxOf.get(n.id);
    if (box === undefined) nodes.push(n);
    else if (!placed.has(box)) {
      placed.add(box);
      nodes.push(boxNode.get(box) as ArgumentNode);
    }
  }
  const redirected = map.relations.map((r) => redirect(r, boxOf));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const relations = dropNewCycles(
    pruneRelations(redirected, nodeIds),
    nodeIds,
    new Set(boxNode.keys()),
  );
  const groups: Group[] = map.groups.filter((g) => !wanted.has(g.id));
  return { map: { ...map, nodes, relations, groups }, groupBoxes };
}

/** A relation with member ends moved to their box; premises that became its own target drop out. */
function redirect(r: Relation, boxOf: Map<string, string>): Relation {
  const to = boxOf.get(r.to) ?? r.to;
  const from = [...new Set(r.from.map((f) => boxOf.get(f) ?? f))].filter((f) => f !== to);
  const same =
    to === r.to && from.length === r.from.length && from.every((f, i) => f === r.from[i]);
  // An empty `from` means the relation lay inside one group: pruneRelations drops it.
  return same ? r : { ...r, from, to };
}

/**
 * Boxing members together can close a support or reading-order circle (a -> x -> b with a, b in
 * one group). Such relations are dropped, in map order, so the derived map stays valid.
 */
function dropNewCycles(
  relations: Relation[],
  nodeIds: ReadonlySet<string>,
  boxes: ReadonlySet<string>,
): Relation[] {
  const next = new Map<string, string[]>();
  const link = (r: Relation) => {
    for (const f of r.from) {
      const list = next.get(f);
      if (list) list.push(r.to);
      else next.set(f, [r.to]);
    }
  };
  const reaches = (start: string, goals: string[]) => {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (goals.includes(id)) return true;
      for (const t of next.get(id) ?? []) {
        if (!seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
      }
    }
    return false;
  };
  // Attacks may go in circles; only support and "continues" between nodes must not.
  const chains = relations.filter((r) => r.kind !== 'attack' && nodeIds.has(r.to));
  const touchesBox = (r: Relation) => boxes.has(r.to) || r.from.some((f) => boxes.has(f));
  // Edges away from the boxes come from the valid input map, so they alone are acyclic.
  for (const r of chains) if (!touchesBox(r)) link(r);
  const dropped = new Set<string>();
  for (const r of chains) {
    if (!touchesBox(r)) continue;
    if (reaches(r.to, r.from)) dropped.add(r.id);
    else link(r);
  }
  if (dropped.size === 0) return relations;
  // Undercuts of a dropped relation go with it.
  return pruneRelations(
    relations.filter((r) => !dropped.has(r.id)),
    nodeIds,
  );
}
