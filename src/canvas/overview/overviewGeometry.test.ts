import { describe, expect, it } from 'vitest';
import type { MapLayout } from '../../layout/types';
import { mapPointAt, overviewPicture, rectsPath, viewArea } from './overviewGeometry';

const box = (id: string, x: number, y: number) => ({
  id,
  kind: 'claim' as const,
  x,
  y,
  width: 100,
  height: 40,
  header: 'CLAIM',
  lines: ['a'],
});

describe('overview geometry', () => {
  it('draws every box in one path', () => {
    const path = rectsPath([box('a', 0, 0), box('b', 200, 60)]);
    expect(path).toBe('M0,0h100v40h-100ZM200,60h100v40h-100Z');
  });

  it('spans the boxes with a margin', () => {
    const layout: MapLayout = {
      width: 324,
      height: 124,
      nodes: [box('a', 0, 0), box('b', 300, 60)],
      groups: [],
      junctions: [],
      edges: [],
    };
    const { bounds } = overviewPicture(layout);
    expect(bounds).toEqual({ x: -20, y: -20, width: 440, height: 140 });
  });

  it('finds the map area in view from the transform', () => {
    expect(viewArea([-200, -100, 2], { width: 800, height: 400 })).toEqual({
      x: 100,
      y: 50,
      width: 400,
      height: 200,
    });
  });

  it('maps a pointer on the overview to the map point drawn there', () => {
    // A 400 x 100 picture in a 200 x 100 element: scale 0.5, centred with 25 px above.
    const bounds = { x: 0, y: 0, width: 400, height: 100 };
    const element = { width: 200, height: 100 };
    expect(mapPointAt({ x: 100, y: 50 }, element, bounds)).toEqual({ x: 200, y: 50 });
    expect(mapPointAt({ x: 0, y: 25 }, element, bounds)).toEqual({ x: 0, y: 0 });
  });
});
