import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { collapseWhitespace, nodeLabel } from '../shared/text';
import { toGraphml } from './toGraphml';

interface XmlElement {
  [key: string]: unknown;
}
interface ParsedNode {
  id: string;
  group: string | undefined;
  data: Map<string, string>;
  label: string | undefined;
  shape: XmlElement | undefined;
  isGroup: boolean;
}
interface ParsedEdge {
  source: string;
  target: string;
  data: Map<string, string>;
  line: XmlElement;
  arrows: XmlElement;
}

const ARRAYS = new Set(['node', 'edge', 'data', 'key', 'graph', 'y:GroupNode']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ARRAYS.has(name),
});

const list = (x: unknown): XmlElement[] => (Array.isArray(x) ? (x as XmlElement[]) : []);
const textOf = (x: unknown): string =>
  typeof x === 'string' ? x : String((x as XmlElement | undefined)?.['#text'] ?? '');

/** Reads the GraphML back: every node (also inside groups) and edge with its data and look. */
function readGraphml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as XmlElement;
  const root = doc.graphml as XmlElement;
  const nodes: ParsedNode[] = [];
  const edges: ParsedEdge[] = [];
  const walk = (graph: XmlElement, group: string | undefined) => {
    for (const n of list(graph.node)) {
      const data = new Map(list(n.data).map((d) => [String(d['@_key']), textOf(d)]));
      const graphics = list(n.data).find((d) => d['@_key'] === 'd0');
      const shape = graphics?.['y:ShapeNode'] as XmlElement | undefined;
      const groupNode = list(
        ((graphics?.['y:ProxyAutoBoundsNode'] as XmlElement)?.['y:Realizers'] as XmlElement)?.[
          'y:GroupNode'
        ],
      )[0];
      const labelOwner = shape ?? groupNode;
      const label = labelOwner?.['y:NodeLabel'];
      nodes.push({
        id: String(n['@_id']),
        group,
        data,
        label: label === undefined ? undefined : textOf(label),
        shape,
        isGroup: n['@_yfiles.foldertype'] === 'group',
      });
      for (const inner of list(n.graph)) walk(inner, String(n['@_id']));
    }
    for (const e of list(graph.edge)) {
      const graphics = list(e.data).find((d) => d['@_key'] === 'd1');
      const line = graphics?.['y:PolyLineEdge'] as XmlElement;
      edges.push({
        source: String(e['@_source']),
        target: String(e['@_target']),
        data: new Map(list(e.data).map((d) => [String(d['@_key']), textOf(d)])),
        line: line['y:LineStyle'] as XmlElement,
        arrows: line['y:Arrows'] as XmlElement,
      });
    }
  };
  for (const g of list(root.graph)) walk(g, undefined);
  return { root, nodes, edges };
}

function undercutMap(): ArgumentMap {
  return tinyMap(
    ['a', 'b', 'c', 'd'],
    [
      ['r1', 'support', ['a', 'b'], 'c'],
      ['r2', 'attack', 'd', 'r1'],
    ],
  );
}

const MAPS: [string, () => ArgumentMap][] = [
  ['the default map', loadDefaultMap],
  ['a hostile map', hostileMap],
];

describe('toGraphml', () => {
  it('declares the yFiles keys yEd needs to draw nodes and edges', () => {
    const { root } = readGraphml(toGraphml(undercutMap()));
    expect(root['@_xmlns:y']).toBe('http://www.yworks.com/xml/graphml');
    const kinds = list(root.key).map(
      (k) => `${k['@_for']}:${k['@_yfiles.type'] ?? k['@_attr.name']}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'node:nodegraphics',
        'edge:edgegraphics',
        'node:kind',
        'node:text',
        'node:gloss',
      ]),
    );
  });

  for (const [name, load] of MAPS) {
    it(`writes ${name} as well-formed XML with one box per node and one junction per linked or undercut relation`, () => {
      const map = load();
      const { nodes, edges } = readGraphml(toGraphml(map));
      const targeted = new Set(map.relations.map((r) => r.to));
      const junctions = map.relations.filter((r) => r.from.length > 1 || targeted.has(r.id));
      expect(nodes.filter((n) => n.data.get('d4') === 'junction')).toHaveLength(junctions.length);
      const boxes = nodes.filter((n) => !n.isGroup && n.data.get('d4') !== 'junction');
      expect(boxes).toHaveLength(map.nodes.length);
      expect(nodes.filter((n) => n.isGroup)).toHaveLength(map.groups.length);
      const expectedEdges = map.relations.reduce(
        (sum, r) => sum + r.from.length + (junctions.includes(r) ? 1 : 0),
        0,
      );
      expect(edges).toHaveLength(expectedEdges);
      const ids = new Set(nodes.map((n) => n.id));
      for (const e of edges) {
        expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      }
    });

    it(`shows every node's text of ${name} as its yEd label and keeps text and gloss as data`, () => {
      const map = load();
      for (const labels of ['source', 'gloss'] as const) {
        const { nodes } = readGraphml(toGraphml(map, { labels }));
        for (const n of map.nodes) {
          const box = nodes.find((b) => b.data.get('d3') === n.id && !b.isGroup);
          expect(collapseWhitespace(box?.label ?? '')).toBe(
            collapseWhitespace(nodeLabel(n, labels)),
          );
          expect(box?.data.get('d5')).toBe(n.text.trim());
          expect(box?.data.get('d6')).toBe(n.gloss);
          expect(box?.data.get('d4')).toBe(n.kind);
        }
      }
    });
  }

  it('escapes <, &, quotes and keeps umlauts so they read back unchanged', () => {
    const map = tinyMap([
      {
        id: 'a',
        text: 'a < b && c > "d" \'e\' äöü ÄÖÜ ß ]]> <!-- x -->',
        gloss: '&amp; is not an entity',
      },
    ]);
    const xml = toGraphml(map);
    const { nodes } = readGraphml(xml);
    expect(nodes[0]?.data.get('d5')).toBe(map.nodes[0]?.text);
    expect(nodes[0]?.data.get('d6')).toBe('&amp; is not an entity');
    expect(xml).toContain('äöü ÄÖÜ ß');
    expect(xml).not.toContain('<!-- x -->');
  });

  it('replaces characters XML cannot carry instead of writing a broken file', () => {
    const map = tinyMap([{ id: 'a', text: 'bell\u0007 and form feed\u000C' }]);
    const { nodes } = readGraphml(toGraphml(map));
    expect(nodes[0]?.data.get('d5')).toBe('bell\uFFFD and form feed\uFFFD');
  });

  it('puts group members inside yEd group nodes labelled with the group', () => {
    const map = loadDefaultMap();
    const { nodes } = readGraphml(toGraphml(map));
    for (const g of map.groups) {
      const groupNode = nodes.find((n) => n.isGroup && n.data.get('d3') === g.id);
      expect(groupNode?.label).toBe(g.label);
      const inside = nodes.filter((n) => n.group === groupNode?.id).map((n) => n.data.get('d3'));
      expect(inside.sort()).toEqual([...g.members].sort());
    }
    const conclusion = nodes.find((n) => n.data.get('d3') === 'conclusion');
    expect(conclusion?.group).toBeUndefined();
  });

  it('draws attacks dashed with a bar head, support solid with an arrow, co-premises through a junction', () => {
    const { nodes, edges } = readGraphml(toGraphml(undercutMap()));
    const idOf = (modelId: string) => nodes.find((n) => n.data.get('d3') === modelId)?.id;
    const junction = idOf('r1');
    expect(nodes.find((n) => n.id === junction)?.data.get('d4')).toBe('junction');
    const summary = edges.map((e) => [
      nodes.find((n) => n.id === e.source)?.data.get('d3'),
      nodes.find((n) => n.id === e.target)?.data.get('d3'),
      e.line['@_type'],
      e.arrows['@_target'],
    ]);
    expect(summary).toEqual([
      ['a', 'r1', 'line', 'none'],
      ['b', 'r1', 'line', 'none'],
      ['r1', 'c', 'line', 'standard'],
      // The undercut ends at the junction of the inference it attacks.
      ['d', 'r1', 'dashed', 't_shape'],
    ]);
  });

  it('sizes boxes to their text so yEd shows the whole label', () => {
    const map = tinyMap([
      { id: 'short', text: 'kurz' },
      { id: 'long', text: 'ein recht langer Satz, '.repeat(8) },
    ]);
    const { nodes } = readGraphml(toGraphml(map));
    const geometry = (id: string) =>
      (nodes.find((n) => n.data.get('d3') === id)?.shape?.['y:Geometry'] ?? {}) as XmlElement;
    expect(Number(geometry('long')['@_height'])).toBeGreaterThan(
      Number(geometry('short')['@_height']) * 2,
    );
    expect(Number(geometry('long')['@_width'])).toBeGreaterThan(
      Number(geometry('short')['@_width']),
    );
  });
});
