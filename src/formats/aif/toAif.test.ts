import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { fromAif } from './fromAif';
import { toAif } from './toAif';

// AIFdb's nodeset as its JSON export writes it: string ids, a type per node, a timestamp.
const aifdbNodeset = z.object({
  nodes: z.array(
    z.strictObject({
      nodeID: z.string().regex(/^\d+$/),
      text: z.string().min(1),
      type: z.enum(['I', 'L', 'RA', 'CA', 'MA', 'TA', 'PA', 'YA']),
      timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    }),
  ),
  edges: z.array(
    z.strictObject({
      edgeID: z.string().regex(/^\d+$/),
      fromID: z.string(),
      toID: z.string(),
      formEdgeID: z.null(),
    }),
  ),
  locutions: z.array(
    z.strictObject({ nodeID: z.string(), personID: z.string(), timestamp: z.string() }),
  ),
  participants: z
    .array(
      z.strictObject({
        participantID: z.string(),
        firstname: z.string(),
        surname: z.string(),
      }),
    )
    .optional(),
});
type Nodeset = z.infer<typeof aifdbNodeset>;

/** The rules of AIF graphs that a reader relies on, beyond the shape of the JSON. */
function checkAifGraph(set: Nodeset): string[] {
  const problems: string[] = [];
  const type = new Map(set.nodes.map((n) => [n.nodeID, n.type]));
  if (type.size !== set.nodes.length) problems.push('duplicate nodeID');
  if (new Set(set.edges.map((e) => e.edgeID)).size !== set.edges.length)
    problems.push('duplicate edgeID');
  for (const e of set.edges) {
    if (!type.has(e.fromID) || !type.has(e.toID)) problems.push(`edge ${e.edgeID} dangles`);
    if (type.get(e.fromID) === 'I' && type.get(e.toID) === 'I')
      problems.push(`edge ${e.edgeID} joins two I-nodes`);
  }
  for (const n of set.nodes) {
    if (n.type === 'I' || n.type === 'L') continue;
    if (n.type === 'YA') {
      // An illocution anchors one locution in one claim.
      const from = set.edges.filter((e) => e.toID === n.nodeID).map((e) => type.get(e.fromID));
      const to = set.edges.filter((e) => e.fromID === n.nodeID).map((e) => type.get(e.toID));
      if (from.join() !== 'L' || to.join() !== 'I')
        problems.push(`YA ${n.nodeID} anchors no claim`);
      continue;
    }
    const incoming = set.edges.filter((e) => e.toID === n.nodeID && type.get(e.fromID) === 'I');
    const outgoing = set.edges.filter((e) => e.fromID === n.nodeID);
    if (incoming.length === 0) problems.push(`${n.type} ${n.nodeID} has no premise`);
    if (outgoing.length !== 1)
      problems.push(`${n.type} ${n.nodeID} has ${outgoing.length} targets`);
  }
  for (const l of set.locutions) {
    if (type.get(l.nodeID) !== 'L') problems.push(`locution ${l.nodeID} is no L-node`);
    if (!set.participants?.some((p) => p.participantID === l.personID))
      problems.push(`locution ${l.nodeID} names no participant`);
  }
  return problems;
}

/** Claims said in a debate, by two speakers and by someone unknown, with tags. */
function saidMap(): ArgumentMap {
  return tinyMap(
    [
      {
        id: 'a',
        kind: 'conclusion',
        tags: ['economy', 'public health'],
        said: { speaker: 'Bob', text: 'we should cut taxes' },
      },
      { id: 'b', said: { speaker: 'Alice Smith', text: 'growth : it follows\nsurely' } },
      { id: 'c', said: { speaker: 'Bob', text: 'the treasury is full' } },
      { id: 'd', said: { text: 'Note : nobody knows who said this' } },
      { id: 'e', tags: ['x'] },
    ],
    [
      ['r1', 'support', ['b', 'c'], 'a'],
      ['r2', 'attack', 'd', 'r1'],
      ['r3', 'attack', 'e', 'a'],
    ],
  );
}

function undercutMap(): ArgumentMap {
  return tinyMap(
    ['a', 'b', 'c', { id: 'd', kind: 'objection', implicit: true }, 'e', 'f'],
    [
      ['r1', 'support', ['a', 'b'], 'c'],
      ['r2', 'attack', 'd', 'r1'],
      ['r3', 'attack', 'e', 'r2'],
      ['r4', 'support', 'f', 'r1'],
      ['r5', 'continues', 'c', 'e'],
    ],
    [{ id: 'g', label: 'Gruppe', members: ['a', 'b'] }],
  );
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

const MAPS: [string, () => ArgumentMap][] = [
  ['the default map', loadDefaultMap],
  ['a map with undercuts and co-premises', undercutMap],
  ['a hostile map', hostileMap],
  ['a map of claims said by two speakers, with tags', saidMap],
];

describe('toAif', () => {
  it.each(MAPS)('writes %s as a nodeset AIFdb accepts', (_name, load) => {
    const set = aifdbNodeset.parse(JSON.parse(toAif(load())));
    expect(checkAifGraph(set)).toEqual([]);
  });

  it('draws every node as an I-node, every support as one RA and every attack as one CA', () => {
    const map = loadDefaultMap();
    const set = aifdbNodeset.parse(JSON.parse(toAif(map)));
    const count = (type: string) => set.nodes.filter((n) => n.type === type).length;
    expect(count('I')).toBe(map.nodes.length);
    expect(count('RA')).toBe(map.relations.filter((r) => r.kind === 'support').length);
    expect(count('CA')).toBe(map.relations.filter((r) => r.kind === 'attack').length);
    const texts = set.nodes.filter((n) => n.type === 'I').map((n) => n.text);
    expect(texts).toEqual(map.nodes.map((n) => n.text));
    const glosses = aifdbNodeset.parse(JSON.parse(toAif(map, { labels: 'gloss' })));
    expect(glosses.nodes.filter((n) => n.type === 'I').map((n) => n.text)).toEqual(
      map.nodes.map((n) => n.gloss),
    );
  });

  it('feeds co-premises into one RA and aims an undercut at the RA it attacks', () => {
    const set = aifdbNodeset.parse(JSON.parse(toAif(undercutMap())));
    const text = new Map(set.nodes.map((n) => [n.nodeID, n.text]));
    const typeOf = new Map(set.nodes.map((n) => [n.nodeID, n.type]));
    const edges = set.edges.map((e) => [
      typeOf.get(e.fromID) === 'I' ? text.get(e.fromID) : typeOf.get(e.fromID),
      typeOf.get(e.toID) === 'I' ? text.get(e.toID) : typeOf.get(e.toID),
    ]);
    expect(edges).toEqual([
      ['text of a', 'RA'],
      ['text of b', 'RA'],
      ['RA', 'text of c'],
      ['text of d', 'CA'],
      ['CA', 'RA'],
      ['text of e', 'CA'],
      ['CA', 'CA'],
      ['text of f', 'RA'],
      ['RA', 'RA'],
    ]);
    // Both premises lead into the same RA.
    expect(set.edges[0]?.toID).toBe(set.edges[1]?.toID);
  });

  it('leaves "continues" out of the AIF graph: it is reading order, not inference', () => {
    const set = aifdbNodeset.parse(JSON.parse(toAif(undercutMap())));
    expect(set.nodes).toHaveLength(6 + 4);
    expect(set.nodes.some((n) => n.type === 'MA' || n.type === 'TA')).toBe(false);
  });

  it('is a pure function of the map unless a time is given', () => {
    const map = undercutMap();
    expect(toAif(map)).toBe(toAif(map));
    const stamped = JSON.parse(toAif(map, { timestamp: new Date('2024-05-06T07:08:09Z') }));
    expect(stamped.nodes[0].timestamp).toBe('2024-05-06 07:08:09');
  });
});

describe('fromAif', () => {
  for (const [name, load] of MAPS) {
    for (const labels of ['source', 'gloss'] as const) {
      it(`gives back ${name} (${labels} labels) from toAif`, () => {
        const map = load();
        const result = fromAif(toAif(map, { labels }));
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(result.warnings).toEqual([]);
        expect(result.map.title).toBe(map.title);
        expect(result.map.source).toEqual(map.source);
        expect(byId(result.map.nodes)).toEqual(byId(map.nodes));
        expect(byId(result.map.relations)).toEqual(byId(map.relations));
        expect(result.map.groups).toEqual(map.groups);
      });
    }
  }

  it('takes a claim text edited in another tool, keeping the rest of the extension', () => {
    const doc = JSON.parse(toAif(undercutMap()));
    doc.nodes[0].text = 'edited in OVA';
    const result = fromAif(JSON.stringify(doc));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes[0]).toMatchObject({
      id: 'a',
      text: 'edited in OVA',
      gloss: 'gloss of a',
    });
  });

  it('reads a plain AIFdb nodeset with dialogue nodes, numeric and string ids', () => {
    const nodeset = {
      nodes: [
        { nodeID: 101, text: 'We should cut taxes.', type: 'I', timestamp: '2016-05-10 12:00:00' },
        {
          nodeID: 102,
          text: 'The economy would grow.',
          type: 'I',
          timestamp: '2016-05-10 12:00:00',
        },
        { nodeID: 103, text: 'The treasury is full.', type: 'I', timestamp: '2016-05-10 12:00:00' },
        {
          nodeID: 104,
          text: 'Default Inference',
          type: 'RA',
          timestamp: '2016-05-10 12:00:00',
          scheme: 'Argument From Consequences',
          schemeID: '10',
        },
        {
          nodeID: '105',
          text: 'Growth does not follow from tax cuts.',
          type: 'I',
          timestamp: '2016-05-10 12:01:00',
        },
        { nodeID: 106, text: 'Default Conflict', type: 'CA', timestamp: '2016-05-10 12:01:00' },
        {
          nodeID: 107,
          text: 'Bob : we should cut taxes',
          type: 'L',
          timestamp: '2016-05-10 12:00:00',
        },
        { nodeID: 108, text: 'Asserting', type: 'YA', timestamp: '2016-05-10 12:00:00' },
        { nodeID: 109, text: 'Default Transition', type: 'TA', timestamp: '2016-05-10 12:01:00' },
        {
          nodeID: 110,
          text: 'Alice : growth is not automatic',
          type: 'L',
          timestamp: '2016-05-10 12:01:00',
        },
        { nodeID: 111, text: 'Disagreeing', type: 'YA', timestamp: '2016-05-10 12:01:00' },
        { nodeID: 112, text: 'Default Conflict', type: 'CA', timestamp: '2016-05-10 12:02:00' },
        { nodeID: 113, text: 'Tax cuts are unfair.', type: 'I', timestamp: '2016-05-10 12:02:00' },
        { nodeID: 114, text: 'Who pays then?', type: 'I', timestamp: '2016-05-10 12:03:00' },
      ],
      edges: [
        { edgeID: 1, fromID: 102, toID: 104, formEdgeID: null },
        { edgeID: 2, fromID: 103, toID: 104, formEdgeID: null },
        { edgeID: 3, fromID: 104, toID: 101, formEdgeID: null },
        { edgeID: 4, fromID: '105', toID: 106, formEdgeID: null },
        { edgeID: 5, fromID: 106, toID: 104, formEdgeID: null },
        { edgeID: 6, fromID: 107, toID: 108, formEdgeID: null },
        { edgeID: 7, fromID: 108, toID: 101, formEdgeID: null },
        { edgeID: 8, fromID: 107, toID: 109, formEdgeID: null },
        { edgeID: 9, fromID: 109, toID: 110, formEdgeID: null },
        { edgeID: 10, fromID: 110, toID: 111, formEdgeID: null },
        { edgeID: 11, fromID: 111, toID: 106, formEdgeID: null },
        { edgeID: 12, fromID: 113, toID: 112, formEdgeID: null },
        { edgeID: 13, fromID: 112, toID: 101, formEdgeID: null },
      ],
      locutions: [
        { nodeID: 107, personID: 1, timestamp: '2016-05-10 12:00:00' },
        { nodeID: 110, personID: 2, timestamp: '2016-05-10 12:01:00' },
      ],
    };
    const result = fromAif(JSON.stringify(nodeset));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes.map((n) => [n.id, n.kind, n.text])).toEqual([
      ['n101', 'conclusion', 'We should cut taxes.'],
      ['n102', 'premise', 'The economy would grow.'],
      ['n103', 'premise', 'The treasury is full.'],
      ['n105', 'objection', 'Growth does not follow from tax cuts.'],
      ['n113', 'objection', 'Tax cuts are unfair.'],
      ['n114', 'question', 'Who pays then?'],
    ]);
    expect(result.map.relations).toEqual([
      { id: 'r104', kind: 'support', from: ['n102', 'n103'], to: 'n101' },
      { id: 'r106', kind: 'attack', from: ['n105'], to: 'r104' },
      { id: 'r112', kind: 'attack', from: ['n113'], to: 'n101' },
    ]);
    // The locutions, illocutions and the transition are named, not silently dropped.
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(
      /2 L nodes.*2 YA nodes.*1 TA node/,
    );
  });

  it('reads a nodeset inside OVA\'s {"AIF": ...} wrapper', () => {
    const nodeset = {
      AIF: {
        nodes: [
          { nodeID: '1', text: 'p', type: 'I' },
          { nodeID: '2', text: 'q', type: 'I' },
          { nodeID: '3', text: 'Default Inference', type: 'RA' },
        ],
        edges: [
          { edgeID: '1', fromID: '1', toID: '3' },
          { edgeID: '2', fromID: '3', toID: '2' },
        ],
      },
    };
    const result = fromAif(JSON.stringify(nodeset));
    expect(result.ok && result.map.relations).toEqual([
      { id: 'r3', kind: 'support', from: ['n1'], to: 'n2' },
    ]);
  });

  it('leaves out an inference with no premise, and the undercut aimed at it, with warnings', () => {
    const nodeset = {
      nodes: [
        { nodeID: 1, text: 'p', type: 'I' },
        { nodeID: 2, text: 'Default Inference', type: 'RA' },
        { nodeID: 3, text: 'u', type: 'I' },
        { nodeID: 4, text: 'Default Conflict', type: 'CA' },
      ],
      edges: [
        { edgeID: 1, fromID: 2, toID: 1 },
        { edgeID: 2, fromID: 3, toID: 4 },
        { edgeID: 3, fromID: 4, toID: 2 },
      ],
    };
    const result = fromAif(JSON.stringify(nodeset));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.relations).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(['nodes[1]', 'nodes[3]']);
  });

  it('opens a file whose relations go round in a circle, leaving those out with a note', () => {
    // As in an AIF corpus file: a conflict from a claim to that same claim, and two claims each
    // supporting the other; an undercut of the support left out has nothing left to attack.
    const nodeset = {
      nodes: [
        { nodeID: 11, text: 'alpha', type: 'I' },
        { nodeID: 12, text: 'beta', type: 'I' },
        { nodeID: 13, text: 'Default Conflict', type: 'CA' },
        { nodeID: 14, text: 'Default Inference', type: 'RA' },
        { nodeID: 15, text: 'Default Inference', type: 'RA' },
        { nodeID: 16, text: 'gamma', type: 'I' },
        { nodeID: 17, text: 'Default Conflict', type: 'CA' },
      ],
      edges: [
        { edgeID: 1, fromID: 11, toID: 13 },
        { edgeID: 2, fromID: 13, toID: 11 },
        { edgeID: 3, fromID: 11, toID: 14 },
        { edgeID: 4, fromID: 14, toID: 12 },
        { edgeID: 5, fromID: 12, toID: 15 },
        { edgeID: 6, fromID: 15, toID: 11 },
        { edgeID: 7, fromID: 16, toID: 17 },
        { edgeID: 8, fromID: 17, toID: 15 },
      ],
    };
    const result = fromAif(JSON.stringify(nodeset));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes.map((n) => n.text)).toEqual(['alpha', 'beta', 'gamma']);
    expect(result.map.relations.map((r) => [r.kind, r.from, r.to])).toEqual([
      ['support', ['n11'], 'n12'],
    ]);
    expect(result.warnings).toEqual([
      {
        path: 'nodes[2]',
        message: 'left out CA-node "13": it attacks the claim "11" it comes from',
      },
      {
        path: 'nodes[4]',
        message: 'left out RA-node "15": it would close a circle of support ("11" -> "12" -> "11")',
      },
      {
        path: 'nodes[6]',
        message: 'left out CA-node "17": the node "15" it leads to was left out',
      },
    ]);
  });

  it('reads a node the file repeats exactly once, and says so', () => {
    // As in AIF corpus files that list some nodes (and their edges) twice.
    const nodes = [
      { nodeID: 1, text: 'claim', type: 'I' },
      { nodeID: 2, text: 'reason', type: 'I' },
      { nodeID: 3, text: 'Default Inference', type: 'RA' },
    ];
    const edges = [
      { edgeID: 1, fromID: 2, toID: 3 },
      { edgeID: 2, fromID: 3, toID: 1 },
    ];
    const result = fromAif(
      JSON.stringify({ nodes: [...nodes, nodes[1], nodes[2]], edges: [...edges, ...edges] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.map.nodes.map((n) => n.text)).toEqual(['claim', 'reason']);
    expect(result.map.relations).toHaveLength(1);
    expect(result.map.relations[0]?.from).toEqual(['n2']);
    expect(result.warnings).toContainEqual({
      path: 'nodes[3]',
      message: '2 nodes are in the file twice (same nodeID, type and text): read once',
    });
  });

  it('names every nodeID that two different nodes share', () => {
    const result = fromAif(
      JSON.stringify({
        nodes: [
          { nodeID: 1, text: 'a', type: 'I' },
          { nodeID: 2, text: 'b', type: 'I' },
          { nodeID: 1, text: 'a, edited', type: 'I' },
          { nodeID: 2, text: 'b', type: 'RA' },
        ],
        edges: [],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.path)).toEqual(['nodes[2].nodeID', 'nodes[3].nodeID']);
  });

  it.each([
    ['text that is not JSON', '{nodes:', /not valid JSON/],
    ['JSON without nodes', '{"edges": []}', /nodes/],
    [
      'a nodeset without claims',
      '{"nodes": [{"nodeID": 1, "text": "x", "type": "L"}], "edges": []}',
      /no I-nodes/,
    ],
    [
      'duplicate node ids',
      '{"nodes": [{"nodeID": 1, "text": "x", "type": "I"}, {"nodeID": "1", "text": "y", "type": "I"}]}',
      /duplicate nodeID/,
    ],
  ])('rejects %s with an issue', (_name, text, message) => {
    const result = fromAif(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.path} ${i.message}`).join('\n')).toMatch(message);
  });
});
