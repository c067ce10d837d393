import { useStore } from '@xyflow/react';
import { createContext } from 'react';
import type { MapLayout } from '../layout/types';
import { FIT_VIEW } from './camera/fitView';

/** Below this zoom body text is under ~4 px on screen: boxes are drawn without their words. */
export const FAR_ZOOM = 0.3;

/**
 * Whether the map is seen from far away. A context rather than node data: when the zoom
 * crosses the line, the boxes in view redraw in the same render as the camera, without
 * React Flow taking in a new node list.
 */
export const FarView = createContext(false);

/**
 * From this many boxes, frames and junctions on, only those in view are in the page (React
 * Flow's culling) and, from far away, the far picture draws the map.
 */
const BIG_FROM = 300;

export function isBigLayout(layout: MapLayout): boolean {
  return layout.nodes.length + layout.groups.length + layout.junctions.length >= BIG_FROM;
}

/** Reading zoom out to 0.05 is far enough for most maps; a bigger one may go as far as it takes. */
const MIN_ZOOM = 0.05;
/** The smallest pane a whole map should fit into at the lowest zoom (a phone, a side-by-side). */
const SMALLEST_PANE = { width: 640, height: 360 };

/**
 * How far the reader may zoom out on a layout (until the whole map fits even a small pane: big
 * maps are one cheap picture from far away), and how far a fit may blow it up.
 */
export function zoomBoundsFor(layout: { width: number; height: number } | null): {
  min: number;
  max: number;
} {
  const max = FIT_VIEW.maxZoom ?? 1.5;
  if (!layout || layout.width <= 0 || layout.height <= 0) return { min: MIN_ZOOM, max };
  const whole = Math.min(SMALLEST_PANE.width / layout.width, SMALLEST_PANE.height / layout.height);
  return { min: Math.min(MIN_ZOOM, whole), max };
}

/** The zoom at which a layout will fit a pane (React Flow's fit, bounded as in MapCanvas). */
export function fitZoom(
  layout: { width: number; height: number },
  pane: { width: number; height: number },
  bounds: { min: number; max: number },
): number {
  if (layout.width <= 0 || layout.height <= 0) return bounds.max;
  const zoom = Math.min(pane.width / layout.width, pane.height / layout.height);
  return Math.max(bounds.min, Math.min(bounds.max, zoom));
}

/**
 * Far away or not, from the camera; until a layout is fitted (the camera still at its start,
 * or a fit pending: `fitDue`, a new map or its ELK layout in place of the sketch) from the zoom
 * that fit will have. Otherwise a big map would first be drawn box by box at the old zoom,
 * thousands of boxes handed to React Flow, only to be replaced by its far picture a frame later.
 */
export function useFarView(
  layout: MapLayout | null,
  bounds: { min: number; max: number },
  /** Asked each time the camera moves: the fit is made a frame after the layout arrives. */
  fitDue: () => boolean,
): boolean {
  return useStore((s) => {
    const [x, y, zoom] = s.transform;
    const unfitted = fitDue() || s.fitViewQueued || (x === 0 && y === 0 && zoom === 1);
    if (!unfitted || !layout) return zoom < FAR_ZOOM;
    const pane = {
      width: s.width || window.innerWidth,
      height: s.height || window.innerHeight,
    };
    // Not the store's zoom limits: they are React Flow's defaults until the first render is in.
    return fitZoom(layout, pane, bounds) < FAR_ZOOM;
  });
}
