import { describe, expect, it } from 'vitest';
import { generateMap } from '../demo/generateMap';
import { parseMap } from '../model/parseMap';
import type { ArgumentMap } from '../model/types';
import { createInProcessElk } from './elkInProcess';
import { layoutMap } from './layoutMap';
import { measureNodes } from './measureNodes';
import { toElkGraph } from './toElkGraph';
import { treeLayering } from './treeLayering';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './types';

const elk = createInProcessElk();

/** A map from `[reason, claim]` pairs (supports); n0 is the conclusion. */
function mapOf(supports: [number, number][], count: number): ArgumentMap {
  const parsed = parseMap({
    version: 1,
    title: 'test',
    source: { text: '', language: 'en' },
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? 'conclusion' : 'premise',
      implicit: false,
      text: `Claim ${i}`,
      gloss: '',
    })),
    relations: supports.map(([from, to], i) => ({
      id: `r${i}`,
      kind: 'support',
      from: [`n${from}`],
      to: `n${to}`,
    })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.map;
}

/** The plain ELK graph of a map, before any layering is applied. */
const graphOf = (map: ArgumentMap) =>
  toElkGraph(map, measureNodes(map, 'source'), DEFAULT_LAYOUT_OPTIONS, {
    layering: 'NETWORK_SIMPLEX',
    modelOrder: 'NONE',
  });

describe('tree layering', () => {
  it('puts each reason one layer below the claim it supports, siblings in the order of the file', () => {
    // n0 <- n1, n2, n3; n1 <- n4, n5; n3 <- n6
    const map = mapOf(
      [
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 1],
        [5, 1],
        [6, 3],
      ],
      7,
    );
    const t = treeLayering(graphOf(map), { direction: 'up', maxSpread: Number.POSITIVE_INFINITY });
    const layer = (i: number) => t.layerOf.get(`n${i}`);
    expect([0, 1, 2, 3, 4, 5, 6].map(layer)).toEqual([0, 1, 1, 1, 2, 2, 2]);
    const order = (i: number) => t.order.get(`n${i}`) ?? -1;
    expect(order(1)).toBeLessThan(order(2));
    expect(order(2)).toBeLessThan(order(3));
    expect(order(4)).toBeLessThan(order(5));
    expect(t.estimate.bounded).toBe(false);
  });

  it('lays out objections that attack each other, breaking the circle at one edge', () => {
    // n1 supports n0; n2 and n1 attack each other.
    const map = mapOf([[1, 0]], 3);
    const attacks = [
      { id: 'a1', kind: 'attack' as const, from: ['n2'], to: 'n1' },
      { id: 'a2', kind: 'attack' as const, from: ['n1'], to: 'n2' },
    ];
    const t = treeLayering(graphOf({ ...map, relations: [...map.relations, ...attacks] }), {
      direction: 'up',
      maxSpread: Number.POSITIVE_INFINITY,
    });
    expect([0, 1, 2].map((i) => t.layerOf.get(`n${i}`))).toEqual([0, 1, 2]);
  });

  it('bounds a wide tree into more, narrower layers when asked for a smaller spread', () => {
    // One conclusion with 60 reasons: flat, one layer of 60 boxes.
    const map = mapOf(
      Array.from({ length: 60 }, (_, i): [number, number] => [i + 1, 0]),
      61,
    );
    const free = treeLayering(graphOf(map), {
      direction: 'up',
      maxSpread: Number.POSITIVE_INFINITY,
    });
    const bounded = treeLayering(graphOf(map), { direction: 'up', maxSpread: 3 });
    expect(free.layers).toBe(2);
    expect(free.estimate.spread).toBeGreaterThan(10);
    expect(bounded.estimate.bounded).toBe(true);
    expect(bounded.layers).toBeGreaterThan(3);
    expect(bounded.estimate.spread).toBeLessThanOrEqual(3);
  });

  it('keeps each of many small arguments together, its reasons right below it, loose claims apart', () => {
    // 40 arguments of a claim and two reasons (as in an AIF corpus of a dialogue), file order
    // mixed with 60 claims that nothing relates to.
    const supports: [number, number][] = [];
    let next = 0;
    const loose: number[] = [];
    for (let a = 0; a < 40; a++) {
      const claim = next++;
      supports.push([next++, claim], [next++, claim]);
      for (let k = 0; k < (a % 3) + 1 && loose.length < 60; k++) loose.push(next++);
    }
    const t = treeLayering(graphOf(mapOf(supports, next)), { direction: 'up', maxSpread: 3 });
    const layer = (i: number) => t.layerOf.get(`n${i}`) as number;
    expect(t.estimate.bounded).toBe(true);
    for (const [reason, claim] of supports) expect(layer(reason)).toBe(layer(claim) + 1);
    // A loose claim is never in a layer between an argument's claim and its reasons.
    const claimLayers = new Set(supports.map(([, claim]) => layer(claim)));
    for (const i of loose)
      expect(claimLayers.has(layer(i) - 1) && !claimLayers.has(layer(i))).toBe(false);
    expect(t.estimate.spread).toBeLessThanOrEqual(3);
  });
});

describe('big maps with the tree layering', () => {
  const aspect = (l: { width: number; height: number }) => l.width / l.height;
  const right: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, direction: 'right' };

  it('draws a 500-node map between half and four times as wide as tall, growing up or right', async () => {
    const map = generateMap({ nodes: 500, seed: 7 });
    const upwards = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, elk);
    const rightwards = await layoutMap(map, right, elk);
    for (const l of [upwards, rightwards]) {
      expect(aspect(l)).toBeGreaterThanOrEqual(0.5);
      expect(aspect(l)).toBeLessThanOrEqual(4);
    }
  }, 60_000);

  it('draws a 1000-node map between half and four times as wide as tall', async () => {
    const l = await layoutMap(generateMap({ nodes: 1000, seed: 3 }), DEFAULT_LAYOUT_OPTIONS, elk);
    expect(aspect(l)).toBeGreaterThanOrEqual(0.5);
    expect(aspect(l)).toBeLessThanOrEqual(4);
  }, 60_000);

  it('keeps the layers a relayout is given, closes emptied ones and puts new boxes below their claim', () => {
    // n0 <- n1, n2; n1 <- n3; n3 <- n4; n2 <- n5
    const map = mapOf(
      [
        [1, 0],
        [2, 0],
        [3, 1],
        [4, 3],
        [5, 2],
      ],
      6,
    );
    const options = { direction: 'up', maxSpread: Number.POSITIVE_INFINITY } as const;
    // On screen n2 stood a layer lower than it had to, n5 (new here) was not shown, and layer 4
    // held only a box now gone.
    const kept = new Map([
      ['n0', 0],
      ['n1', 1],
      ['n2', 2],
      ['n3', 2],
      ['n4', 5],
    ]);
    const fresh = treeLayering(graphOf(map), options);
    expect(fresh.layerOf.get('n2')).toBe(1);
    const t = treeLayering(graphOf(map), { ...options, kept });
    const layer = (i: number) => t.layerOf.get(`n${i}`);
    expect([layer(0), layer(1), layer(2), layer(3)]).toEqual([0, 1, 2, 2]);
    expect(layer(5)).toBe(3);
    // Layer 5 moved up into the emptied layer 4.
    expect(layer(4)).toBe(4);
    expect(t.layers).toBe(5);
  });

  it('pushes a kept box below a claim that now stands as low as it', () => {
    const map = mapOf(
      [
        [1, 0],
        [2, 1],
      ],
      3,
    );
    const kept = new Map([
      ['n0', 0],
      ['n1', 1],
      ['n2', 1],
    ]);
    const t = treeLayering(graphOf(map), { direction: 'up', maxSpread: 10, kept });
    expect(t.layerOf.get('n2')).toBe(2);
  });
});
