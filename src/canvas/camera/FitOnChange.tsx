import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import type { LaidOut } from '../../store/appStore';
import { isBigLayout, zoomBoundsFor } from '../farView';
import { contentBoundsOf } from '../layoutFacts';
import { FIT_VIEW } from './fitView';

/** The view FitOnChange framed last: which map, with which options, sketch or not. */
export interface FittedView {
  map: number;
  options: unknown;
  sketch: boolean;
}

/**
 * Whether a layout is to be framed anew: the first one, another map or other options, or
 * ELK's layout in place of a sketch the reader has not moved about in. Asked during a render
 * too: until that fit, the camera still frames what was shown before.
 */
export function fitDue(
  before: FittedView | null,
  now: FittedView,
  userMoved: { current: boolean },
): boolean {
  if (!before) return true;
  const sameView = before.map === now.map && before.options === now.options;
  const sketchReplaced = before.sketch && !now.sketch && !userMoved.current;
  return !sameView || sketchReplaced;
}

/**
 * Frames the whole map again when another map opens or the layout options change, and when
 * ELK's layout replaces the sketch of a big map the reader has not moved about in; folding,
 * filtering and editing keep the viewport, so the reader stays where they were.
 */
export function FitOnChange({
  laidOut,
  map,
  options,
  userMoved,
  fitted,
}: {
  laidOut: LaidOut;
  /** Changes when another map is opened (the store's view epoch). */
  map: number;
  options: unknown;
  userMoved: { current: boolean };
  /** The view framed last, kept by the caller, who asks `fitDue` while rendering. */
  fitted: { current: FittedView | null };
}) {
  const { fitView, setViewport } = useReactFlow();
  const flow = useStoreApi();
  // A first layout that is not big is framed by React Flow's own fitView as its boxes arrive,
  // and again a frame later: React Flow takes the boxes in before the zoom limit that comes
  // with them, so a map that needs to be seen from further than 0.05 would be framed cut off.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a layout arrives, since only then do the new boxes have their places
  useLayoutEffect(() => {
    const now = { map, options, sketch: laidOut.sketch === true };
    const first = fitted.current === null;
    const { layout } = laidOut;
    const zoom = zoomBoundsFor(layout);
    // React Flow's own fit of the first layout was right unless the zoom limit was in its way.
    if (!fitDue(fitted.current, now, userMoved) || (first && zoom.min >= zoomBoundsFor(null).min)) {
      fitted.current = now;
      return;
    }
    // A big map is framed before its first paint, from its bounds (React Flow would wait for
    // its boxes): painted a frame at the old zoom, its far picture took 100+ ms to raster.
    const { width, height, panZoom, maxZoom } = flow.getState();
    if (isBigLayout(layout) && width > 0 && height > 0 && panZoom) {
      // React Flow applies the new lower limit after this effect; the fit must not be held by
      // the old one.
      panZoom.setScaleExtent([zoom.min, maxZoom]);
      fitted.current = now;
      const b = contentBoundsOf(layout);
      const padding = FIT_VIEW.padding ?? 0;
      void setViewport(getViewportForBounds(b, width, height, zoom.min, zoom.max, padding));
      // React Flow's own fit of a first layout would come after this one, held by the old
      // lower limit (cut off), and would need one more fit a frame later: not wanted.
      if (first) flow.setState({ fitViewQueued: false });
      return;
    }
    // Noted as framed only with the fit itself: until then a render (React Flow takes in the
    // new boxes) must still see the fit as due, or a big map is drawn box by box for a frame
    // at the old zoom instead of as the far picture.
    const frame = requestAnimationFrame(() => {
      fitted.current = now;
      void fitView(FIT_VIEW);
    });
    return () => cancelAnimationFrame(frame);
  }, [laidOut, map, options, fitView]);
  return null;
}
