import { describe, expect, it } from 'vitest';
import { boxInView, panIntoView } from './boxInView';

describe('boxInView', () => {
  const box = { x: 100, y: 100, width: 200, height: 50 };
  const pane = { width: 800, height: 600 };

  it('sees a box wholly inside the pane, also when zoomed and panned', () => {
    expect(boxInView(box, { x: 0, y: 0, zoom: 1 }, pane)).toBe(true);
    expect(boxInView(box, { x: -150, y: 0, zoom: 2 }, pane)).toBe(true);
  });

  it('does not see a box cut by an edge of the pane', () => {
    expect(boxInView(box, { x: -150, y: 0, zoom: 1 }, pane)).toBe(false);
    expect(boxInView(box, { x: 0, y: 0, zoom: 4 }, pane)).toBe(false);
  });
});

describe('panIntoView', () => {
  const pane = { width: 800, height: 600 };

  it('moves a box half under the right edge just inside it, and no further', () => {
    const box = { x: 700, y: 100, width: 200, height: 50 };
    const moved = panIntoView(box, { x: 0, y: 0, zoom: 1 }, pane);
    expect(moved).toEqual({ x: -116, y: 0, zoom: 1 });
    expect(boxInView(box, moved, pane)).toBe(true);
  });

  it('leaves a box in view where it is, and shows the start of one wider than the pane', () => {
    const inside = { x: 100, y: 100, width: 100, height: 50 };
    expect(panIntoView(inside, { x: 5, y: 5, zoom: 1 }, pane)).toEqual({ x: 5, y: 5, zoom: 1 });
    const wide = { x: 0, y: 0, width: 2000, height: 50 };
    expect(panIntoView(wide, { x: 300, y: 0, zoom: 0.5 }, pane).x).toBe(16);
  });
});
