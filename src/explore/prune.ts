import type { ArgumentMap, Relation } from '../model/types';

/**
 * The map restricted to `keep` nodes. A linked relation keeps its remaining co-premises and
 * vanishes with none left; a relation vanishes with its target, undercuts with the undercut
 * relation; groups drop missing members and vanish when empty.
 */
export function pruneToNodes(map: ArgumentMap, keep: ReadonlySet<string>): ArgumentMap {
  const nodes = map.nodes.filter((n) => keep.has(n.id));
  const relations = pruneRelations(map.relations, new Set(nodes.map((n) => n.id)));
  const groups = map.groups
    .map((g) => ({ ...g, members: g.members.filter((m) => keep.has(m)) }))
    .filter((g) => g.members.length > 0);
  return { ...map, nodes, relations, groups };
}

/** Relations that still have a source and a target among `nodeIds` and the surviving relations. */
export function pruneRelations(relations: Relation[], nodeIds: ReadonlySet<string>): Relation[] {
  const trimmed = new Map<string, Relation>();
  for (const r of relations) {
    const from = r.from.filter((f) => nodeIds.has(f));
    if (from.length > 0) trimmed.set(r.id, from.length === r.from.length ? r : { ...r, from });
  }
  const alive = new Map<string, boolean>();
  // Resolve each undercut chain once, walking it with a loop: chains may be very long.
  for (const start of trimmed.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id = start;
    let ok = false;
    for (;;) {
      const known = alive.get(id);
      if (known !== undefined) {
        ok = known;
        break;
      }
      const r = trimmed.get(id);
      if (!r || onChain.has(id)) break;
      chain.push(id);
      onChain.add(id);
      if (nodeIds.has(r.to)) {
        ok = true;
        break;
      }
      id = r.to;
    }
    for (const c of chain) alive.set(c, ok);
  }
  return [...trimmed.values()].filter((r) => alive.get(r.id));
}

/** How many relations stand between a relation and the claim it finally bears on (0 = direct). */
function relationDepths(relations: Relation[]): Map<string, number> {
  const byId = new Map(relations.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  for (const start of relations) {
    const chain: Relation[] = [];
    const onChain = new Set<Relation>();
    let r: Relation | undefined = start;
    let base = 0;
    while (r && !depth.has(r.id) && !onChain.has(r)) {
      chain.push(r);
      onChain.add(r);
      r = byId.get(r.to);
    }
    if (r && depth.has(r.id)) base = (depth.get(r.id) as number) + 1;
    for (let i = chain.length - 1; i >= 0; i--) depth.set((chain[i] as Relation).id, base++);
  }
  return depth;
}

/**
 * Merges relations that became the same edge (same kind, same premises, same target) once the
 * view changed them; undercuts of a merged relation move to the one kept. Relations listed in
 * `changed` are the edited ones: duplicates the author wrote on purpose stay as they are.
 */
export function mergeDuplicates(relations: Relation[], changed: ReadonlySet<string>): Relation[] {
  if (changed.size === 0) return relations;
  const depths = relationDepths(relations);
  // Targets first, so an undercut's key already uses the kept relation's id.
  const order = relations
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (depths.get(a.r.id) ?? 0) - (depths.get(b.r.id) ?? 0) || a.i - b.i);
  const alias = new Map<string, string>();
  const kept = new Map<string, Relation>();
  const result = new Map<string, Relation>();
  const edited = new Set(changed);
  for (const { r } of order) {
    const to = alias.get(r.to) ?? r.to;
    const current = to === r.to ? r : { ...r, to };
    if (current !== r) edited.add(r.id);
    const key = JSON.stringify([r.kind, [...new Set(r.from)].sort(), to]);
    const twin = kept.get(key);
    if (twin && (edited.has(r.id) || edited.has(twin.id))) {
      alias.set(r.id, twin.id);
      continue;
    }
    if (!twin) kept.set(key, current);
    result.set(r.id, current);
  }
  return relations.flatMap((r) => {
    const kept = result.get(r.id);
    return kept ? [kept] : [];
  });
}
