import type { ArgumentMap } from '../model/types';

/**
 * Removes nodes and relations together with everything that would dangle without them, so a
 * deletion never leaves a map the rules reject:
 * - a relation loses removed nodes from its premises, and goes when none are left or when its
 *   target goes; an undercut means nothing without the inference it attacks, so it goes too,
 *   and so do undercuts of undercuts;
 * - groups and tour steps lose the nodes; an empty group, step or tour goes.
 * Callers make sure at least one node remains.
 */
export function removeCascading(
  map: ArgumentMap,
  nodeIds: ReadonlySet<string>,
  relationIds: ReadonlySet<string>,
): { map: ArgumentMap; removedRelations: string[] } {
  const without = (ids: string[]) =>
    ids.some((id) => nodeIds.has(id)) ? ids.filter((id) => !nodeIds.has(id)) : ids;

  const gone = new Set(relationIds);
  const aimedAt = new Map<string, string[]>();
  for (const r of map.relations) {
    if (without(r.from).length === 0 || nodeIds.has(r.to)) gone.add(r.id);
    const list = aimedAt.get(r.to);
    if (list) list.push(r.id);
    else aimedAt.set(r.to, [r.id]);
  }
  const queue = [...gone];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const u of aimedAt.get(id) ?? []) {
      if (!gone.has(u)) {
        gone.add(u);
        queue.push(u);
      }
    }
  }

  const relations = map.relations.flatMap((r) => {
    if (gone.has(r.id)) return [];
    const from = without(r.from);
    return [from === r.from ? r : { ...r, from }];
  });
  const groups = map.groups.flatMap((g) => {
    const members = without(g.members);
    if (members.length === 0) return [];
    return [members === g.members ? g : { ...g, members }];
  });
  const next: ArgumentMap = {
    ...map,
    nodes: reuse(
      map.nodes,
      map.nodes.filter((n) => !nodeIds.has(n.id)),
    ),
    relations: reuse(map.relations, relations),
    groups: reuse(map.groups, groups),
  };
  // An absent `tours` means "generate one"; it must stay absent rather than become [].
  if (map.tours) {
    const tours = map.tours.flatMap((tour) => {
      const steps = tour.steps.flatMap((s) => {
        const nodes = without(s.nodes);
        if (nodes.length === 0) return [];
        return [nodes === s.nodes ? s : { ...s, nodes }];
      });
      if (steps.length === 0) return [];
      return [reuse(tour.steps, steps) === tour.steps ? tour : { ...tour, steps }];
    });
    next.tours = reuse(map.tours, tours);
  }
  const removedRelations = map.relations.filter((r) => gone.has(r.id)).map((r) => r.id);
  return { map: next, removedRelations };
}

/** The original array when nothing in it changed, so callers can compare parts by identity. */
function reuse<T>(before: T[], after: T[]): T[] {
  return after.length === before.length && after.every((x, i) => x === before[i]) ? before : after;
}
