import { removeCascading } from '../edit/cascade';
import type { ArgumentMap } from '../model/types';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts items known before in their old order, new ones after in the order they came; an item
 * that did not change is the old object, and a list that did not change the old list, so the
 * view can tell by identity what an edit touched.
 */
function inOldOrder<T extends { id: string }>(previous: T[], next: readonly T[]): T[] {
  const old = new Map(previous.map((item, i) => [item.id, { item, i }]));
  const known = next.filter((item) => old.has(item.id));
  known.sort((a, b) => (old.get(a.id)?.i ?? 0) - (old.get(b.id)?.i ?? 0));
  const result = [...known, ...next.filter((item) => !old.has(item.id))].map((item) => {
    const before = old.get(item.id)?.item;
    return before && same(before, item) ? before : item;
  });
  return result.length === previous.length && result.every((x, i) => x === previous[i])
    ? previous
    : result;
}

/**
 * The map read from edited Argdown, made to follow the map it replaces: nodes, relations and
 * groups keep their order (the layout keeps siblings where they stood), and the tours, which
 * Argdown does not carry, stay with the nodes that are still there.
 */
export function followMap(previous: ArgumentMap, parsed: ArgumentMap): ArgumentMap {
  const ordered: ArgumentMap = {
    ...parsed,
    source: same(previous.source, parsed.source) ? previous.source : parsed.source,
    nodes: inOldOrder(previous.nodes, parsed.nodes),
    relations: inOldOrder(previous.relations, parsed.relations),
    groups: inOldOrder(previous.groups, parsed.groups),
  };
  const unchanged =
    ordered.title === previous.title &&
    ordered.source === previous.source &&
    ordered.nodes === previous.nodes &&
    ordered.relations === previous.relations &&
    ordered.groups === previous.groups;
  // Only the way it is written changed (spaces, order of lines): the map is the same map.
  if (unchanged && !parsed.tours) return previous;
  if (!previous.tours || ordered.tours) return ordered;
  const present = new Set(ordered.nodes.map((n) => n.id));
  const gone = new Set(
    previous.tours.flatMap((t) => t.steps.flatMap((s) => s.nodes)).filter((n) => !present.has(n)),
  );
  // Tours only: the cascade drops the vanished nodes from their steps, nothing else changes.
  const toured = removeCascading({ ...ordered, tours: previous.tours }, gone, new Set()).map;
  return { ...ordered, tours: toured.tours };
}
