import { describe, expect, it } from 'vitest';
import type { ArgumentMap, MapIssue } from '../../model/types';
import { fromAif } from './fromAif';
import { toAif } from './toAif';

function imported(value: unknown): { map: ArgumentMap; warnings: MapIssue[] } {
  const result = fromAif(typeof value === 'string' ? value : JSON.stringify(value));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result;
}

const saidOf = (map: ArgumentMap) =>
  Object.fromEntries(map.nodes.flatMap((n) => (n.said ? [[n.id, n.said]] : [])));

const T = '2024-03-12 10:15:00';

/**
 * A dialogue as OVA3 saves it: the nodeset under "AIF", OVA's own layout beside it, the analysed
 * text as HTML. Bob argues in one locution for two claims; Alice answers twice. L-nodes begin with
 * "Speaker : " as OVA writes them, and the locutions name the participants.
 */
const ovaDialogue = {
  AIF: {
    nodes: [
      {
        nodeID: '1',
        text: 'Bob : we should cut taxes, the economy would grow',
        type: 'L',
        timestamp: T,
      },
      { nodeID: '2', text: 'We should cut taxes', type: 'I', timestamp: T },
      { nodeID: '3', text: 'Asserting', type: 'YA', timestamp: T },
      { nodeID: '4', text: 'The economy would grow', type: 'I', timestamp: T },
      { nodeID: '5', text: 'Asserting', type: 'YA', timestamp: T },
      { nodeID: '6', text: 'Default Inference', type: 'RA', timestamp: T },
      { nodeID: '7', text: 'Arguing', type: 'YA', timestamp: T },
      { nodeID: '8', text: 'Alice : growth is not automatic', type: 'L', timestamp: T },
      { nodeID: '9', text: 'Growth is not automatic', type: 'I', timestamp: T },
      { nodeID: '10', text: 'Asserting', type: 'YA', timestamp: T },
      { nodeID: '11', text: 'Default Conflict', type: 'CA', timestamp: T },
      { nodeID: '12', text: 'Default Transition', type: 'TA', timestamp: T },
      { nodeID: '13', text: 'Disagreeing', type: 'YA', timestamp: T },
      { nodeID: '14', text: 'Alice Jones : and taxes pay for schools', type: 'L', timestamp: T },
      { nodeID: '15', text: 'Taxes pay for schools', type: 'I', timestamp: T },
      { nodeID: '16', text: 'Asserting', type: 'YA', timestamp: T },
      { nodeID: '17', text: 'Default Conflict', type: 'CA', timestamp: T },
      { nodeID: '18', text: 'Default Transition', type: 'TA', timestamp: T },
    ],
    edges: [
      { edgeID: '1', fromID: '1', toID: '3' },
      { edgeID: '2', fromID: '3', toID: '2' },
      { edgeID: '3', fromID: '1', toID: '5' },
      { edgeID: '4', fromID: '5', toID: '4' },
      { edgeID: '5', fromID: '4', toID: '6' },
      { edgeID: '6', fromID: '6', toID: '2' },
      { edgeID: '7', fromID: '1', toID: '7' },
      { edgeID: '8', fromID: '7', toID: '6' },
      { edgeID: '9', fromID: '8', toID: '10' },
      { edgeID: '10', fromID: '10', toID: '9' },
      { edgeID: '11', fromID: '9', toID: '11' },
      { edgeID: '12', fromID: '11', toID: '6' },
      { edgeID: '13', fromID: '1', toID: '12' },
      { edgeID: '14', fromID: '12', toID: '8' },
      { edgeID: '15', fromID: '12', toID: '13' },
      { edgeID: '16', fromID: '13', toID: '11' },
      { edgeID: '17', fromID: '14', toID: '16' },
      { edgeID: '18', fromID: '16', toID: '15' },
      { edgeID: '19', fromID: '15', toID: '17' },
      { edgeID: '20', fromID: '17', toID: '2' },
      { edgeID: '21', fromID: '8', toID: '18' },
      { edgeID: '22', fromID: '18', toID: '14' },
    ],
    schemefulfillments: [{ nodeID: '6', schemeID: '72' }],
    descriptorfulfillments: [],
    participants: [
      { participantID: 1, firstname: 'Bob', surname: 'Brown' },
      { participantID: 2, firstname: 'Alice', surname: 'Jones' },
    ],
    locutions: [
      { nodeID: '1', personID: 1, timestamp: T, start: null, end: null, source: null },
      { nodeID: '8', personID: 2, timestamp: T, start: null, end: null, source: null },
      { nodeID: '14', personID: 2, timestamp: T, start: null, end: null, source: null },
    ],
  },
  OVA: {
    firstname: 'Ann',
    surname: 'Analyst',
    url: '',
    nodes: [{ nodeID: '1', visible: true, x: 10, y: 10, timestamp: '' }],
    edges: [{ fromID: '1', toID: '3', visible: true }],
  },
  text: '<span class="highlighted" id="node1">Bob : we should cut taxes, the economy would grow</span><br><br><span class="highlighted" id="node8">Alice : growth is not automatic</span>&nbsp;&amp; <span class="highlighted" id="node14">Alice Jones : and taxes pay for schools</span><br>',
};

/**
 * xAIF as the argument mining framework passes it on: numeric ids from 0, `null` for the parts a
 * module did not fill in, the text under `txt`. Speakers are participants; the third locution
 * names a person the file does not list.
 */
const xaif = {
  AIF: {
    descriptorfulfillments: null,
    edges: [
      { edgeID: 0, fromID: 0, toID: 4 },
      { edgeID: 1, fromID: 4, toID: 3 },
      { edgeID: 2, fromID: 1, toID: 6 },
      { edgeID: 3, fromID: 6, toID: 5 },
      { edgeID: 4, fromID: 2, toID: 8 },
      { edgeID: 5, fromID: 8, toID: 7 },
      { edgeID: 6, fromID: 3, toID: 9 },
      { edgeID: 7, fromID: 9, toID: 7 },
      { edgeID: 8, fromID: 5, toID: 10 },
      { edgeID: 9, fromID: 10, toID: 3 },
    ],
    locutions: [
      { nodeID: 0, personID: 0 },
      { nodeID: 1, personID: 1 },
      { nodeID: 2, personID: 2 },
    ],
    nodes: [
      { nodeID: 0, text: 'disagreements between party members are to be expected.', type: 'L' },
      { nodeID: 1, text: 'the SNP has disagreements.', type: 'L' },
      { nodeID: 2, text: "it's not uncommon for there to be disagreements.", type: 'L' },
      { nodeID: 3, text: 'Disagreements between party members are to be expected', type: 'I' },
      { nodeID: 4, text: 'Default Illocuting', type: 'YA' },
      { nodeID: 5, text: 'The SNP has disagreements', type: 'I' },
      { nodeID: 6, text: 'Default Illocuting', type: 'YA' },
      { nodeID: 7, text: "It's not uncommon for there to be disagreements", type: 'I' },
      { nodeID: 8, text: 'Default Illocuting', type: 'YA' },
      { nodeID: 9, text: 'Default Inference', type: 'RA' },
      { nodeID: 10, text: 'Default Conflict', type: 'CA' },
    ],
    participants: [
      { firstname: 'Speaker', participantID: 0, surname: '1' },
      { firstname: 'Speaker', participantID: 1, surname: '2' },
    ],
    schemefulfillments: null,
  },
  dialog: true,
  ova: [],
  text: {
    txt: ' Speaker 1 <span class="highlighted" id="0">disagreements between party members are to be expected.</span>.<br><br> Speaker 2 <span class="highlighted" id="1">the SNP has disagreements.</span>.<br><br> Speaker 1 <span class="highlighted" id="2">it\'s not uncommon for there to be disagreements. </span>.<br><br>',
  },
};

describe('fromAif: an OVA dialogue with two speakers', () => {
  const { map, warnings } = imported(ovaDialogue);

  it('gives each claim a locution anchors the words said and the participant who said them', () => {
    expect(saidOf(map)).toEqual({
      n2: { speaker: 'Bob Brown', text: 'we should cut taxes, the economy would grow' },
      n4: { speaker: 'Bob Brown', text: 'we should cut taxes, the economy would grow' },
      n9: { speaker: 'Alice Jones', text: 'growth is not automatic' },
      n15: { speaker: 'Alice Jones', text: 'and taxes pay for schools' },
    });
  });

  it('keeps the argument as before: claims, inference, conflicts', () => {
    expect(map.nodes.map((n) => [n.id, n.kind, n.text])).toEqual([
      ['n2', 'conclusion', 'We should cut taxes'],
      ['n4', 'premise', 'The economy would grow'],
      ['n9', 'objection', 'Growth is not automatic'],
      ['n15', 'objection', 'Taxes pay for schools'],
    ]);
    expect(map.relations).toEqual([
      { id: 'r6', kind: 'support', from: ['n4'], to: 'n2' },
      { id: 'r11', kind: 'attack', from: ['n9'], to: 'r6' },
      { id: 'r17', kind: 'attack', from: ['n15'], to: 'n2' },
    ]);
  });

  it('still names the dialogue it leaves out, and says which words it kept', () => {
    expect(warnings).toEqual([
      {
        path: 'AIF.nodes',
        message:
          'left out 3 L nodes: dialogue nodes have no place in an argument map; the words of 3 are kept as where their claims were said',
      },
      {
        path: 'AIF.nodes',
        message: 'left out 6 YA nodes: dialogue nodes have no place in an argument map',
      },
      {
        path: 'AIF.nodes',
        message: 'left out 2 TA nodes: dialogue nodes have no place in an argument map',
      },
    ]);
  });

  it("takes OVA's text as the source, as plain text", () => {
    expect(map.source).toEqual({
      text: 'Bob : we should cut taxes, the economy would grow\n\nAlice : growth is not automatic & Alice Jones : and taxes pay for schools',
      language: 'und',
    });
    expect(map.nodes.some((n) => n.quote)).toBe(false);
  });

  it('comes back from its own AIF export with the same speakers and words', () => {
    const back = imported(toAif(map));
    expect(back.warnings).toEqual([]);
    expect(back.map).toEqual(map);
    const again = JSON.parse(toAif(back.map));
    expect(again.participants).toEqual([
      { participantID: '1', firstname: 'Bob Brown', surname: '' },
      { participantID: '2', firstname: 'Alice Jones', surname: '' },
    ]);
  });
});

describe('fromAif: xAIF', () => {
  const { map, warnings } = imported(xaif);

  it('reads numeric ids from 0, null parts and the text under "txt"', () => {
    expect(map.nodes.map((n) => [n.id, n.kind, n.text])).toEqual([
      ['n3', 'premise', 'Disagreements between party members are to be expected'],
      ['n5', 'objection', 'The SNP has disagreements'],
      ['n7', 'conclusion', "It's not uncommon for there to be disagreements"],
    ]);
    expect(map.relations).toEqual([
      { id: 'r9', kind: 'support', from: ['n3'], to: 'n7' },
      { id: 'r10', kind: 'attack', from: ['n5'], to: 'n3' },
    ]);
    expect(map.source.text).toBe(
      "Speaker 1 disagreements between party members are to be expected..\n\nSpeaker 2 the SNP has disagreements..\n\nSpeaker 1 it's not uncommon for there to be disagreements. .",
    );
  });

  it('says who said each claim where a participant is listed, else only the words', () => {
    expect(saidOf(map)).toEqual({
      n3: { speaker: 'Speaker 1', text: 'disagreements between party members are to be expected.' },
      n5: { speaker: 'Speaker 2', text: 'the SNP has disagreements.' },
      n7: { text: "it's not uncommon for there to be disagreements." },
    });
    expect(warnings.map((w) => w.message)).toEqual([
      'left out 3 L nodes: dialogue nodes have no place in an argument map; the words of 3 are kept as where their claims were said',
      'left out 3 YA nodes: dialogue nodes have no place in an argument map',
    ]);
  });

  it('comes back from AIF with every claim still said by the same speaker', () => {
    const back = imported(toAif(map));
    expect(back.warnings).toEqual([]);
    expect(saidOf(back.map)).toEqual(saidOf(map));
  });
});

describe('fromAif: locutions without participants', () => {
  const nodeset = (l: string[], ya = 'Asserting') => ({
    nodes: [
      ...l.map((text, i) => ({ nodeID: `l${i}`, text, type: 'L' })),
      ...l.map((_, i) => ({ nodeID: `y${i}`, text: ya, type: 'YA' })),
      ...l.map((_, i) => ({ nodeID: `i${i}`, text: `claim ${i}`, type: 'I' })),
    ],
    edges: l.flatMap((_, i) => [
      { fromID: `l${i}`, toID: `y${i}` },
      { fromID: `y${i}`, toID: `i${i}` },
    ]),
    locutions: [{ nodeID: 'l0', personID: 7 }],
  });

  it('takes the speaker from "Speaker : words" as OVA writes it, and nothing else', () => {
    const { map } = imported(
      nodeset([
        'Bob : we should cut taxes',
        'Note: this colon is no speaker',
        'no speaker at all',
        'Dr. Jane Roe : a : b',
        'Bob :   ',
      ]),
    );
    expect(saidOf(map)).toEqual({
      ni0: { speaker: 'Bob', text: 'we should cut taxes' },
      ni1: { text: 'Note: this colon is no speaker' },
      ni2: { text: 'no speaker at all' },
      ni3: { speaker: 'Dr. Jane Roe', text: 'a : b' },
    });
  });

  it('prefers the locution that asserts a claim to one that agrees with it', () => {
    const file = {
      nodes: [
        { nodeID: 1, text: 'Alice : yes, quite', type: 'L' },
        { nodeID: 2, text: 'Agreeing', type: 'YA' },
        { nodeID: 3, text: 'Taxes are too high', type: 'I' },
        { nodeID: 4, text: 'Bob : taxes are far too high', type: 'L' },
        { nodeID: 5, text: 'Asserting', type: 'YA' },
      ],
      edges: [
        { fromID: 1, toID: 2 },
        { fromID: 2, toID: 3 },
        { fromID: 4, toID: 5 },
        { fromID: 5, toID: 3 },
      ],
    };
    const { map, warnings } = imported(file);
    expect(saidOf(map)).toEqual({ n3: { speaker: 'Bob', text: 'taxes are far too high' } });
    expect(warnings.map((w) => w.message)).toEqual([
      'left out 2 L nodes: dialogue nodes have no place in an argument map; the words of 1 are kept as where its claim was said',
      'left out 2 YA nodes: dialogue nodes have no place in an argument map',
    ]);
  });

  it('cuts words longer than the model holds, with a warning', () => {
    const { map, warnings } = imported(nodeset([`Bob : ${'x'.repeat(6000)}`]));
    expect(map.nodes[0]?.said?.text).toHaveLength(5000);
    expect(map.nodes[0]?.said?.text.endsWith('…')).toBe(true);
    expect(warnings.map((w) => `${w.path} ${w.message}`)).toContain(
      'nodes[0] the words (6000 characters) cut to 5000',
    );
  });
});

describe('toAif: where a claim was said', () => {
  const map = imported(ovaDialogue).map;
  const doc = JSON.parse(toAif(map));
  type N = { nodeID: string; text: string; type: string };
  const nodes = doc.nodes as N[];
  const byId = new Map(nodes.map((n) => [n.nodeID, n]));

  it('writes a locution "Speaker : words" anchored by "Asserting" in the claim', () => {
    const anchors = (doc.edges as { fromID: string; toID: string }[])
      .filter((e) => byId.get(e.fromID)?.type === 'L')
      .map((e) => {
        const ya = byId.get(e.toID);
        const next = doc.edges.find((x: { fromID: string }) => x.fromID === ya?.nodeID);
        return [byId.get(e.fromID)?.text, ya?.text, byId.get(next?.toID)?.text];
      });
    expect(anchors).toEqual([
      [
        'Bob Brown : we should cut taxes, the economy would grow',
        'Asserting',
        'We should cut taxes',
      ],
      [
        'Bob Brown : we should cut taxes, the economy would grow',
        'Asserting',
        'The economy would grow',
      ],
      ['Alice Jones : growth is not automatic', 'Asserting', 'Growth is not automatic'],
      ['Alice Jones : and taxes pay for schools', 'Asserting', 'Taxes pay for schools'],
    ]);
  });

  it('says in the locutions which participant spoke each one', () => {
    const speakerOf = (l: { personID: string }) =>
      doc.participants.find((p: { participantID: string }) => p.participantID === l.personID)
        ?.firstname;
    expect(
      doc.locutions.map((l: { nodeID: string; personID: string }) => [
        byId.get(l.nodeID)?.type,
        speakerOf(l),
      ]),
    ).toEqual([
      ['L', 'Bob Brown'],
      ['L', 'Bob Brown'],
      ['L', 'Alice Jones'],
      ['L', 'Alice Jones'],
    ]);
  });

  it('numbers claims and relations as before the dialogue was added', () => {
    const types = nodes.map((n) => n.type).join('');
    expect(types).toBe('IIIIRACACALYALYALYALYA');
  });

  it('writes words said by nobody known as they are, and reads them back so', () => {
    const unknown: ArgumentMap = {
      ...map,
      nodes: map.nodes.map((n) => ({ ...n, said: { text: 'Bob : not a speaker here' } })),
    };
    const text = toAif(unknown);
    expect(JSON.parse(text).locutions).toEqual([]);
    expect(JSON.parse(text)).not.toHaveProperty('participants');
    expect(imported(text).map).toEqual(unknown);
  });
});
