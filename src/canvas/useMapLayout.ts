import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { previousPositions } from '../explore/previousPositions';
import { visibleMap } from '../explore/visibleMap';
import { alignLayout } from '../layout/alignLayout';
import { sharedWorkerElk } from '../layout/elkWorker';
import { layoutMap } from '../layout/layoutMap';
import type { AppStoreApi } from '../store/useAppStore';
import { useDrawnMap } from './useDrawnMap';
import { viewRect } from './viewRect';

/** Lays out what is visible of the map in the ELK worker whenever map, options or filter change. */
export function useMapLayout(store: AppStoreApi): void {
  const map = useDrawnMap(store);
  const options = store((s) => s.options);
  const filter = store((s) => s.filter);
  const flow = useStoreApi();
  useEffect(() => {
    let current = true;
    const elk = sharedWorkerElk();
    const visible = visibleMap(map, filter);
    // The same map (folded, filtered or edited since) and options: keep the boxes where the
    // reader saw them. Another map, or a new direction or density, is laid out afresh.
    const { laidOut: shown, viewEpoch: epoch } = store.getState();
    const sameMap = shown && shown.epoch === epoch && shown.options === options ? shown : null;
    const previous = sameMap ? previousPositions(sameMap, visible) : undefined;
    layoutMap(visible.map, options, elk, previous).then(
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
