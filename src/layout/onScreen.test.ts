import { describe, expect, it } from 'vitest';
import { nodeHead } from './nodeHead';
import { layersOnScreen } from './onScreen';
import { mostCarryOver } from './orderTreeLayers';
import type { MapLayout, NodeBox } from './types';

const box = (id: string, x: number, y: number, width: number, height: number): NodeBox => ({
  id,
  kind: 'claim',
  x,
  y,
  width,
  height,
  header: '',
  lines: [],
});

describe('layersOnScreen', () => {
  it('reads ELK layers off the picture: centred nodes share one, frames top one, members none', () => {
    const layout: MapLayout = {
      width: 0,
      height: 0,
      nodes: [
        box('top', 0, 0, 100, 100),
        box('a', 0, 150, 100, 60),
        box('b', 200, 140, 100, 80),
        box('member', 20, 320, 60, 40),
      ],
      groups: [{ id: 'g', label: 'G', x: 0, y: 300, width: 120, height: 200 }],
      junctions: [{ relationId: 'r', kind: 'support', x: 40, y: 120, size: 12 }],
      edges: [],
    };
    const layers = layersOnScreen(layout, 'up');
    expect(Object.fromEntries(layers)).toEqual({ top: 0, '#j:r': 1, a: 2, b: 2, g: 3 });
  });
});

describe('mostCarryOver', () => {
  it('counts boxes, not frames, and a group stand-in by its frame', () => {
    const centres = new Map(
      ['a', 'b', 'c', 'g', 'group:g', '#j:r'].map((id) => [id, { x: 0, y: 0 }]),
    );
    const previous = { centres, frames: new Set(['g']) };
    expect(mostCarryOver(['a', 'b', 'group:g'], previous)).toBe(true);
    expect(mostCarryOver(['a', 'x', 'y'], previous)).toBe(false);
  });
});

describe('nodeHead of a folded group', () => {
  it('says it is a group and how many nodes it holds', () => {
    const node = {
      id: 'group:g',
      kind: 'claim' as const,
      implicit: false,
      text: 'T',
      gloss: 'T',
      standsFor: { group: 'g', members: 4 },
    };
    expect(nodeHead(node, 'en')).toBe('GROUP · 4 NODES');
    expect(nodeHead(node, 'de')).toBe('GRUPPE · 4 KNOTEN');
  });
});
