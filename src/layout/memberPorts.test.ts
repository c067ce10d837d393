import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { createInProcessElk } from './elkInProcess';
import type { GroupRows } from './groupRows';
import { enterInOrder } from './memberPorts';

const elk = createInProcessElk();

/** A group holding a claim and four reasons for it alone: ties ELK may draw in any order. */
function tiedGroup(direction: 'up' | 'right') {
  const box = (id: string): ElkNode => ({ id, width: 120, height: 40 });
  const [claim, ...reasons] = ['c', 'r1', 'r2', 'r3', 'r4'].map(box) as [ElkNode, ...ElkNode[]];
  const group: ElkNode = { id: 'g', children: [claim, ...reasons] };
  const edges: ElkExtendedEdge[] = reasons.map((r) => ({
    id: `e-${r.id}`,
    sources: [r.id],
    targets: ['c'],
  }));
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'up' ? 'UP' : 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.json.shapeCoords': 'ROOT',
    },
    children: [group],
    edges,
  };
  const rows: GroupRows = { group, rows: [[claim], reasons], at: new Map() };
  return { root, rows, edges };
}

/** The reasons as ELK draws them along their row, when the screen showed them in `order`. */
async function drawnAfter(order: string[], direction: 'up' | 'right'): Promise<string[]> {
  const { root, rows, edges } = tiedGroup(direction);
  enterInOrder(edges, [rows], direction, (edge) => order.indexOf(edge.sources[0] ?? ''));
  const drawn = await elk.layout(root);
  const members = drawn.children?.[0]?.children ?? [];
  const along = (n: ElkNode) => (direction === 'up' ? (n.x ?? 0) : (n.y ?? 0));
  return members
    .filter((m) => m.id !== 'c')
    .sort((a, b) => along(a) - along(b))
    .map((m) => m.id);
}

describe('edges into a group member, on a relayout', () => {
  // ELK draws reasons that tie in an order of its own (the same for both screens below);
  // entering through ports in the screen's order, they keep it.
  it.each(['up', 'right'] as const)('keep the order they had on screen (%s)', async (direction) => {
    for (const order of [
      ['r1', 'r2', 'r3', 'r4'],
      ['r3', 'r1', 'r4', 'r2'],
      ['r4', 'r3', 'r2', 'r1'],
    ]) {
      expect(await drawnAfter(order, direction)).toEqual(order);
    }
  });

  it('leave a member alone when an edge into it was not on screen', () => {
    const { rows, edges } = tiedGroup('up');
    enterInOrder(edges, [rows], 'up', (edge) => (edge.sources[0] === 'r2' ? undefined : 1));
    expect(rows.rows[0]?.[0]?.ports).toBeUndefined();
    expect(edges.every((e) => e.targets[0] === 'c')).toBe(true);
  });
});
