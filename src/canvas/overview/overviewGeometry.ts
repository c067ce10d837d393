import type { Rect } from '../../layout/bounds';
import type { MapLayout, Point } from '../../layout/types';
import { contentBoundsOf } from '../layoutFacts';
import { oncePer } from '../oncePer';

/** One SVG path of rectangles: thousands of boxes drawn as one element, not one each. */
export function rectsPath(rects: readonly Rect[]): string {
  return rects.map((r) => `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}Z`).join('');
}

/** What the overview draws of a layout: boxes and group frames, and the area they span. */
export interface OverviewPicture {
  bounds: Rect;
  boxes: string;
  groups: string;
}

/** The map's bounds with a margin of a twentieth of its larger side, so edges stay visible. */
export function overviewPicture(layout: MapLayout): OverviewPicture {
  const b = contentBoundsOf(layout);
  const margin = Math.max(b.width, b.height) / 20;
  return {
    bounds: {
      x: b.x - margin,
      y: b.y - margin,
      width: b.width + 2 * margin,
      height: b.height + 2 * margin,
    },
    boxes: rectsPath(layout.nodes),
    groups: rectsPath(layout.groups),
  };
}

/** The part of the map in view, in map coordinates, from React Flow's transform and pane size. */
export function viewArea(
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/**
 * The map point under a pointer on the overview. The SVG keeps the picture's aspect
 * (`xMidYMid meet`), so the picture is centred in the element at the smaller scale.
 */
export function mapPointAt(
  pointer: Point,
  element: { width: number; height: number },
  bounds: Rect,
): Point {
  const scale = Math.min(element.width / bounds.width, element.height / bounds.height);
  const left = (element.width - bounds.width * scale) / 2;
  const top = (element.height - bounds.height * scale) / 2;
  return {
    x: bounds.x + (pointer.x - left) / scale,
    y: bounds.y + (pointer.y - top) / scale,
  };
}

/** The overview of a layout, made once (see prepareDrawing). */
export const overviewPictureOf = oncePer(overviewPicture);
