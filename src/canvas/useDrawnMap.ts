import { useRef } from 'react';
import type { ArgumentMap } from '../model/types';
import type { AppStoreApi } from '../store/useAppStore';

/**
 * The map as far as drawing goes: a new map object whose nodes, relations, groups and source
 * are the same (only its tours were edited) keeps the old identity, so the view neither lays
 * out again nor refits.
 */
export function useDrawnMap(store: AppStoreApi): ArgumentMap {
  const map = store((s) => s.map);
  const drawn = useRef(map);
  const d = drawn.current;
  if (
    d !== map &&
    !(
      d.nodes === map.nodes &&
      d.relations === map.relations &&
      d.groups === map.groups &&
      d.source === map.source &&
      d.title === map.title
    )
  )
    drawn.current = map;
  return drawn.current;
}
