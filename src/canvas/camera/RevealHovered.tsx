import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { MapLayout } from '../../layout/types';
import { useAppStoreApi } from '../../store/useAppStore';
import { boxInView } from '../boxInView';
import { motionMs } from '../motion';

/**
 * Brings a node pointed at from the text panel into view, when it is off screen (zoom kept);
 * the camera then counts as moved by the reader (`userMoved`).
 */
export function RevealHovered({
  layout,
  userMoved,
}: {
  layout: MapLayout;
  userMoved: { current: boolean };
}) {
  const store = useAppStoreApi();
  const hovered = store((s) => s.hoveredNodeId);
  const { setCenter, getViewport } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    const box = hovered && layout.nodes.find((n) => n.id === hovered);
    // A click on the span asks the canvas to centre the node anyway (after the details panel
    // opens): leave that to CenterOnRequest, so two moves never race.
    if (!box || store.getState().centerRequest?.nodeId === hovered) return;
    const viewport = getViewport();
    if (!boxInView(box, viewport, flow.getState())) {
      userMoved.current = true;
      void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: viewport.zoom,
        duration: motionMs(300),
      });
    }
  }, [hovered, layout, setCenter, getViewport, flow, store, userMoved]);
  return null;
}
