import { parseMap } from '../model/parseMap';
import type { ArgumentMap, Tour } from '../model/types';

const PREFIX = 'argument-map:tours:';

/**
 * Which map tours were edited for: its title and node ids. Tours name nodes, so they belong
 * to a map with these nodes; an edit of another map never lands here.
 */
export function toursKey(map: ArgumentMap): string {
  const text = `${map.title}\n${map.nodes.map((n) => n.id).join('\n')}`;
  // FNV-1a: short and stable; collisions only cost a refused restore (the tours must fit).
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${PREFIX}${hash.toString(16)}`;
}

/** Saves a map's edited tours so a reload brings them back. Full or blocked storage: not saved. */
export function saveTours(storage: Pick<Storage, 'setItem'> | undefined, map: ArgumentMap): void {
  try {
    storage?.setItem(toursKey(map), JSON.stringify(map.tours ?? []));
  } catch {
    // Private mode or a full quota: the edit still holds for this visit.
  }
}

/** The map with the tours saved for it, if any were saved and still fit its nodes. */
export function withSavedTours(
  storage: Pick<Storage, 'getItem'> | undefined,
  map: ArgumentMap,
): ArgumentMap {
  try {
    const saved = storage?.getItem(toursKey(map));
    if (!saved) return map;
    const tours = JSON.parse(saved) as Tour[];
    const checked = parseMap({ ...map, tours });
    return checked.ok ? checked.map : map;
  } catch {
    return map;
  }
}
