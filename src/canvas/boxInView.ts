import type { Rect } from '../layout/bounds';

/** Whether a box (flow coordinates) lies wholly inside a pane of the given size at a viewport. */
export function boxInView(
  box: Rect,
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
): boolean {
  const { x, y, zoom } = viewport;
  return (
    box.x * zoom + x >= 0 &&
    box.y * zoom + y >= 0 &&
    (box.x + box.width) * zoom + x <= pane.width &&
    (box.y + box.height) * zoom + y <= pane.height
  );
}
