import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessElk } from '../layout/elkInProcess';
import { layoutMap } from '../layout/layoutMap';
import { DEFAULT_LAYOUT_OPTIONS, type MapLayout, type NodeBox } from '../layout/types';
import { connectedNodes, firstNode, isArrowKey, neighbourInDirection } from './keyboardNav';
import { loadDefaultMap, tinyMap } from './testMaps';

/** A hand-made layout: each box given by its centre, 100 x 40 unless told. */
function layoutOf(
  boxes: [id: string, cx: number, cy: number, w?: number, h?: number][],
): MapLayout {
  const nodes: NodeBox[] = boxes.map(([id, cx, cy, width = 100, height = 40]) => ({
    id,
    kind: 'claim',
    x: cx - width / 2,
    y: cy - height / 2,
    width,
    height,
    header: 'CLAIM',
    lines: [id],
  }));
  return { width: 1000, height: 1000, nodes, groups: [], junctions: [], edges: [] };
}

describe('neighbourInDirection on the default map', () => {
  const map = loadDefaultMap();
  let layout: MapLayout;
  beforeAll(async () => {
    layout = await layoutMap(map, DEFAULT_LAYOUT_OPTIONS, createInProcessElk());
  }, 60_000);
  const go = (from: string, key: Parameters<typeof neighbourInDirection>[3]) =>
    neighbourInDirection(map, layout, from, key);

  it('goes up from a premise to the conclusion it supports', () => {
    expect(go('further-capabilities', 'ArrowUp')).toBe('conclusion');
  });

  it('goes down from the conclusion to one of its reasons or objections', () => {
    const bearing = map.relations.filter((r) => r.to === 'conclusion').flatMap((r) => r.from);
    expect(bearing).toContain(go('conclusion', 'ArrowDown'));
  });

  it('goes sideways from a reason to a sibling reason in the same row', () => {
    const row = (id: string) => layout.nodes.find((b) => b.id === id) as NodeBox;
    const mid = (id: string) => row(id).y + row(id).height / 2;
    const left = go('legitimacy', 'ArrowLeft');
    const right = go('legitimacy', 'ArrowRight');
    // Both bear on further-capabilities, as legitimacy does: siblings via the shared target.
    expect(left).toBe('feasibility');
    expect(right).toBe('cost-saving');
    expect(mid(left as string)).toBe(mid('legitimacy'));
    expect(mid(right as string)).toBe(mid('legitimacy'));
  });

  it('steps down from a claim to its own reason, and back up', () => {
    const down = go('legitimacy', 'ArrowDown');
    expect(['wide-participation', 'cooperation-extends']).toContain(down);
    expect(go(down as string, 'ArrowUp')).toBe('legitimacy');
  });

  it('never returns the node itself and returns only nodes of the map', () => {
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const n of map.nodes) {
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const) {
        const to = go(n.id, key);
        if (to !== null) {
          expect(to).not.toBe(n.id);
          expect(ids.has(to)).toBe(true);
        }
      }
    }
  });

  it('enters the map at the main conclusion', () => {
    expect(firstNode(map, layout)).toBe('conclusion');
  });

  it('follows the flow when reasons are laid out left of their claims', async () => {
    const across = await layoutMap(
      map,
      { ...DEFAULT_LAYOUT_OPTIONS, direction: 'right' },
      createInProcessElk(),
    );
    expect(neighbourInDirection(map, across, 'further-capabilities', 'ArrowRight')).toBe(
      'conclusion',
    );
    const bearing = map.relations.filter((r) => r.to === 'conclusion').flatMap((r) => r.from);
    expect(bearing).toContain(neighbourInDirection(map, across, 'conclusion', 'ArrowLeft'));
    expect(firstNode(map, across)).toBe('conclusion');
  }, 60_000);
});

describe('neighbourInDirection on tiny maps', () => {
  it('prefers a connected node over a nearer unconnected one', () => {
    const map = tinyMap(['a', 'b', 'c'], [['r', 'support', 'b', 'a']]);
    const layout = layoutOf([
      ['a', 500, 100],
      ['c', 520, 200], // straight below, but not connected
      ['b', 300, 300],
    ]);
    expect(neighbourInDirection(map, layout, 'a', 'ArrowDown')).toBe('b');
  });

  it('falls back to the nearest node of any kind when no connected node lies that way', () => {
    const map = tinyMap(['a', 'b', 'c', 'd'], [['r', 'support', 'b', 'a']]);
    const layout = layoutOf([
      ['a', 500, 100],
      ['b', 500, 300],
      ['c', 800, 110],
      ['d', 1200, 100],
    ]);
    expect(neighbourInDirection(map, layout, 'a', 'ArrowRight')).toBe('c');
  });

  it('takes a node clearly that way over a connected one merely beside the node', () => {
    // b is connected but hardly left of a (its centre is inside a's width); c is well left.
    const map = tinyMap(['a', 'b', 'c'], [['r', 'support', 'b', 'a']]);
    const layout = layoutOf([
      ['a', 500, 100, 300],
      ['b', 480, 250],
      ['c', 100, 100],
    ]);
    expect(neighbourInDirection(map, layout, 'a', 'ArrowLeft')).toBe('c');
  });

  it('uses a node merely in the half-plane when nothing lies clearly that way', () => {
    const map = tinyMap(['a', 'b'], [['r', 'support', 'b', 'a']]);
    const layout = layoutOf([
      ['a', 500, 100, 300],
      ['b', 480, 250],
    ]);
    expect(neighbourInDirection(map, layout, 'a', 'ArrowLeft')).toBe('b');
  });

  it('returns null when no node lies that way, or the node is not on the map', () => {
    const map = tinyMap(['a', 'b'], [['r', 'support', 'b', 'a']]);
    const layout = layoutOf([
      ['a', 500, 100],
      ['b', 500, 300],
    ]);
    expect(neighbourInDirection(map, layout, 'a', 'ArrowUp')).toBeNull();
    expect(neighbourInDirection(map, layout, 'b', 'ArrowDown')).toBeNull();
    expect(neighbourInDirection(map, layout, 'a', 'ArrowLeft')).toBeNull();
    expect(neighbourInDirection(map, layout, 'missing', 'ArrowDown')).toBeNull();
    expect(neighbourInDirection(map, layoutOf([]), 'a', 'ArrowDown')).toBeNull();
  });

  it('moves between co-premises of a linked argument through their junction', () => {
    const map = tinyMap(['c', 'p', 'q', 'x'], [['r', 'support', ['p', 'q'], 'c']]);
    const layout = layoutOf([
      ['c', 500, 100],
      ['p', 300, 300],
      ['x', 450, 310], // nearer to p on the right, but unconnected
      ['q', 700, 300],
    ]);
    expect(neighbourInDirection(map, layout, 'p', 'ArrowRight')).toBe('q');
    expect(neighbourInDirection(map, layout, 'q', 'ArrowLeft')).toBe('p');
  });

  it('reaches the attacker of an undercut from the inference it attacks, and back', () => {
    const map = tinyMap(
      ['c', 'p', 'u', 'x'],
      [
        ['r', 'support', 'p', 'c'],
        ['cut', 'attack', 'u', 'r'],
      ],
    );
    const layout = layoutOf([
      ['c', 300, 100],
      ['p', 300, 300],
      ['x', 450, 200], // nearer, unconnected
      ['u', 700, 200],
    ]);
    expect(neighbourInDirection(map, layout, 'c', 'ArrowRight')).toBe('u');
    expect(neighbourInDirection(map, layout, 'p', 'ArrowRight')).toBe('u');
    expect(neighbourInDirection(map, layout, 'u', 'ArrowLeft')).toBe('c');
    expect(connectedNodes(map, 'u')).toEqual(new Set(['p', 'c']));
  });
});

describe('connectedNodes', () => {
  it('lists relation ends, co-premises and siblings, never the node itself', () => {
    const map = tinyMap(
      ['c', 'p', 'q', 's', 'o', 'far', 'next'],
      [
        ['r1', 'support', ['p', 'q'], 'c'],
        ['r2', 'support', 's', 'c'],
        ['r3', 'attack', 'o', 'c'],
        ['r4', 'support', 'far', 's'],
        ['r5', 'continues', 'p', 'next'],
      ],
    );
    expect(connectedNodes(map, 'p')).toEqual(new Set(['c', 'q', 's', 'o', 'next']));
    expect(connectedNodes(map, 'c')).toEqual(new Set(['p', 'q', 's', 'o']));
    expect(connectedNodes(map, 'far')).toEqual(new Set(['s']));
    expect(connectedNodes(map, 'missing')).toEqual(new Set());
  });
});

describe('firstNode', () => {
  it('picks the topmost conclusion', () => {
    const map = tinyMap([
      { id: 'low', kind: 'conclusion' },
      { id: 'high', kind: 'conclusion' },
      'top',
    ]);
    const layout = layoutOf([
      ['top', 100, 10],
      ['low', 300, 400],
      ['high', 500, 200],
    ]);
    expect(firstNode(map, layout)).toBe('high');
  });

  it('without a conclusion picks the topmost root, then the topmost node', () => {
    const map = tinyMap(['a', 'b'], [['r', 'support', 'a', 'b']]);
    expect(
      firstNode(
        map,
        layoutOf([
          ['a', 100, 10],
          ['b', 100, 300],
        ]),
      ),
    ).toBe('b');
    const circle = tinyMap(
      ['a', 'b'],
      [
        ['r', 'attack', 'a', 'b'],
        ['s', 'attack', 'b', 'a'],
      ],
    );
    expect(
      firstNode(
        circle,
        layoutOf([
          ['a', 100, 300],
          ['b', 100, 10],
        ]),
      ),
    ).toBe('b');
  });

  it('is null for an empty layout', () => {
    expect(firstNode(tinyMap(['a']), layoutOf([]))).toBeNull();
  });
});

describe('isArrowKey', () => {
  it('recognises the four arrows only', () => {
    expect(isArrowKey('ArrowUp')).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
  });
});
