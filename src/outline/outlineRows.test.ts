import { describe, expect, it } from 'vitest';
import { outlineOf } from '../explore/outline';
import { loadDefaultMap, longChain, tinyMap } from '../explore/testMaps';
import {
  ancestorKeys,
  indexOutline,
  initialExpanded,
  nodeToSelect,
  treeKeyAction,
  visibleRows,
} from './outlineRows';

const map = loadDefaultMap();
const index = indexOutline(outlineOf(map));
/** The key of the item whose nodes are these (all items of the default map differ). */
const keyOf = (...nodeIds: string[]) =>
  index.items.findIndex((i) => i.nodeIds.join('+') === nodeIds.join('+') && !i.ref);
const label = (r: { item: { nodeIds: string[] }; level: number }) =>
  `${r.level}:${r.item.nodeIds.join('+')}`;

describe('indexOutline', () => {
  it('numbers items in reading order, with parents, levels and children', () => {
    expect(index.items).toHaveLength(18);
    expect(index.roots).toEqual([0, 14, 16]);
    expect(index.items[0]?.nodeIds).toEqual(['conclusion']);
    expect(index.items[1]?.nodeIds).toEqual(['further-capabilities', 'core-functions-lost']);
    expect(index.parent.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(index.level.slice(0, 3)).toEqual([1, 2, 3]);
    expect(index.children[0]).toEqual([1, 12]);
    expect(ancestorKeys(index, keyOf('nato-eu'))).toEqual([
      0,
      1,
      keyOf('legitimacy'),
      keyOf('cooperation-extends'),
      keyOf('nato-opens'),
    ]);
    expect(ancestorKeys(index, 0)).toEqual([]);
  });

  it('points each node at the one item showing it in full', () => {
    expect(index.fullKeyOf.size).toBe(map.nodes.length);
    expect(index.fullKeyOf.get('conclusion')).toBe(0);
    // core-functions-lost is shown with its co-premise; the later "see above" does not count.
    expect(index.fullKeyOf.get('core-functions-lost')).toBe(1);
    expect(index.fullKeyOf.get('further-capabilities')).toBe(1);
    expect(index.fullKeyOf.get('realism-declines')).toBe(keyOf('realism-declines'));
  });
});

describe('visibleRows', () => {
  it('shows only the roots when nothing is open', () => {
    expect(visibleRows(index, new Set()).map(label)).toEqual([
      '1:conclusion',
      '1:orientation-question',
      '1:cooperative-defence',
    ]);
  });

  it('shows the children of open items, depth first, with levels and parents', () => {
    const rows = visibleRows(index, new Set([0, 1]));
    expect(rows.map(label)).toEqual([
      '1:conclusion',
      '2:further-capabilities+core-functions-lost',
      '3:feasibility',
      '3:legitimacy',
      '3:cost-saving',
      '3:realism-declines',
      '2:traditional-view',
      '1:orientation-question',
      '1:cooperative-defence',
    ]);
    expect(rows[2]).toMatchObject({ key: keyOf('feasibility'), parentKey: 1 });
    expect(rows[0]).toMatchObject({ key: 0, parentKey: null });
  });

  it('hides the children of an open item under a closed one', () => {
    expect(visibleRows(index, new Set([1])).map((r) => r.key)).toEqual([0, 14, 16]);
  });

  it('walks a 10,000 deep chain without recursion', () => {
    const deep = indexOutline(outlineOf(longChain(10_000)));
    const rows = visibleRows(deep, initialExpanded(deep, Number.POSITIVE_INFINITY));
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]?.level).toBe(10_000);
    expect(ancestorKeys(deep, 9_999)).toHaveLength(9_999);
  });
});

describe('initialExpanded', () => {
  it('opens a small map whole', () => {
    expect(visibleRows(index, initialExpanded(index))).toHaveLength(18);
  });

  it('opens level by level within the budget', () => {
    // 3 roots + 2 under the conclusion + 1 under the question = 6; one more would be 7.
    expect([...initialExpanded(index, 6)]).toEqual([0, 14]);
    expect([...initialExpanded(index, 5)]).toEqual([0]);
    expect([...initialExpanded(index, 3)]).toEqual([]);
  });

  it('keeps a huge outline to the budget', () => {
    const deep = indexOutline(outlineOf(longChain(10_000)));
    expect(visibleRows(deep, initialExpanded(deep))).toHaveLength(300);
  });
});

describe('treeKeyAction', () => {
  const open = new Set([0, 1]);
  const rows = visibleRows(index, open);
  const act = (focus: number, key: string) => treeKeyAction(index, rows, open, focus, key);
  const [feasibility, legitimacy, cost, realism, objection] = [
    'feasibility',
    'legitimacy',
    'cost-saving',
    'realism-declines',
    'traditional-view',
  ].map((id) => keyOf(id)) as [number, number, number, number, number];

  it('moves up and down between visible rows and stops at the ends', () => {
    expect(act(0, 'ArrowDown')).toEqual({ kind: 'focus', key: 1 });
    expect(act(objection, 'ArrowDown')).toEqual({ kind: 'focus', key: 14 });
    expect(act(14, 'ArrowUp')).toEqual({ kind: 'focus', key: objection });
    expect(act(0, 'ArrowUp')).toBeNull();
    expect(act(16, 'ArrowDown')).toBeNull();
  });

  it('jumps to the first and last rows with Home and End', () => {
    expect(act(cost, 'Home')).toEqual({ kind: 'focus', key: 0 });
    expect(act(cost, 'End')).toEqual({ kind: 'focus', key: 16 });
  });

  it('opens a closed item, then enters it, with Right; a leaf ignores Right', () => {
    expect(act(legitimacy, 'ArrowRight')).toEqual({ kind: 'expand', keys: [legitimacy] });
    expect(act(1, 'ArrowRight')).toEqual({ kind: 'focus', key: feasibility });
    expect(act(realism, 'ArrowRight')).toBeNull();
  });

  it('closes an open item, else goes to the parent, with Left', () => {
    expect(act(1, 'ArrowLeft')).toEqual({ kind: 'collapse', key: 1 });
    expect(act(legitimacy, 'ArrowLeft')).toEqual({ kind: 'focus', key: 1 });
    expect(act(14, 'ArrowLeft')).toBeNull();
  });

  it('selects with Enter or Space, opens siblings with *, ignores other keys', () => {
    expect(act(cost, 'Enter')).toEqual({ kind: 'select', key: cost });
    expect(act(cost, ' ')).toEqual({ kind: 'select', key: cost });
    expect(act(feasibility, '*')).toEqual({
      kind: 'expand',
      keys: [feasibility, legitimacy, cost],
    });
    expect(act(feasibility, 'a')).toBeNull();
    expect(act(999, 'ArrowDown')).toBeNull();
  });
});

describe('nodeToSelect', () => {
  const linked = outlineOf(tinyMap(['c', 'p', 'q'], [['r', 'support', ['p', 'q'], 'c']]));
  const premises = linked[0]?.children[0];

  it('selects the first node, and steps through co-premises when pressed again', () => {
    if (!premises) throw new Error('no premises item');
    expect(nodeToSelect(premises, null)).toBe('p');
    expect(nodeToSelect(premises, 'c')).toBe('p');
    expect(nodeToSelect(premises, 'p')).toBe('q');
    expect(nodeToSelect(premises, 'q')).toBe('p');
    expect(nodeToSelect(linked[0] as (typeof linked)[0], 'c')).toBe('c');
  });
});
