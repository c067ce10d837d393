import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../explore/testMaps';
import { foldableNodes } from '../explore/visibleMap';
import { contentBounds } from '../layout/bounds';
import { createInProcessElk } from '../layout/elkInProcess';
import { layoutMap } from '../layout/layoutMap';
import { GROUP_STYLE } from '../layout/nodeStyle';
import { DEFAULT_LAYOUT_OPTIONS } from '../layout/types';
import { extentNode, toFlowElements } from './toFlowElements';

describe('what React Flow is given', () => {
  const map = loadDefaultMap();
  const laidOut = layoutMap(map, DEFAULT_LAYOUT_OPTIONS, createInProcessElk());

  it('is every box, frame and its title, junction and line of the layout', async () => {
    const layout = await laidOut;
    const { nodes, edges } = toFlowElements(map, layout, null, 'source');
    expect(nodes).toHaveLength(
      layout.nodes.length + 2 * layout.groups.length + layout.junctions.length,
    );
    expect(edges).toHaveLength(layout.edges.length);
    // A title stands in its frame's top row, over the lines (a node after the frame's).
    for (const g of layout.groups) {
      const title = nodes.find((n) => n.type === 'group-label' && n.data.box.id === g.id);
      expect(title?.position.y).toBeGreaterThanOrEqual(g.y);
      expect((title?.position.y ?? 0) + (title?.height ?? 0)).toBeLessThanOrEqual(
        g.y + GROUP_STYLE.paddingTop,
      );
      expect(title?.zIndex ?? 0).toBeGreaterThanOrEqual(0);
    }
  });

  it('from far away, only the boxes asked for, and a hidden node spanning the whole drawing', async () => {
    const layout = await laidOut;
    const [first, second] = layout.nodes;
    if (!first || !second) throw new Error('the default map has boxes');
    const only = new Set([first.id, second.id]);
    const { nodes, edges } = toFlowElements(map, layout, null, 'source', null, null, null, only);
    expect(nodes.map((n) => n.id).sort()).toEqual([...only].sort());
    expect(edges).toEqual([]);

    const extent = extentNode(layout);
    const b = contentBounds(layout);
    expect(extent).toMatchObject({ hidden: true, position: { x: b.x, y: b.y } });
    expect(extent.measured).toEqual({ width: b.width, height: b.height });
    expect(map.nodes.some((n) => n.id === extent.id)).toBe(false);
  });
});

describe('fold buttons', () => {
  it('are offered where folding hides something, or to open a fold', async () => {
    // x objects to both c and d: folding either keeps x in view and hides nothing; y supports
    // c alone.
    const map = tinyMap(
      ['c', 'd', 'x', 'y'],
      [
        ['r1', 'attack', 'x', 'c'],
        ['r2', 'attack', 'x', 'd'],
        ['r3', 'support', 'y', 'c'],
      ],
    );
    const layout = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, createInProcessElk());
    const folds = (collapsed: string[]) => ({
      collapsed: new Set(collapsed),
      hiddenBelow: new Map<string, number>(),
      groupBoxes: new Map<string, string>(),
      foldable: foldableNodes(map),
    });
    const offered = (collapsed: string[]) =>
      toFlowElements(map, layout, null, 'source', null, null, folds(collapsed))
        .nodes.filter((n) => n.type !== 'junction' && n.data && 'fold' in n.data && n.data.fold)
        .map((n) => n.id)
        .sort();
    expect(offered([])).toEqual(['c']);
    expect(offered(['d'])).toEqual(['c', 'd']);
  });
});
