import { describe, expect, it } from 'vitest';
import { generateMap } from '../../demo/generateMap';
import { sketchMap } from '../layoutMap';
import { DEFAULT_LAYOUT_OPTIONS } from '../types';
import { fromLayoutJson, toLayoutJson } from './layoutJson';

describe('a layout sent as JSON in slices', () => {
  it('comes back the same, boxes and lines in order, however many slices it took', async () => {
    const layout = sketchMap(generateMap({ nodes: 1200, seed: 3 }), DEFAULT_LAYOUT_OPTIONS);
    if (!layout) throw new Error('a map of 1200 nodes is sketched');
    const json = toLayoutJson(layout);
    expect(json.nodes.length).toBeGreaterThan(1);
    expect(json.edges.length).toBeGreaterThan(1);
    expect(await fromLayoutJson(json)).toEqual(layout);
  });

  it('keeps an empty layout empty', async () => {
    const empty = { width: 0, height: 0, nodes: [], groups: [], junctions: [], edges: [] };
    expect(await fromLayoutJson(toLayoutJson(empty))).toEqual(empty);
  });
});
