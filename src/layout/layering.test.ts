import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap } from '../model/types';
import { createInProcessElk } from './elkInProcess';
import { fromElkResult } from './fromElkResult';
import { layoutMap } from './layoutMap';
import { measureNodes } from './measureNodes';
import { orderTreeLayers } from './orderTreeLayers';
import {
  type ElkTuning,
  LARGE_MAP_TUNING,
  MEDIUM_MAP_NODES,
  toElkGraph,
  treeLayeringOf,
} from './toElkGraph';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout } from './types';

const elk = createInProcessElk();
const parsed = parseMap(
  readFileSync(new URL('../../data/default-map.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('default map invalid');
const defaultMap = parsed.map;

async function withTuning(map: ArgumentMap, tuning: ElkTuning): Promise<MapLayout> {
  const sizes = measureNodes(map, 'source');
  const graph = toElkGraph(map, sizes, DEFAULT_LAYOUT_OPTIONS, tuning);
  // The tree layering comes with our own order (see orderTreeLayers).
  const layering = treeLayeringOf.get(graph);
  if (layering) orderTreeLayers(graph, layering, DEFAULT_LAYOUT_OPTIONS.direction);
  return fromElkResult(map, sizes, await elk.layout(graph));
}
const zoomOn1280x720 = (l: MapLayout) => Math.min(1280 / l.width, 680 / l.height);

describe('choice of layering', () => {
  it('shows the default map larger on a 16:9 screen than plain network-simplex layering would', async () => {
    const chosen = await layoutMap(defaultMap, DEFAULT_LAYOUT_OPTIONS, elk);
    const simplex = await withTuning(defaultMap, {
      layering: 'NETWORK_SIMPLEX',
      modelOrder: 'NONE',
    });
    expect(zoomOn1280x720(chosen)).toBeGreaterThan(zoomOn1280x720(simplex) * 1.2);
  });

  it('keeps the reading order of the default map: functions 1, 2, 3, then section 6, left to right', async () => {
    const l = await layoutMap(defaultMap, DEFAULT_LAYOUT_OPTIONS, elk);
    const xOf = (id: string) => l.groups.find((g) => g.id === id)?.x ?? Number.NaN;
    const order = ['g-coordination', 'g-legitimacy', 'g-burden', 'g-section-6'];
    const xs = order.map(xOf);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('uses the tree layering alone for a big map', async () => {
    const n = MEDIUM_MAP_NODES + 10;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? 'conclusion' : 'premise',
      implicit: false,
      text: `Claim number ${i}`,
      gloss: '',
    }));
    const relations = nodes.slice(1).map((node, i) => ({
      id: `r${i}`,
      kind: 'support',
      from: [node.id],
      to: `n${Math.floor(i / 3)}`,
    }));
    const big = parseMap({
      version: 1,
      title: 'big',
      source: { text: '', language: 'en' },
      nodes,
      relations,
    });
    if (!big.ok) throw new Error('generated map invalid');
    const chosen = await layoutMap(big.map, DEFAULT_LAYOUT_OPTIONS, elk);
    const tree = await withTuning(big.map, LARGE_MAP_TUNING);
    expect(chosen.nodes.map((b) => [b.x, b.y])).toEqual(tree.nodes.map((b) => [b.x, b.y]));
  });
});
