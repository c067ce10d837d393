import { useEffect } from 'react';
import { visibleMap } from '../explore/visibleMap';
import { alignLayout } from '../layout/alignLayout';
import { createWorkerElk } from '../layout/elkWorker';
import { layoutMap } from '../layout/layoutMap';
import type { AppStoreApi } from '../store/useAppStore';

// One ELK worker for the page, started on first use.
let elk: ReturnType<typeof createWorkerElk> | null = null;

/** Lays out what is visible of the map in the ELK worker whenever map, options or filter change. */
export function useMapLayout(store: AppStoreApi): void {
  const map = store((s) => s.map);
  const options = store((s) => s.options);
  const filter = store((s) => s.filter);
  useEffect(() => {
    let current = true;
    elk ??= createWorkerElk();
    const visible = visibleMap(map, filter);
    layoutMap(visible.map, options, elk).then(
      (fresh) => {
        if (!current) return;
        // Same map and options, new fold or filter: keep the boxes where the reader saw them.
        const previous = store.getState().laidOut;
        const layout =
          previous && previous.map === map && previous.options === options
            ? alignLayout(previous.layout, fresh)
            : fresh;
        store.getState().setLaidOut({ visible, layout, map, options });
      },
      (error: unknown) =>
        current &&
        store.getState().setLayoutError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [map, options, filter, store]);
}
