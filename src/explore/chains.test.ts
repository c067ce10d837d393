import { describe, expect, it } from 'vitest';
import { nodeChains, relationEnds } from './chains';
import { loadDefaultMap, longChain, tinyMap } from './testMaps';

const map = loadDefaultMap();
const sorted = (s: Set<string>) => [...s].sort();

describe('nodeChains on the default map', () => {
  it('a premise deep down lights the path up to the main conclusion, not its siblings', () => {
    const { up } = nodeChains(map, 'wide-participation');
    expect(sorted(up.nodes)).toEqual(['conclusion', 'further-capabilities', 'legitimacy']);
    expect(sorted(up.relations)).toEqual(['r-legitimacy', 'r-main', 'r-participation']);
    // The co-premise of r-main is a partner, not something this premise supports.
    expect(up.nodes.has('core-functions-lost')).toBe(false);
  });

  it('an objection leads up to the claim it attacks', () => {
    const { up } = nodeChains(map, 'traditional-view');
    expect(sorted(up.nodes)).toEqual(['conclusion']);
    expect(sorted(up.relations)).toEqual(['r-traditional']);
  });

  it('reading order ("continues") is not followed', () => {
    const { up } = nodeChains(map, 'realism-declines');
    expect(up.nodes.has('orientation-question')).toBe(false);
    expect(up.relations.has('r-question')).toBe(false);
    expect(up.nodes.has('conclusion')).toBe(true);
    expect(up.nodes.has('core-functions-lost')).toBe(true);
  });

  it('a node that both supports and rebuts reaches both targets, but takes only one attack', () => {
    const { up } = nodeChains(map, 'core-functions-lost');
    expect(sorted(up.nodes)).toEqual(['conclusion', 'traditional-view']);
    // traditional-view's own attack on the conclusion is a second attack on the path.
    expect(up.relations.has('r-traditional')).toBe(false);
  });

  it('the main conclusion has everything below it except the reading-order tail', () => {
    const chains = nodeChains(map, 'conclusion');
    expect(chains.up.nodes.size).toBe(0);
    const all = map.nodes.map((n) => n.id);
    const expected = all.filter(
      (id) => !['conclusion', 'orientation-question', 'cooperative-defence'].includes(id),
    );
    expect(sorted(chains.down.nodes)).toEqual(expected.sort());
    expect(chains.down.relations.has('r-question')).toBe(false);
    expect(chains.down.relations.has('r-traditional')).toBe(true);
  });

  it('a mid-level claim has only its own reasons below', () => {
    const { down } = nodeChains(map, 'legitimacy');
    expect(sorted(down.nodes)).toEqual([
      'cooperation-extends',
      'nato-eu',
      'nato-opens',
      'wide-participation',
    ]);
  });

  it('the objection has its rebuttal and the rebuttal’s reason below it', () => {
    const { down } = nodeChains(map, 'traditional-view');
    expect(sorted(down.nodes)).toEqual(['core-functions-lost', 'realism-declines']);
  });

  it('an unknown node has empty chains', () => {
    const chains = nodeChains(map, 'nope');
    expect(chains.focus).toBe('nope');
    expect(chains.up.nodes.size + chains.down.nodes.size).toBe(0);
  });
});

describe('nodeChains on small maps', () => {
  const undercut = tinyMap(
    ['c', 'a', 'b', 'u', 's', 'x'],
    [
      ['r1', 'support', ['a', 'b'], 'c'],
      ['ru', 'attack', 'u', 'r1'],
      ['rs', 'support', 's', 'u'],
      ['rx', 'support', 'x', 'ru'],
    ],
  );

  it('below a claim: all co-premises, the undercut of the inference and its supporters', () => {
    const { down } = nodeChains(undercut, 'c');
    expect(sorted(down.nodes)).toEqual(['a', 'b', 's', 'u', 'x']);
    expect(sorted(down.relations)).toEqual(['r1', 'rs', 'ru', 'rx']);
  });

  it('an undercut leads up through the attacked inference to its claim', () => {
    const { up } = nodeChains(undercut, 'u');
    expect(sorted(up.nodes)).toEqual(['c']);
    expect(sorted(up.relations)).toEqual(['r1', 'ru']);
  });

  it('support for an undercut leads up to the claim at the end of the chain', () => {
    const { up } = nodeChains(undercut, 'x');
    expect(sorted(up.nodes)).toEqual(['c']);
    expect(sorted(up.relations)).toEqual(['r1', 'ru', 'rx']);
  });

  it('a premise of an objection reaches the attacked claim and what that claim supports', () => {
    const m = tinyMap(
      ['top', 'c', 'o', 'p'],
      [
        ['r1', 'support', 'c', 'top'],
        ['r2', 'attack', 'o', 'c'],
        ['r3', 'support', 'p', 'o'],
      ],
    );
    expect(sorted(nodeChains(m, 'p').up.nodes)).toEqual(['c', 'o', 'top']);
  });

  it('mutual attacks terminate and do not list the focus', () => {
    const m = tinyMap(
      ['a', 'b', 'c'],
      [
        ['ab', 'attack', 'a', 'b'],
        ['ba', 'attack', 'b', 'a'],
        ['cb', 'support', 'c', 'b'],
      ],
    );
    const chains = nodeChains(m, 'a');
    expect(sorted(chains.up.nodes)).toEqual(['b']);
    expect(sorted(chains.down.nodes)).toEqual(['b', 'c']);
  });

  it('handles a 10,000-node chain in both directions', () => {
    const m = longChain(10_000);
    expect(nodeChains(m, 'n9999').up.nodes.size).toBe(9_999);
    expect(nodeChains(m, 'n0').down.nodes.size).toBe(9_999);
    expect(nodeChains(m, 'n0').down.relations.size).toBe(9_999);
  });

  it('a 10,000-long attack chain: up takes one attack, down goes to the leaf', () => {
    const m = longChain(10_000, 'attack');
    expect(sorted(nodeChains(m, 'n9999').up.nodes)).toEqual(['n9998']);
    expect(nodeChains(m, 'n0').down.nodes.size).toBe(9_999);
  });
});

describe('relationEnds', () => {
  it('gives all co-premises and the claim of a linked support', () => {
    expect(relationEnds(map, 'r-main')).toEqual({
      from: ['further-capabilities', 'core-functions-lost'],
      to: 'conclusion',
    });
  });

  it('gives the attacked relation for an undercut, and null for an unknown id', () => {
    const m = tinyMap(
      ['a', 'b', 'u'],
      [
        ['r', 'support', 'a', 'b'],
        ['ru', 'attack', 'u', 'r'],
      ],
    );
    expect(relationEnds(m, 'ru')).toEqual({ from: ['u'], to: 'r' });
    expect(relationEnds(m, 'zzz')).toBeNull();
  });
});
