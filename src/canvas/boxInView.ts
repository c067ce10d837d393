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

/**
 * The viewport moved just enough to show the whole box, with a margin (screen px); the zoom
 * stays. A box bigger than the pane shows its start (top, left).
 */
export function panIntoView(
  box: Rect,
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
  margin = 16,
): { x: number; y: number; zoom: number } {
  const { zoom } = viewport;
  const axis = (offset: number, start: number, size: number, paneSize: number) => {
    let next = offset;
    const end = (start + size) * zoom + next;
    if (end > paneSize - margin) next -= end - (paneSize - margin);
    const begin = start * zoom + next;
    if (begin < margin) next += margin - begin;
    return next;
  };
  return {
    x: axis(viewport.x, box.x, box.width, pane.width),
    y: axis(viewport.y, box.y, box.height, pane.height),
    zoom,
  };
}
