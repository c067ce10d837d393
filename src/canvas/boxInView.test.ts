import { describe, expect, it } from 'vitest';
import { boxInView } from './boxInView';

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
