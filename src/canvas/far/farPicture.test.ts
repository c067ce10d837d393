import { describe, expect, it } from 'vitest';
import type { MapLayout } from '../../layout/types';
import { boxAt, farPicture } from './farPicture';

const box = (id: string, kind: 'claim' | 'objection', x: number) => ({
  id,
  kind,
  x,
  y: 0,
  width: 100,
  height: 40,
  header: kind.toUpperCase(),
  lines: ['words'],
});

const layout: MapLayout = {
  width: 400,
  height: 200,
  nodes: [box('a', 'claim', 0), box('b', 'claim', 150), box('c', 'objection', 300)],
  groups: [],
  junctions: [],
  edges: [
    {
      id: 'e1',
      relationId: 'r1',
      kind: 'attack',
      part: 'main',
      source: 'c',
      target: 'a',
      points: [
        { x: 350, y: 40 },
        { x: 350, y: 60 },
        { x: 50, y: 60 },
        { x: 50, y: 40 },
      ],
    },
  ],
};

describe('the far picture', () => {
  it('draws each kind of box and relation as one path', () => {
    const picture = farPicture(layout);
    expect(picture.boxes.claim).toBe('M0,0h100v40h-100ZM150,0h100v40h-100Z');
    expect(picture.boxes.objection).toBe('M300,0h100v40h-100Z');
    expect(picture.boxes.premise).toBeUndefined();
    expect(picture.edges.attack).toBe('M350,40 L350,60 L50,60 L50,40');
  });

  it('finds the box under a point, and none between boxes', () => {
    expect(boxAt(layout, { x: 160, y: 20 })?.id).toBe('b');
    expect(boxAt(layout, { x: 120, y: 20 })).toBeNull();
  });
});
