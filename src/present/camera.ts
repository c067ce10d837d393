import type { Rect } from '../layout/bounds';
import { NODE_STYLE } from '../layout/nodeStyle';

/** Body text at least this tall on a 1080-pixel-high screen; less on a smaller one, in proportion. */
export const MIN_TEXT_PX_AT_1080 = 24;

export interface Screen {
  width: number;
  height: number;
  /** Room kept free at the top (progress bar, counter) and bottom (caption). */
  top: number;
  bottom: number;
}

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** The smallest zoom at which node text is readable from the back row on this screen. */
export function readableZoom(screenHeight: number): number {
  const minText = (MIN_TEXT_PX_AT_1080 * screenHeight) / 1080;
  return minText / NODE_STYLE.body.font.size;
}

/**
 * Frames a step's boxes on the projected screen: as large as fits (up to `maxZoom`), never
 * smaller than readable. A step too big to fit readably is centred and shown readable.
 */
export function frameStep(boxes: readonly Rect[], screen: Screen, maxZoom = 2.5): Camera {
  const readable = readableZoom(screen.height);
  if (boxes.length === 0) return { x: 0, y: 0, zoom: readable };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const margin = 0.06 * Math.min(screen.width, screen.height);
  const room = {
    width: screen.width - 2 * margin,
    height: screen.height - screen.top - screen.bottom - 2 * margin,
  };
  const fit = Math.min(room.width / (right - left), room.height / (bottom - top));
  const zoom = Math.max(readable, Math.min(fit, maxZoom));
  const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
  const screenCentre = {
    x: screen.width / 2,
    y: screen.top + (screen.height - screen.top - screen.bottom) / 2,
  };
  return { x: screenCentre.x - centre.x * zoom, y: screenCentre.y - centre.y * zoom, zoom };
}
