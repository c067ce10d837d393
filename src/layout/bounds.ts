import type { MapLayout, Point } from './types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The rectangle holding everything drawn: boxes, junctions and the lines between them (without
 * ELK's outer padding). A line routed round the map lies outside its boxes: framed by the boxes
 * alone, fit view cut it off at the screen's edge (144 px of a 62-box Argdown map's lines).
 */
export function contentBounds(layout: MapLayout): Rect {
  const boxes = rectsBounds([...layout.nodes, ...layout.groups]);
  if (layout.nodes.length + layout.groups.length === 0) return boxes;
  let [left, top, right, bottom] = [
    boxes.x,
    boxes.y,
    boxes.x + boxes.width,
    boxes.y + boxes.height,
  ];
  const take = (x: number, y: number, size = 0) => {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + size);
    bottom = Math.max(bottom, y + size);
  };
  // A loop, not Math.min(...all): a 5000-box map's routes have more points than a call takes.
  for (const j of layout.junctions) take(j.x, j.y, j.size);
  for (const e of layout.edges) for (const p of e.points) take(p.x, p.y);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The smallest rectangle holding all the rectangles (an empty one at 0,0 for none). */
export function rectsBounds(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...rects.map((b) => b.x));
  const top = Math.min(...rects.map((b) => b.y));
  const right = Math.max(...rects.map((b) => b.x + b.width));
  const bottom = Math.max(...rects.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Everything drawn (boxes, junctions, routes) with `margin` around it. A layout shifted to keep
 * the reader's picture in place (alignLayout) no longer starts at 0,0 nor ends at its size.
 */
export function drawingBounds(layout: MapLayout, margin: number): Rect {
  const points: Point[] = layout.edges.flatMap((e) => e.points);
  for (const r of [...layout.nodes, ...layout.groups]) {
    points.push({ x: r.x, y: r.y }, { x: r.x + r.width, y: r.y + r.height });
  }
  for (const j of layout.junctions) points.push(j, { x: j.x + j.size, y: j.y + j.size });
  if (points.length === 0) return { x: 0, y: 0, width: layout.width, height: layout.height };
  const b = pointsBounds(points);
  return {
    x: b.x - margin,
    y: b.y - margin,
    width: b.width + 2 * margin,
    height: b.height + 2 * margin,
  };
}

export const centreOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export const containsPoint = (r: Rect, p: Point): boolean =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** Whether two rectangles overlap (touching edges do not count). */
export const rectsOverlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The smallest rectangle holding all the points. */
export function pointsBounds(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
