import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { MapLayout } from '../../layout/types';
import { useAppStoreApi } from '../../store/useAppStore';
import { boxInView } from '../boxInView';
import { motionMs } from '../motion';

/** How long after a request a change of the pane's size still brings the node back. */
const SETTLE_MS = 3000;

/**
 * Brings a node into view when asked (from the text panel); keeps the zoom if readable. The
 * camera then counts as moved by the reader (`userMoved`): no refit takes their box away.
 */
export function CenterOnRequest({
  layout,
  userMoved,
}: {
  layout: MapLayout;
  userMoved: { current: boolean };
}) {
  const store = useAppStoreApi();
  const request = store((s) => s.centerRequest);
  const { setCenter, getZoom, getViewport } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    const box = request && layout.nodes.find((n) => n.id === request.nodeId);
    if (!box) return;
    const centre = (duration: number) => {
      userMoved.current = true;
      void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: Math.max(getZoom(), 0.8),
        duration: motionMs(duration),
      });
    };
    // Wait two frames: selecting may open the details panel, which narrows the pane first.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => centre(300));
    });
    // On a busy machine the pane may settle later than that: check once the move is over, and
    // whenever the pane changes size for a while after (the details panel rendering late).
    const recheck = () => {
      if (!boxInView(box, getViewport(), flow.getState())) centre(0);
    };
    const settle = window.setTimeout(recheck, 450);
    const pane = flow.getState().domNode;
    // An observer reports the size it starts with: only later changes count.
    let started = false;
    const resized =
      pane &&
      new ResizeObserver(() => {
        if (started) window.setTimeout(recheck, 0);
        started = true;
      });
    if (pane) resized?.observe(pane);
    const done = window.setTimeout(() => resized?.disconnect(), SETTLE_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
      window.clearTimeout(done);
      resized?.disconnect();
    };
  }, [request, layout, setCenter, getZoom, getViewport, flow, userMoved]);
  return null;
}
