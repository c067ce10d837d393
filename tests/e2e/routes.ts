import type { Page } from 'playwright-core';

export interface DrawnEdge {
  id: string;
  classes: string;
  /** Path points in screen pixels. */
  points: { x: number; y: number }[];
}

/** Every drawn relation line, its path points converted from flow to screen coordinates. */
export function drawnEdges(page: Page): Promise<DrawnEdge[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const origin = (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__edge')].map((g) => {
      const path = g.querySelector('path.am-edge') as SVGPathElement;
      const d = path.getAttribute('d') ?? '';
      const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((p) => ({
        x: origin.x + m.a * Number(p[1]) + m.e,
        y: origin.y + m.d * Number(p[2]) + m.f,
      }));
      return {
        id: g.getAttribute('data-id') ?? '',
        classes: path.getAttribute('class') ?? '',
        points,
      };
    });
  });
}

/** Distance from a point to the border of a box (0 when on it). */
export function distanceToBorder(
  p: { x: number; y: number },
  b: { x: number; y: number; width: number; height: number },
): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  const outside = Math.hypot(dx, dy);
  if (outside > 0) return outside;
  return Math.min(p.x - b.x, b.x + b.width - p.x, p.y - b.y, b.y + b.height - p.y);
}
