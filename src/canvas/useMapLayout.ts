import { useEffect } from 'react';
import { createWorkerElk } from '../layout/elkWorker';
import { layoutMap } from '../layout/layoutMap';
import type { AppStoreApi } from '../store/useAppStore';

// One ELK worker for the page, started on first use.
let elk: ReturnType<typeof createWorkerElk> | null = null;

/** Lays the map out in the ELK worker whenever the map or the layout options change. */
export function useMapLayout(store: AppStoreApi): void {
  const map = store((s) => s.map);
  const options = store((s) => s.options);
  useEffect(() => {
    let current = true;
    elk ??= createWorkerElk();
    layoutMap(map, options, elk).then(
      (layout) => current && store.getState().setLayout(layout),
      (error: unknown) =>
        current &&
        store.getState().setLayoutError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [map, options, store]);
}
