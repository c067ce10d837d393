import { describe, expect, it } from 'vitest';
import type { Rect } from '../layout/bounds';
import { NODE_STYLE } from '../layout/nodeStyle';
import { type Camera, frameStep, PRESENT_ZOOM, readableZoom } from './camera';

const screen1080 = { width: 1920, height: 1080, top: 40, bottom: 140 };
const onScreen = (b: Rect, c: Camera) => ({
  left: b.x * c.zoom + c.x,
  top: b.y * c.zoom + c.y,
  right: (b.x + b.width) * c.zoom + c.x,
  bottom: (b.y + b.height) * c.zoom + c.y,
});
/** Wholly between the progress bar and the caption, and inside the screen's sides. */
const inStage = (b: Rect, c: Camera, screen = screen1080) => {
  const s = onScreen(b, c);
  return (
    s.left >= 0 &&
    s.right <= screen.width &&
    s.top >= screen.top &&
    s.bottom <= screen.height - screen.bottom
  );
};
const textPx = (c: Camera) => c.zoom * NODE_STYLE.body.font.size;

describe('frameStep', () => {
  it('gives body text 24 px at 1080p when that fits, and in proportion at 720p', () => {
    expect(readableZoom(1080) * NODE_STYLE.body.font.size).toBeCloseTo(24);
    expect(readableZoom(720) * NODE_STYLE.body.font.size).toBeCloseTo(16);
  });

  it('frames a small step whole, between the progress bar and the caption', () => {
    const own = [
      { x: 100, y: 100, width: 300, height: 120 },
      { x: 450, y: 300, width: 300, height: 80 },
    ];
    const camera = frameStep({ own, linked: [] }, screen1080);
    expect(camera.zoom).toBeGreaterThan(readableZoom(1080));
    expect(camera.zoom).toBeLessThanOrEqual(PRESENT_ZOOM.max);
    for (const b of own) expect(inStage(b, camera)).toBe(true);
  });

  it('fits boxes far apart on the map smaller rather than cutting them at the edges', () => {
    // A claim and its objection at opposite corners of a big map (as ELK lays out a Kialo tree).
    const own = [
      { x: 3000, y: 0, width: 320, height: 160 },
      { x: 0, y: 2200, width: 320, height: 200 },
    ];
    const camera = frameStep({ own, linked: [] }, screen1080);
    expect(camera.zoom).toBeLessThan(readableZoom(1080));
    for (const b of own) expect(inStage(b, camera)).toBe(true);
    // A single box wider than the screen at reading size is fitted too.
    const wide = [{ x: 0, y: 0, width: 4000, height: 100 }];
    const fitted = frameStep({ own: wide, linked: [] }, screen1080);
    expect(inStage(wide[0] as Rect, fitted)).toBe(true);
  });

  it('lets a step that fits readably only in the margin stay readable', () => {
    // 1800 px wide at reading zoom: wider than the screen less its margins, narrower than it.
    const own = [{ x: 0, y: 0, width: 1800 / readableZoom(1080), height: 100 }];
    const camera = frameStep({ own, linked: [] }, screen1080);
    expect(textPx(camera)).toBeCloseTo(24);
    expect(inStage(own[0] as Rect, camera)).toBe(true);
  });

  it('keeps the room of a tall caption free', () => {
    const own = [{ x: 0, y: 0, width: 300, height: 600 }];
    const screen = { ...screen1080, bottom: 500 };
    expect(inStage(own[0] as Rect, frameStep({ own, linked: [] }, screen), screen)).toBe(true);
  });

  it('shows the boxes a step joins when all fits readably, else its own boxes alone', () => {
    const own = [{ x: 0, y: 0, width: 300, height: 120 }];
    const near = [{ x: 400, y: 300, width: 300, height: 120 }];
    const camera = frameStep({ own, linked: near }, screen1080);
    expect(textPx(camera)).toBeGreaterThanOrEqual(24 - 1e-9);
    for (const b of [...own, ...near]) expect(inStage(b, camera)).toBe(true);

    const far = [{ x: 6000, y: 4000, width: 300, height: 120 }];
    const alone = frameStep({ own, linked: far }, screen1080);
    expect(alone).toEqual(frameStep({ own, linked: [] }, screen1080));
    expect(textPx(alone)).toBeGreaterThanOrEqual(24);
  });
});
