import { describe, expect, it } from 'vitest';
import { checkMapRules } from '../model/rules';
import type { Relation } from '../model/types';
import { mergeDuplicates, pruneRelations, pruneToNodes } from './prune';
import { loadDefaultMap, tinyMap } from './testMaps';

const relIds = (rs: Relation[]) => rs.map((r) => r.id);

describe('pruneToNodes', () => {
  const m = tinyMap(
    ['c', 'a', 'b', 'u', 'v'],
    [
      ['linked', 'support', ['a', 'b'], 'c'],
      ['ru', 'attack', 'u', 'linked'],
      ['rv', 'attack', 'v', 'ru'],
    ],
    [
      { id: 'g1', members: ['a', 'b'] },
      { id: 'g2', members: ['u'] },
    ],
  );

  it('a linked argument keeps its remaining co-premise', () => {
    const p = pruneToNodes(m, new Set(['c', 'a', 'u', 'v']));
    expect(p.relations.find((r) => r.id === 'linked')?.from).toEqual(['a']);
    expect(relIds(p.relations)).toEqual(['linked', 'ru', 'rv']);
    expect(checkMapRules(p)).toEqual([]);
  });

  it('without any premise the relation goes, and the undercuts of it with it', () => {
    const p = pruneToNodes(m, new Set(['c', 'u', 'v']));
    expect(p.relations).toEqual([]);
  });

  it('groups lose hidden members and vanish when empty', () => {
    const p = pruneToNodes(m, new Set(['c', 'a']));
    expect(p.groups).toEqual([{ id: 'g1', label: 'g1', members: ['a'] }]);
  });

  it('keeps the default map whole when every node stays', () => {
    const map = loadDefaultMap();
    expect(pruneToNodes(map, new Set(map.nodes.map((n) => n.id)))).toEqual(map);
  });
});

describe('pruneRelations', () => {
  it('drops a 10,000-long undercut chain whose base inference lost its target', () => {
    const relations: Relation[] = [{ id: 'r0', kind: 'support', from: ['a'], to: 'gone' }];
    for (let i = 1; i < 10_000; i++) {
      relations.push({ id: `r${i}`, kind: 'attack', from: ['a'], to: `r${i - 1}` });
    }
    expect(pruneRelations(relations, new Set(['a']))).toEqual([]);
    relations[0] = { id: 'r0', kind: 'support', from: ['a'], to: 'b' };
    expect(pruneRelations(relations, new Set(['a', 'b']))).toHaveLength(10_000);
  });
});

describe('mergeDuplicates', () => {
  const rels: Relation[] = [
    { id: 'r1', kind: 'support', from: ['a', 'b'], to: 'x' },
    { id: 'r2', kind: 'support', from: ['b', 'a'], to: 'x' },
    { id: 'r3', kind: 'attack', from: ['a', 'b'], to: 'x' },
    { id: 'u2', kind: 'attack', from: ['u'], to: 'r2' },
  ];

  it('merges an edited relation into its earlier twin and moves its undercut along', () => {
    expect(mergeDuplicates(rels, new Set(['r2']))).toEqual([
      rels[0],
      rels[2],
      { id: 'u2', kind: 'attack', from: ['u'], to: 'r1' },
    ]);
  });

  it('leaves unedited twins (and a different kind) alone', () => {
    expect(mergeDuplicates(rels, new Set())).toBe(rels);
    expect(relIds(mergeDuplicates(rels, new Set(['u2'])))).toEqual(['r1', 'r2', 'r3', 'u2']);
  });
});
