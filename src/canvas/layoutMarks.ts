/**
 * The performance mark set when the map view asks its worker for a layout: the bench
 * (scripts/bench/longTasks.ts) counts the page's long tasks from there to the map drawn.
 */
export const LAYOUT_ASKED = 'layout asked';

export function markLayoutAsked(): void {
  performance.clearMarks(LAYOUT_ASKED);
  performance.mark(LAYOUT_ASKED);
}
