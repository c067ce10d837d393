import { fitZoom } from '../canvas/farView';
import { centreOf, type Rect, rectsBounds } from '../layout/bounds';
import { NODE_STYLE } from '../layout/nodeStyle';

/** Body text at least this tall on a 1080-pixel-high screen; less on a smaller one, in proportion. */
export const MIN_TEXT_PX_AT_1080 = 24;

/**
 * How far the presentation camera may zoom. Out far enough that any step fits (a step's boxes
 * can lie at opposite ends of a big map); in no further than a slide's heading.
 */
export const PRESENT_ZOOM = { min: 0.02, max: 2.5 };

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

/** What a step's camera frames, in layout coordinates. */
export interface StepFocus {
  /** What the step adds: its boxes and the junctions of its new lines. Always framed. */
  own: Rect[];
  /** Boxes shown before that the step's new lines join; framed too when all fits readably. */
  linked: Rect[];
}

/** The smallest zoom at which node text is readable from the back row on this screen. */
export function readableZoom(screenHeight: number): number {
  const minText = (MIN_TEXT_PX_AT_1080 * screenHeight) / 1080;
  return minText / NODE_STYLE.body.font.size;
}

/**
 * Frames a step on the projected screen, between the top bar and the caption: its own boxes
 * with the boxes they join as large as fits (up to `zoom.max`) if that is readable, else its
 * own boxes alone. Own boxes too far apart to fit readably are still fitted whole, smaller:
 * a step cut at the screen's edge shows the audience nothing of what the caption talks about.
 */
export function frameStep(
  focus: StepFocus,
  screen: Screen,
  zoom: { min: number; max: number } = PRESENT_ZOOM,
): Camera {
  const readable = readableZoom(screen.height);
  if (focus.own.length === 0) return { x: 0, y: 0, zoom: readable };
  const stage = {
    width: Math.max(1, screen.width),
    height: Math.max(1, screen.height - screen.top - screen.bottom),
  };
  const margin = 0.06 * Math.min(screen.width, screen.height);
  const room = {
    width: Math.max(1, stage.width - 2 * margin),
    height: Math.max(1, stage.height - 2 * margin),
  };
  // As large as fits with a margin; readable in the margin rather than a little too small.
  const zoomFor = (r: Rect) => {
    const fit = fitZoom(r, room, zoom);
    if (fit >= readable) return fit;
    return fitZoom(r, stage, zoom) >= readable ? readable : fit;
  };
  const whole = rectsBounds([...focus.own, ...focus.linked]);
  const wholeZoom = zoomFor(whole);
  const withLinked = focus.linked.length > 0 && wholeZoom >= readable;
  const target = withLinked ? whole : rectsBounds(focus.own);
  const scale = withLinked ? wholeZoom : zoomFor(target);
  const centre = centreOf(target);
  const screenCentre = {
    x: screen.width / 2,
    y: screen.top + (screen.height - screen.top - screen.bottom) / 2,
  };
  return {
    x: screenCentre.x - centre.x * scale,
    y: screenCentre.y - centre.y * scale,
    zoom: scale,
  };
}
