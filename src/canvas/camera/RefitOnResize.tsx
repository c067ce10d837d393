import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout } from '../../layout/types';
import { useAppStoreApi } from '../../store/useAppStore';
import { boxInView, panIntoView } from '../boxInView';
import { motionMs } from '../motion';
import { FIT_VIEW } from './fitView';

/**
 * Fits the map again when the pane changes size (a side panel opened or closed, the window
 * resized), unless the reader has zoomed or panned since the last fit: then their view stays.
 */
export function RefitOnResize({
  userMoved,
  layout,
}: {
  userMoved: { current: boolean };
  layout: MapLayout;
}) {
  const store = useAppStoreApi();
  const { fitView, getViewport, setViewport } = useReactFlow();
  const flow = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a resize is the trigger; the layout is read as it is then
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (width <= 0 || height <= 0) return;
    // A click that selects opens the details panel: the map must not jump under the pointer
    // (a double click would miss its box); the selected box is only brought back into view.
    const selected = store.getState().selectedNodeId;
    const box = selected ? layout.nodes.find((b) => b.id === selected) : undefined;
    if (box) {
      const viewport = getViewport();
      if (!boxInView(box, viewport, flow.getState()))
        void setViewport(panIntoView(box, viewport, flow.getState()), { duration: motionMs(200) });
      return;
    }
    if (!userMoved.current) void fitView(FIT_VIEW);
  }, [width, height, fitView, userMoved]);
  return null;
}
