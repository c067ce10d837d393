import {
  ArgdownApplication,
  DataPlugin,
  type IArgdownResponse,
  type IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  type RelationMember,
} from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { LabelLanguage } from '../../layout/types';
import type { ArgumentMap, ArgumentNode, Group, Relation } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { collapseWhitespace, nodeLabel } from '../shared/text';
import { argdownTextLines } from './syntax';
import { toArgdown } from './toArgdown';

function parseArgdown(input: string): IArgdownResponse {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none' });
}

function parsedCleanly(input: string): IArgdownResponse {
  const response = parseArgdown(input);
  expect(response.lexerErrors ?? []).toEqual([]);
  expect((response.parserErrors ?? []).map((e) => e.message)).toEqual([]);
  expect(response.exceptions ?? []).toEqual([]);
  return response;
}

/** The text of the statement that defines an equivalence class (not a reference to it). */
function definedText(ec: IEquivalenceClass): string | undefined {
  const member = ec.members.find((m) => !m.isReference);
  return member?.text?.trim();
}

type Data = Record<string, unknown>;
const dataOf = (x: { data?: unknown } | undefined): Data => (x?.data ?? {}) as Data;

/**
 * What an importer could rebuild from the parsed Argdown and its YAML data: the check that the
 * export loses nothing. Argdown itself supplies texts, titles, relations, arguments and sections.
 */
function readBack(response: IArgdownResponse) {
  const argmap = (response.frontMatter as Data).argmap as Data;
  const labels = argmap.labels as LabelLanguage;
  const sourceText = (argmap.source as Data).text as string;
  const statements = Object.values(response.statements ?? {});
  const args = response.arguments ?? {};
  const idOfStatement = (title: string | undefined) => {
    const ec = response.statements?.[title ?? ''];
    return (dataOf(ec).id as string | undefined) ?? title ?? '';
  };
  const idOfArgument = (title: string | undefined) =>
    (dataOf(args[title ?? '']).id as string | undefined) ?? title ?? '';
  const idOfMember = (m: RelationMember | undefined): string => {
    if (!m) return '';
    if (m.type === 'inference' || m.type === 'argument') {
      return idOfArgument(m.type === 'inference' ? m.argumentTitle : m.title);
    }
    return idOfStatement(m.title);
  };

  const nodes: ArgumentNode[] = [];
  for (const ec of statements) {
    const data = dataOf(ec);
    if (data.generated || data.kind === undefined) continue;
    const shown = definedText(ec) ?? '';
    const quote = data.quote as { start: number; end: number } | undefined;
    nodes.push({
      id: idOfStatement(ec.title),
      kind: data.kind as ArgumentNode['kind'],
      implicit: data.implicit === true,
      text: (data.text as string | undefined) ?? (labels === 'source' ? shown : ''),
      gloss: (data.gloss as string | undefined) ?? (labels === 'gloss' ? shown : ''),
      ...(quote && { quote: { ...quote, text: sourceText.slice(quote.start, quote.end) } }),
      ...(data.breaksOff === true && { breaksOff: true }),
    });
  }

  const plainIds = (argmap.relationIds ?? []) as [string, string, string, string][];
  const relations: Relation[] = [];
  for (const r of response.relations ?? []) {
    if (dataOf(r.from).generated) continue; // the argument's own relation, read below
    const kind = r.relationType === 'support' ? 'support' : 'attack';
    const from = idOfMember(r.from);
    const to = idOfMember(r.to);
    const id = plainIds.find((p) => p[1] === kind && p[2] === from && p[3] === to)?.[0] ?? '?';
    relations.push({ id, kind, from: [from], to });
  }
  for (const arg of Object.values(args)) {
    const conclusion = arg.pcs[arg.pcs.length - 1];
    const conclusionEc = response.statements?.[conclusion?.title ?? ''];
    let to = idOfStatement(conclusion?.title);
    if (dataOf(conclusionEc).generated) {
      const own = response.relations?.find((r) => r.from === conclusionEc);
      to = idOfMember(own?.to);
    }
    relations.push({
      id: idOfArgument(arg.title),
      kind: dataOf(arg).kind as Relation['kind'],
      from: arg.pcs.slice(0, -1).map((s) => idOfStatement(s.title)),
      to,
    });
  }
  // A "continues" relation from several nodes is in the data of each, `place` giving the order.
  const continues = new Map<string, { relation: Relation; places: number[] }>();
  for (const ec of statements) {
    const entries = (dataOf(ec).continues ?? []) as { id: string; to: string; place?: number }[];
    for (const c of entries) {
      const entry = continues.get(c.id) ?? {
        relation: { id: c.id, kind: 'continues', from: [], to: c.to },
        places: [],
      };
      const at = entry.places.filter((p) => p < (c.place ?? 0)).length;
      entry.places.splice(at, 0, c.place ?? 0);
      entry.relation.from.splice(at, 0, idOfStatement(ec.title));
      continues.set(c.id, entry);
    }
  }
  relations.push(...[...continues.values()].map((c) => c.relation));
  relations.push(...((argmap.extraRelations ?? []) as Relation[]));

  const groups: Group[] = (response.sections ?? [])
    .filter((s) => dataOf(s).isGroup === true)
    .map((s) => ({
      id: dataOf(s).id as string,
      label: s.title ?? '',
      members: statements
        .filter((ec) => ec.section === s && !dataOf(ec).generated)
        .map((ec) => idOfStatement(ec.title)),
    }));

  return { title: (response.frontMatter as Data).title, labels, nodes, relations, groups };
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const MAPS: [string, () => ArgumentMap][] = [
  ['the default map', loadDefaultMap],
  ['a hostile map', hostileMap],
];

describe('toArgdown', () => {
  for (const [name, load] of MAPS) {
    for (const labels of ['source', 'gloss'] as const) {
      it(`${name} with ${labels} labels parses without errors and loses nothing`, () => {
        const map = load();
        const back = readBack(parsedCleanly(toArgdown(map, { labels })));
        expect(back.title).toBe(map.title);
        expect(back.labels).toBe(labels);
        expect(byId(back.nodes)).toEqual(byId(map.nodes));
        expect(byId(back.relations)).toEqual(byId(map.relations));
        expect(back.groups).toEqual(map.groups);
      });
    }

    it(`${name}: every node is a statement showing its label`, () => {
      const map = load();
      for (const labels of ['source', 'gloss'] as const) {
        const response = parsedCleanly(toArgdown(map, { labels }));
        const shown = Object.values(response.statements ?? {})
          .filter((ec) => !dataOf(ec).generated)
          .map((ec) => definedText(ec));
        expect(shown).toHaveLength(map.nodes.length);
        expect(new Set(shown)).toEqual(
          new Set(map.nodes.map((n) => collapseWhitespace(nodeLabel(n, labels)))),
        );
      }
    });
  }

  it('writes plain support and attack as Argdown relations between the statements', () => {
    const response = parsedCleanly(toArgdown(loadDefaultMap()));
    const pairs = (response.relations ?? []).map(
      (r) => `${r.from?.title} ${r.relationType} ${r.to?.title}`,
    );
    expect(pairs).toContain('feasibility support further-capabilities');
    expect(pairs).toContain('traditional-view attack conclusion');
    expect(pairs).toContain('core-functions-lost attack traditional-view');
    // 12 single-premise supports and attacks; the co-premises are an argument instead.
    expect(pairs).toHaveLength(12);
  });

  it('writes co-premises as one argument whose premises lead to the conclusion together', () => {
    const response = parsedCleanly(toArgdown(loadDefaultMap()));
    const args = Object.values(response.arguments ?? {});
    expect(args.map((a) => a.title)).toEqual(['r-main']);
    expect(args[0]?.pcs.map((s) => [s.title, s.role])).toEqual([
      ['further-capabilities', 'premise'],
      ['core-functions-lost', 'premise'],
      ['conclusion', 'main-conclusion'],
    ]);
  });

  it('writes an undercut as an undercut of the inference of the attacked argument', () => {
    const map = tinyMap(
      ['a', 'b', 'c', 'd'],
      [
        ['r1', 'support', 'a', 'b'],
        ['r2', 'attack', 'c', 'r1'],
        ['r3', 'attack', 'd', 'r2'],
      ],
    );
    const response = parsedCleanly(toArgdown(map));
    const undercuts = (response.relations ?? [])
      .filter((r) => r.relationType === 'undercut')
      .map((r) => [r.from?.title, r.to?.type, r.to?.type === 'inference' && r.to.argumentTitle]);
    // r2 is undercut in turn, so it is an argument too: its generated conclusion undercuts r1.
    expect(undercuts).toEqual([
      ['r2 conclusion', 'inference', 'r1'],
      ['d', 'inference', 'r2'],
    ]);
    expect(response.arguments?.r1?.pcs.map((s) => s.title)).toEqual(['a', 'b']);
    expect(response.arguments?.r2?.pcs.map((s) => s.title)).toEqual(['c', 'r2 conclusion']);
  });

  it('makes groups sections, so members keep their group although related elsewhere', () => {
    const response = parsedCleanly(toArgdown(loadDefaultMap()));
    const sectionOf = (title: string) => response.statements?.[title]?.section?.title;
    expect(sectionOf('feasibility')).toBe('Funktion 1: Koordination');
    expect(sectionOf('core-functions-lost')).toBe(
      '6. Neue verteidigungs- und sicherheitspolitische Optionen',
    );
    expect(sectionOf('conclusion')).toBeUndefined();
    const argument = response.arguments?.['r-main'];
    expect(argument?.section?.isGroup).toBe(false);
  });

  it('keeps "continues" as data of the node it starts from, never as support', () => {
    const response = parsedCleanly(toArgdown(loadDefaultMap()));
    expect(dataOf(response.statements?.['realism-declines']).continues).toEqual([
      { id: 'r-question', to: 'orientation-question' },
    ]);
    const touching = (response.relations ?? []).filter(
      (r) => r.to?.title === 'orientation-question' || r.from?.title === 'orientation-question',
    );
    expect(touching).toEqual([]);
  });

  it('writes a "continues" relation from several nodes into the data of each, with its place', () => {
    // `c` is in a group, so it is written after `b`: the place keeps the relation's order.
    const map = tinyMap(
      ['a', 'b', 'c'],
      [['next', 'continues', ['c', 'b'], 'a']],
      [{ id: 'g', members: ['c'] }],
    );
    const response = parsedCleanly(toArgdown(map));
    expect(dataOf(response.statements?.c).continues).toEqual([{ id: 'next', to: 'a', place: 1 }]);
    expect(dataOf(response.statements?.b).continues).toEqual([{ id: 'next', to: 'a', place: 2 }]);
    expect(readBack(response).relations).toEqual(map.relations);
  });

  it('gives ids that Argdown would misread a safe title, and keeps the id in the data', () => {
    // `<_r>` at the start of a line would be an undercut `<_`, `[-a]` no reference, and
    // `[constructor]` a key of every object.
    const map = tinyMap(
      ['_a', '-b', 'constructor', 'd', 'e'],
      [
        ['_r', 'support', ['_a', '-b'], 'constructor'],
        ['toString', 'attack', ['d', 'e'], '_r'],
      ],
    );
    const text = toArgdown(map);
    const response = parsedCleanly(text);
    expect(Object.keys(response.statements ?? {}).sort()).toEqual(
      ['n_a', 'n-b', 'nconstructor', 'd', 'e', 'ntoString conclusion'].sort(),
    );
    expect(Object.keys(response.arguments ?? {}).sort()).toEqual(['n_r', 'ntoString']);
    expect(dataOf(response.statements?.n_a).id).toBe('_a');
    expect(dataOf(response.arguments?.n_r).id).toBe('_r');
    expect(text).toMatch(/^<n_r> \{/m);
    const back = readBack(response);
    expect(byId(back.nodes).map((n) => n.id)).toEqual(byId(map.nodes).map((n) => n.id));
    expect(byId(back.relations)).toEqual(byId(map.relations));
  });

  it("titles a statement whose id a program made (AIF's) by its first words, keeping the id", () => {
    const map = tinyMap(
      [
        { id: 'n149527', text: 'Probing classifiers are already a prominent method, [1] it says.' },
        { id: 'n4_1731586856', text: 'Probing classifiers are already a prominent method too.' },
        { id: 'conclusion', text: 'Linear probes should be the default.' },
      ],
      [
        ['r1', 'support', ['n149527'], 'conclusion'],
        ['r2', 'attack', ['n4_1731586856'], 'conclusion'],
      ],
    );
    const response = parsedCleanly(toArgdown(map));
    expect(Object.keys(response.statements ?? {}).sort()).toEqual([
      'Probing classifiers are already a',
      'Probing classifiers are already a-2',
      'conclusion',
    ]);
    const back = readBack(response);
    expect(byId(back.nodes).map((n) => [n.id, n.text])).toEqual(
      byId(map.nodes).map((n) => [n.id, n.text]),
    );
    expect(byId(back.relations)).toEqual(byId(map.relations));
  });

  it.each([
    ['brackets', 'a [title] and [link](http://x.org)'],
    ['angle brackets', '<argument> and <!-- comment -->'],
    ['hash', '#tag and #(long tag)'],
    ['asterisks', '*italic* and **bold**'],
    ['underscores', '_italic_ and __bold__ and snake_case'],
    ['braces', '{kind: "fake"} data'],
    ['backslash', 'back\\slash \\[ and \\'],
    ['comments', 'a // line and /* block */ comment'],
    ['shortcodes', ':up: and .~. and 10:30:00 and z.B. and 6.1.'],
    ['front matter', '=== front matter. === and ==='],
    ['mentions', '@[title] and @<argument>'],
    ['leading plus', '+ plus'],
    ['leading minus', '- minus'],
    ['leading inference', '---- inference'],
    ['leading number', '(1) premise'],
    ['leading list item', '1. item'],
    ['leading undercut', '_ undercut'],
    ['quotes', '"double" \'single\' „German“ «French»'],
    ['umlauts', 'Grüße aus Zürich, Äpfel & Öl'],
  ])('keeps a statement with %s as the same words', (_name, text) => {
    const input = `[s]: ${argdownTextLines(text).join('\n')}`;
    const response = parsedCleanly(input);
    expect(Object.keys(response.statements ?? {})).toEqual(['s']);
    const ec = response.statements?.s as IEquivalenceClass;
    expect(definedText(ec)).toBe(text);
    // Plain text: no tags, bold, italic, links, mentions or shortcodes were read into it.
    expect(response.tags).toEqual({});
    expect(ec.members[0]?.ranges ?? []).toEqual([]);
    expect(response.relations).toEqual([]);
    expect(response.arguments).toEqual({});
  });

  it('turns line breaks into continuation lines whose first characters stay text', () => {
    const lines = argdownTextLines('first\n+ second\n\n- third\n# fourth\n1. fifth');
    expect(lines).toHaveLength(5);
    const response = parsedCleanly(`[s]: ${lines.join('\n')}`);
    expect(definedText(response.statements?.s as IEquivalenceClass)).toBe(
      'first + second - third # fourth 1. fifth',
    );
    expect(response.relations).toEqual([]);
    expect(response.sections).toEqual([]);
  });
});
