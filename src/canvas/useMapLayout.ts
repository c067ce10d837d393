import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { previousLayout } from '../explore/previousPositions';
import { swappedPair, swapSubtrees } from '../explore/siblingSwap';
import { visibleMap } from '../explore/visibleMap';
import { alignLayout } from '../layout/alignLayout';
import { BUILD_ID } from '../layout/buildId';
import { cachedLayout, keepLayout } from '../layout/layoutCache';
import { layoutKey } from '../layout/layoutKey';
import type { MapLayout } from '../layout/types';
import { layoutOffThread, stopLayoutWorker } from '../layout/worker/layoutOffThread';
import type { AppStoreApi } from '../store/useAppStore';
import { MARKS, mark } from '../workers/marks';
import { afterPaint, nextTask } from '../workers/nextTask';
import { prepareDrawing } from './prepareDrawing';
import { useDrawnMap } from './useDrawnMap';
import { viewRect } from './viewRect';

/** Beyond this a layout is given up: the worker is stopped and the reader may try again. */
export const LAYOUT_TIMEOUT_MS = 180_000;

/** Why a layout stopped without a result: the reader's cancel, or the time limit. */
export class LayoutStopped extends Error {}

let stopCurrent: ((reason: LayoutStopped) => void) | null = null;

/** Cancels the layout being made (the worker is stopped); the map on screen stays. */
export function cancelLayout(message: string): void {
  stopCurrent?.(new LayoutStopped(message));
  stopLayoutWorker();
}

/** Lays out what is visible of the map in the ELK worker whenever map, options or filter change. */
export function useMapLayout(store: AppStoreApi): void {
  const map = useDrawnMap(store);
  const options = store((s) => s.options);
  const filter = store((s) => s.filter);
  const attempt = store((s) => s.layoutAttempt);
  const flow = useStoreApi();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reader's "try again": the same inputs, laid out anew
  useEffect(() => {
    let current = true;
    const visible = visibleMap(map, filter);
    // The same map (folded, filtered or edited since) and options: keep the boxes where the
    // reader saw them. Another map, or a new direction or density, is laid out afresh.
    const { laidOut: shown, viewEpoch: epoch } = store.getState();
    // A sketch is no layout to keep close to: ELK's first layout of the map is still to come.
    const sameMap =
      shown && !shown.sketch && shown.epoch === epoch && shown.options === options ? shown : null;
    let previous = sameMap ? previousLayout(sameMap, visible, options.direction) : undefined;
    // Two siblings reordered by the reader: ELK keeps the order it is given, so give it theirs.
    const pair = sameMap && swappedPair(sameMap.visible.map, visible.map);
    if (previous && pair) {
      const axis = options.direction === 'up' ? 'x' : 'y';
      const centres = swapSubtrees(previous.centres, visible.map, pair[0], pair[1], axis);
      // The lines ran between the subtrees' old places: left out, not misleading.
      previous = { ...previous, centres, routes: undefined };
    }
    // A fresh layout may have been made before (this visit or an earlier one): no ELK then.
    const key = sameMap ? null : layoutKey(visible.map, options, BUILD_ID);
    // A big map just opened is sketched first, while ELK works on it; a map already drawn
    // keeps its layout on screen until the new one is made (a cancel leaves it there).
    const firstOfMap = !shown || shown.epoch !== epoch || shown.sketch === true;
    let sketched: MapLayout | null = null;
    let settled = false;
    // Resolves once the sketch is on screen: ELK starts then, so as not to slow the drawing.
    const showSketch = async (sketch: MapLayout) => {
      sketched = sketch;
      await prepareDrawing(sketch, visible.map);
      if (!current || settled) return;
      store.getState().showSketch({ visible, layout: sketch, map, options, epoch });
      await afterPaint();
    };
    // Only a layout that runs in the worker shows progress and can be cancelled. The worker
    // starts on first use: a cached layout needs none.
    const run = (p?: typeof previous) => {
      store.getState().setLayoutPending({ since: Date.now(), boxes: visible.map.nodes.length });
      mark(MARKS.layoutAsked);
      return new Promise<MapLayout>((resolve, reject) => {
        let stopped = false;
        // A stopped layout shows no sketch after its message: a sketch on its way (the worker
        // had sent it) would clear the message and its "Try again".
        const timer = window.setTimeout(() => {
          stopped = true;
          settled = true;
          reject(new LayoutStopped('timeout'));
          stopLayoutWorker();
        }, LAYOUT_TIMEOUT_MS);
        stopCurrent = (reason) => {
          stopped = true;
          settled = true;
          reject(reason);
        };
        // The map is copied to the worker in a task apart from the progress shown.
        nextTask()
          .then(() => {
            if (stopped) throw new LayoutStopped('cancelled');
            return layoutOffThread(visible.map, options, p, firstOfMap ? showSketch : undefined);
          })
          .then(resolve, reject)
          .finally(() => window.clearTimeout(timer));
      });
    };
    const laidOut = key
      ? key.then(async (k) => {
          const kept = await cachedLayout(k);
          if (kept) return kept;
          // The map changed while its key was made: its layout is no longer wanted.
          if (!current) throw new LayoutStopped('cancelled');
          const made = await run();
          void keepLayout(k, made);
          return made;
        })
      : run(previous);
    // Each step on the way to the drawn layout in a task of its own (see prepareDrawing).
    laidOut
      .then(async (fresh) => {
        settled = true;
        // What the reader looks at stays in place: the layout shown before, or the sketch.
        const before = sameMap?.layout ?? sketched;
        if (!before) return fresh;
        await nextTask();
        return alignLayout(before, fresh, viewRect(flow.getState()));
      })
      .then(async (layout) => {
        await prepareDrawing(layout, visible.map);
        if (current) store.getState().setLaidOut({ visible, layout, map, options, epoch });
      })
      .catch(
        (error: unknown) =>
          current &&
          store.getState().setLayoutError(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      current = false;
    };
  }, [map, options, filter, store, flow, attempt]);
}
