import {
  ArgdownApplication,
  DataPlugin,
  type IArgdownResponse,
  ModelPlugin,
  ParserPlugin,
} from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../../explore/testMaps';
import type { ArgumentMap } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { fromArgdown } from './fromArgdown';
import { imported } from './importedForTests';
import { argdownTag } from './syntax';
import { toArgdown } from './toArgdown';

function parseArgdown(input: string): IArgdownResponse {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none' });
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const unordered = (map: ArgumentMap) => ({
  ...map,
  nodes: byId(map.nodes),
  relations: byId(map.relations),
});

/** A debate with tags of every shape and claims said by two speakers, or by someone unknown. */
function taggedMap(): ArgumentMap {
  return tinyMap(
    [
      {
        id: 'a',
        kind: 'conclusion',
        text: 'We should cut taxes.',
        tags: ['economy', 'public health', 'Ökologie', 'snake_case-1', 'x'],
        said: { speaker: 'Bob', text: 'we should cut taxes' },
      },
      {
        id: 'b',
        kind: 'premise',
        text: 'The economy would grow.\nSecond line #not a tag',
        tags: ['Wachstum'],
        said: { speaker: 'Alice Smith', text: 'Well: growth {would} follow, "surely".\nOK?' },
      },
      { id: 'c', kind: 'objection', text: 'Growth is not automatic.', said: { text: 'no : no' } },
      { id: 'd', text: '- leading minus', tags: ['with space'] },
      { id: 'e', tags: ['δημοκρατία', '数字'] },
    ],
    [
      ['r1', 'support', 'b', 'a'],
      ['r2', 'attack', 'c', 'a'],
      ['r3', 'support', ['d', 'e'], 'a'],
    ],
  );
}

function withTagsAndSaid(map: ArgumentMap): ArgumentMap {
  return {
    ...map,
    nodes: map.nodes.map((n, i) => ({
      ...n,
      ...(i % 2 === 0 && { tags: [`tag ${i}`, 'shared'] }),
      ...(i % 3 === 0 && { said: { speaker: `Speaker ${i % 2}`, text: `said ${n.id}` } }),
    })),
  };
}

describe('Argdown tags and where a claim was said: round trips', () => {
  const maps: [string, () => ArgumentMap][] = [
    ['a map with tags and speakers', taggedMap],
    ['the hostile map with tags and speakers', () => withTagsAndSaid(hostileMap())],
    ['the default map with tags and speakers', () => withTagsAndSaid(loadDefaultMap())],
  ];
  for (const [name, load] of maps) {
    for (const labels of ['source', 'gloss'] as const) {
      it(`reads back ${name} exported with ${labels} labels`, () => {
        const { tours: _tours, ...map } = load();
        const back = imported(toArgdown(map, { labels }));
        expect(back.warnings).toEqual([]);
        expect(unordered(back.map)).toEqual(unordered(map));
      });
    }
  }

  it('adds nothing to the default map: no tags and nothing said, there and back', () => {
    const { tours: _tours, ...map } = loadDefaultMap();
    const text = toArgdown(map);
    expect(text).not.toMatch(/said:/);
    expect(parseArgdown(text).tags).toEqual({});
    const back = imported(text).map;
    for (const n of back.nodes) {
      expect(n, n.id).not.toHaveProperty('tags');
      expect(n, n.id).not.toHaveProperty('said');
    }
  });
});

describe('toArgdown: tags and where a claim was said', () => {
  it('writes tags as Argdown tags on the statement line, before its data', () => {
    const text = toArgdown(taggedMap());
    expect(text).toContain(
      '[a]: We should cut taxes. #economy #(public health) #(Ökologie) #snake_case-1 #x {kind: "conclusion"',
    );
    const response = parseArgdown(text);
    expect(response.lexerErrors ?? []).toEqual([]);
    expect(response.parserErrors ?? []).toEqual([]);
    expect(response.statements?.a?.tags).toEqual(taggedMap().nodes[0]?.tags);
    expect(response.statements?.b?.tags).toEqual(['Wachstum']);
    expect(response.statements?.e?.tags).toEqual(['δημοκρατία', '数字']);
    // The text's own `#` is escaped: it is no tag.
    expect(Object.keys(response.tags ?? {})).not.toContain('not');
  });

  it('keeps where a claim was said in the YAML data, speaker and words', () => {
    const response = parseArgdown(toArgdown(taggedMap()));
    expect(response.statements?.a?.data?.said).toEqual({
      speaker: 'Bob',
      text: 'we should cut taxes',
    });
    expect(response.statements?.c?.data?.said).toEqual({ text: 'no : no' });
    expect(response.statements?.d?.data?.said).toBeUndefined();
  });

  it.each([
    ['economy', '#economy'],
    ['snake_case-1', '#snake_case-1'],
    ['public health', '#(public health)'],
    ['Ökologie', '#(Ökologie)'],
  ])('writes the tag %s as %s', (tag, written) => {
    expect(argdownTag(tag)).toBe(written);
  });
});

describe('fromArgdown: tags of plain Argdown', () => {
  it('collects the tags of all uses of a statement, in order, each once', () => {
    const text = '[A]: a #x #y\n\n[B]: b\n  + [A] #y #z #x\n';
    expect(imported(text).map.nodes[0]).toMatchObject({ text: 'a', tags: ['x', 'y', 'z'] });
  });

  it('takes tags at the start and end out of the words, and keeps inner tags as words', () => {
    const text = '[A]: #lead a #(fair share), of #mid things. #end #(the end)\n';
    expect(imported(text).map.nodes[0]).toMatchObject({
      text: 'a fair share, of mid things.',
      tags: ['lead', 'fair share', 'mid', 'end', 'the end'],
    });
  });

  it('tidies the space in a tag, and leaves out tags the model cannot hold, with a warning', () => {
    const text = '[A]: a #(U.S.) #(public   health) #ok #(x.y)\n';
    const { map, warnings } = imported(text);
    expect(map.nodes[0]?.tags).toEqual(['public health', 'ok']);
    expect(warnings).toEqual([
      {
        path: 'line 1, column 1',
        message: expect.stringMatching(/^\[A\]: left out the tags #\(U\.S\.\), #\(x\.y\)/),
      },
    ]);
  });

  it('keeps the first ten tags, with a warning', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `#t${i + 1}`).join(' ');
    const { map, warnings } = imported(`[A]: a ${tags}\n`);
    expect(map.nodes[0]?.tags).toEqual(Array.from({ length: 10 }, (_, i) => `t${i + 1}`));
    expect(warnings.map((w) => w.message)).toEqual([
      '[A] has 12 tags; the first 10 are kept (#(t11), #(t12) left out)',
    ]);
  });

  it('gives an argument without premise-conclusion structure its tags as a node', () => {
    const text = '<Arg>: It is cheaper. #cost #(public money)\n  +> [C]: c\n';
    const node = imported(text).map.nodes.find((n) => n.id === 'arg');
    expect(node).toMatchObject({ text: 'It is cheaper.', tags: ['cost', 'public money'] });
  });

  it("names a reconstructed argument's tags among what it leaves out", () => {
    const text = '<A>: #cost\n\n<A>\n\n(1) [P]: p\n----\n(2) [C]: c\n';
    expect(imported(text).warnings.map((w) => w.message)).toEqual([
      '<A> becomes relations, which have no text: its tag (#(cost)) is left out',
    ]);
  });
});

describe('fromArgdown: where a claim was said, in the data', () => {
  it('refuses words said that the model cannot hold, located at the statement', () => {
    const text = '[A]: a {kind: "claim", said: {speaker: "Bob", text: " "}}\n';
    const result = fromArgdown(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: 'line 1, column 1', message: expect.stringMatching(/^\[A\] \(said\.text\): /) },
      ]);
    }
  });

  it('reads data that is not ours as plain Argdown, with a warning', () => {
    const text = '[A]: a {kind: "claim", said: "Bob"}\n';
    const { map, warnings } = imported(text);
    expect(map.nodes[0]).not.toHaveProperty('said');
    expect(warnings.map((w) => w.message)).toEqual([
      'the data of [A] is not what this app writes; read as plain Argdown',
    ]);
  });
});
