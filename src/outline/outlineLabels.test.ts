import { describe, expect, it } from 'vitest';
import { type OutlineItem, outlineOf } from '../explore/outline';
import { tinyMap } from '../explore/testMaps';
import { itemParts, nodeLabel, partJoiner, relationWords, rootWords } from './outlineLabels';

const map = tinyMap(
  [{ id: 'c', kind: 'conclusion' }, 'p', 'q', { id: 'o', kind: 'objection' }, 'u', 'x', 'n'],
  [
    ['r1', 'support', ['p', 'q'], 'c'],
    ['r2', 'attack', 'o', 'c'],
    ['cut', 'attack', 'u', 'r1'],
    ['back', 'support', 'x', 'r1'],
    ['next', 'continues', 'n', 'c'],
  ],
);
const [root] = outlineOf(map) as [OutlineItem];
const nodesById = new Map(map.nodes.map((n) => [n.id, n]));

describe('relationWords', () => {
  it('says how each item bears on the one above', () => {
    expect(rootWords(nodesById.get('c'))).toBe('Conclusion:');
    expect(relationWords(root)).toBe('');
    expect(root.children.map((c) => `${relationWords(c)} ${c.nodeIds.join('+')}`)).toEqual([
      'supports: p+q',
      'attacks: o',
      'undercuts the inference: u',
      'supports the inference: x',
      'precedes in the text: n',
    ]);
  });
});

describe('itemParts', () => {
  it('gives each co-premise in the chosen language, joined "together with"', () => {
    const premises = root.children[0] as OutlineItem;
    expect(itemParts(premises, nodesById, 'source', 'de')).toEqual([
      { nodeId: 'p', text: 'text of p', lang: 'de', implicit: false, seeAbove: false },
      { nodeId: 'q', text: 'text of q', lang: 'de', implicit: false, seeAbove: false },
    ]);
    expect(itemParts(premises, nodesById, 'gloss', 'de').map((p) => [p.text, p.lang])).toEqual([
      ['gloss of p', 'en'],
      ['gloss of q', 'en'],
    ]);
    expect([0, 1, 2].map((i) => partJoiner(i))).toEqual(['', ' together with ', ' and ']);
  });

  it('marks nodes shown above and falls back to the text without a gloss', () => {
    const ref: OutlineItem = { ...root, nodeIds: ['p'], refNodeIds: ['p'], ref: true };
    expect(itemParts(ref, nodesById, 'source', 'de')[0]?.seeAbove).toBe(true);
    const bare = { ...(nodesById.get('p') as (typeof map.nodes)[0]), gloss: ' ' };
    expect(nodeLabel(bare, 'gloss', 'de')).toEqual({ text: 'text of p', lang: 'de' });
  });
});
