import { readFileSync } from 'node:fs';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap';
import { type ArgumentMap, formatIssue } from '../model/types';
import { edgeId, junctionId } from './elkIds';
import { measureNodes } from './measureNodes';
import { relationsWithJunction, toElkGraph } from './toElkGraph';
import { DEFAULT_LAYOUT_OPTIONS } from './types';

function load(url: URL): ArgumentMap {
  const result = parseMap(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.map;
}

const defaultMap = () => load(new URL('../../data/default-map.json', import.meta.url));
const fixture = () => load(new URL('./fixtures/undercut-linked.json', import.meta.url));

function build(map: ArgumentMap): ElkNode {
  return toElkGraph(map, measureNodes(map, 'source'), DEFAULT_LAYOUT_OPTIONS);
}

/** Every ELK node with the id of the node that contains it. */
function parents(root: ElkNode): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (n: ElkNode) => {
    for (const c of n.children ?? []) {
      expect(out.has(c.id), `${c.id} appears twice`).toBe(false);
      out.set(c.id, n.id);
      walk(c);
    }
  };
  walk(root);
  return out;
}

function allEdges(root: ElkNode): ElkExtendedEdge[] {
  const out: ElkExtendedEdge[] = [...(root.edges ?? [])];
  for (const c of root.children ?? []) out.push(...allEdges(c));
  return out;
}

const junctionIdsIn = (root: ElkNode) =>
  [...parents(root).keys()].filter((id) => id.startsWith(junctionId('')));

describe('toElkGraph', () => {
  it('gives junctions exactly to linked relations and to relations that an undercut targets', () => {
    const map = fixture();
    // r-linked and r-budget have two premises each; r-hospital has one, but r-moves undercuts it.
    // Neither the undercuts themselves, the rebuttal nor the "continues" relation get one.
    const expected = ['r-budget', 'r-hospital', 'r-linked'];
    expect(junctionIdsIn(build(map)).sort()).toEqual(expected.map(junctionId).sort());
    expect([...relationsWithJunction(map)].sort()).toEqual(expected);
  });

  it('gives the default map a junction only for its one linked argument', () => {
    const map = defaultMap();
    const linked = map.relations.filter((r) => r.from.length > 1).map((r) => r.id);
    expect(linked).toHaveLength(1);
    expect(junctionIdsIn(build(map))).toEqual(linked.map(junctionId));
  });

  it('puts each node, at its measured size, in the frame of its group', () => {
    for (const map of [defaultMap(), fixture()]) {
      const sizes = measureNodes(map, 'source');
      const graph = toElkGraph(map, sizes, DEFAULT_LAYOUT_OPTIONS);
      const parentOf = parents(graph);
      const groupOf = new Map<string, string>();
      for (const g of map.groups) for (const m of g.members) groupOf.set(m, g.id);
      for (const node of map.nodes) {
        expect(parentOf.get(node.id), node.id).toBe(groupOf.get(node.id) ?? graph.id);
      }
      const elkNodes = new Map<string, ElkNode>();
      const walk = (n: ElkNode) => {
        elkNodes.set(n.id, n);
        for (const c of n.children ?? []) walk(c);
      };
      walk(graph);
      for (const node of map.nodes) {
        const e = elkNodes.get(node.id);
        expect(e?.width).toBe(sizes.get(node.id)?.width);
        expect(e?.height).toBe(sizes.get(node.id)?.height);
      }
    }
  });

  it('puts a junction whose ends all lie in one group inside that group, others at the top', () => {
    const map = fixture();
    const graph = build(map);
    const parentOf = parents(graph);
    // r-budget: both premises and its conclusion are in g-budget.
    expect(parentOf.get(junctionId('r-budget'))).toBe('g-budget');
    // r-linked: premises in g-traffic, conclusion outside any group.
    expect(parentOf.get(junctionId('r-linked'))).toBe(graph.id);
    // r-hospital: neither end is in a group.
    expect(parentOf.get(junctionId('r-hospital'))).toBe(graph.id);
  });

  it('hands "continues" edges to ELK reversed and every other edge as drawn', () => {
    const map = fixture();
    const edges = new Map(allEdges(build(map)).map((e) => [e.id, e]));
    const next = edges.get(edgeId('r-next', 'main'));
    expect(next?.sources).toEqual(['ferry-next']);
    expect(next?.targets).toEqual(['build']);

    const cost = edges.get(edgeId('r-cost', 'main'));
    expect(cost?.sources).toEqual(['too-costly']);
    expect(cost?.targets).toEqual(['build']);

    // A linked argument: one leg per premise into the junction, then the junction to the claim.
    expect(edges.get(edgeId('r-linked', 'leg0'))?.sources).toEqual(['ferry-full']);
    expect(edges.get(edgeId('r-linked', 'leg1'))?.sources).toEqual(['only-crossing']);
    expect(edges.get(edgeId('r-linked', 'leg0'))?.targets).toEqual([junctionId('r-linked')]);
    expect(edges.get(edgeId('r-linked', 'main'))?.sources).toEqual([junctionId('r-linked')]);
    expect(edges.get(edgeId('r-linked', 'main'))?.targets).toEqual(['build']);

    // An undercut ends at the junction of the relation it attacks.
    expect(edges.get(edgeId('r-holiday', 'main'))?.targets).toEqual([junctionId('r-linked')]);

    const defaultEdges = allEdges(build(defaultMap()));
    const continues = defaultMap().relations.filter((r) => r.kind === 'continues');
    expect(continues.length).toBeGreaterThan(0);
    for (const r of continues) {
      const e = defaultEdges.find((x) => x.id === edgeId(r.id, 'main'));
      expect(e?.sources).toEqual([r.to]);
      expect(e?.targets).toEqual(r.from);
    }
  });

  it('never gets undercuts that attack each other: parseMap refuses them', () => {
    const result = parseMap({
      version: 1,
      title: 'Mutual undercuts',
      source: { text: '', language: 'en' },
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'claim', text: id.toUpperCase() })),
      relations: [
        { id: 'r1', kind: 'support', from: ['a'], to: 'b' },
        { id: 'r2', kind: 'attack', from: ['c'], to: 'r3' },
        { id: 'r3', kind: 'attack', from: ['d'], to: 'r2' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'relations[1].to: relations target each other in a circle: r2 -> r3 -> r2',
    ]);
  });

  it('builds a graph for a 2,000-long chain of undercuts', () => {
    const n = 2000;
    const result = parseMap({
      version: 1,
      title: 'Undercut chain',
      source: { text: '', language: 'en' },
      nodes: Array.from({ length: n + 1 }, (_, i) => ({ id: `n${i}`, kind: 'claim', text: 'x' })),
      relations: Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        kind: i === 0 ? 'support' : 'attack',
        from: [`n${i + 1}`],
        to: i === 0 ? 'n0' : `r${i - 1}`,
      })),
      groups: [
        { id: 'g', label: 'All', members: Array.from({ length: n + 1 }, (_, i) => `n${i}`) },
      ],
    });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const parentOf = parents(build(result.map));
    // Every relation but the last is undercut; all their ends are in the one group.
    expect(parentOf.get(junctionId('r0'))).toBe('g');
    expect(parentOf.get(junctionId(`r${n - 2}`))).toBe('g');
    expect(parentOf.has(junctionId(`r${n - 1}`))).toBe(false);
  });
});
