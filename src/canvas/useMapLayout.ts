import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { previousPositions } from '../explore/previousPositions';
import { visibleMap } from '../explore/visibleMap';
import { alignLayout } from '../layout/alignLayout';
import { BUILD_ID } from '../layout/buildId';
import { sharedWorkerElk } from '../layout/elkWorker';
import { cachedLayout, keepLayout } from '../layout/layoutCache';
import { layoutKey } from '../layout/layoutKey';
import { type ElkRunner, layoutMap } from '../layout/layoutMap';
import type { AppStoreApi } from '../store/useAppStore';
import { useDrawnMap } from './useDrawnMap';
import { viewRect } from './viewRect';

/** The page's ELK worker, asked for only when a layout is really run. */
const lazyElk: ElkRunner = { layout: (graph) => sharedWorkerElk().layout(graph) };

/** Lays out what is visible of the map in the ELK worker whenever map, options or filter change. */
export function useMapLayout(store: AppStoreApi): void {
  const map = useDrawnMap(store);
  const options = store((s) => s.options);
  const filter = store((s) => s.filter);
  const flow = useStoreApi();
  useEffect(() => {
    let current = true;
    // Started on first use only: a cached layout needs no worker at all.
    const elk = lazyElk;
    const visible = visibleMap(map, filter);
    // The same map (folded, filtered or edited since) and options: keep the boxes where the
    // reader saw them. Another map, or a new direction or density, is laid out afresh.
    const { laidOut: shown, viewEpoch: epoch } = store.getState();
    const sameMap = shown && shown.epoch === epoch && shown.options === options ? shown : null;
    const previous = sameMap ? previousPositions(sameMap, visible) : undefined;
    // A fresh layout may have been made before (this visit or an earlier one): no ELK then.
    const key = sameMap ? null : layoutKey(visible.map, options, BUILD_ID);
    const laidOut = key
      ? cachedLayout(key).then(
          (kept) =>
            kept ??
            layoutMap(visible.map, options, elk).then((made) => {
              void keepLayout(key, made);
              return made;
            }),
        )
      : layoutMap(visible.map, options, elk, previous);
    laidOut.then(
      (fresh) => {
        if (!current) return;
        const layout = sameMap
          ? alignLayout(sameMap.layout, fresh, viewRect(flow.getState()))
          : fresh;
        store.getState().setLaidOut({ visible, layout, map, options, epoch });
      },
      (error: unknown) =>
        current &&
        store.getState().setLayoutError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [map, options, filter, store, flow]);
}
