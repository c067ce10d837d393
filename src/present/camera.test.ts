import { describe, expect, it } from 'vitest';
import { NODE_STYLE } from '../layout/nodeStyle';
import { frameStep, readableZoom } from './camera';

const screen1080 = { width: 1920, height: 1080, top: 40, bottom: 140 };
const onScreen = (
  b: { x: number; y: number; width: number; height: number },
  c: ReturnType<typeof frameStep>,
) => ({
  left: b.x * c.zoom + c.x,
  top: b.y * c.zoom + c.y,
  right: (b.x + b.width) * c.zoom + c.x,
  bottom: (b.y + b.height) * c.zoom + c.y,
});

describe('frameStep', () => {
  it('keeps body text at least 24 px tall at 1080p, and in proportion at 720p', () => {
    expect(readableZoom(1080) * NODE_STYLE.body.font.size).toBeCloseTo(24);
    expect(readableZoom(720) * NODE_STYLE.body.font.size).toBeCloseTo(16);
    const wide = [{ x: 0, y: 0, width: 4000, height: 100 }];
    expect(frameStep(wide, screen1080).zoom * NODE_STYLE.body.font.size).toBeCloseTo(24);
  });

  it('frames a small step whole, between the progress bar and the caption', () => {
    const boxes = [
      { x: 100, y: 100, width: 300, height: 120 },
      { x: 450, y: 300, width: 300, height: 80 },
    ];
    const camera = frameStep(boxes, screen1080);
    expect(camera.zoom).toBeGreaterThan(readableZoom(1080));
    for (const b of boxes) {
      const s = onScreen(b, camera);
      expect(s.left).toBeGreaterThanOrEqual(0);
      expect(s.right).toBeLessThanOrEqual(1920);
      expect(s.top).toBeGreaterThanOrEqual(screen1080.top);
      expect(s.bottom).toBeLessThanOrEqual(1080 - screen1080.bottom);
    }
  });
});
