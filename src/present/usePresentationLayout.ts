import { useEffect, useState } from 'react';
import { NO_FILTER, visibleMap } from '../explore/visibleMap';
import type { LayoutOptions, MapLayout } from '../layout/types';
import { layoutOffThread } from '../layout/worker/layoutOffThread';
import type { ArgumentMap } from '../model/types';

/**
 * The whole map laid out once for presenting, whatever is folded or filtered in the ordinary
 * view: steps only reveal boxes, so none ever moves while stepping.
 */
export function usePresentationLayout(
  map: ArgumentMap,
  options: LayoutOptions,
): { layout: MapLayout | null; error: string | null } {
  const [state, setState] = useState<{ layout: MapLayout | null; error: string | null }>({
    layout: null,
    error: null,
  });
  useEffect(() => {
    let current = true;
    setState({ layout: null, error: null });
    layoutOffThread(visibleMap(map, NO_FILTER).map, options).then(
      (layout) => current && setState({ layout, error: null }),
      (e: unknown) =>
        current && setState({ layout: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [map, options]);
  return state;
}
