import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap';
import type { ArgumentMap, ArgumentNode, MapIssue } from './types';

const DEFAULT_MAP_JSON = readFileSync(
  new URL('../../data/default-map.json', import.meta.url),
  'utf8',
);

function file(extra: Partial<ArgumentNode>): ArgumentMap {
  return {
    version: 1,
    title: 't',
    source: { text: '', language: 'en' },
    nodes: [{ id: 'a', kind: 'claim', implicit: false, text: 'a', gloss: '', ...extra }],
    relations: [],
    groups: [],
  };
}

function parsed(input: unknown): ArgumentMap {
  const result = parseMap(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.map;
}

function issuesOf(input: unknown): MapIssue[] {
  const result = parseMap(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe("a node's tags in the map file", () => {
  it('are kept through JSON as given, in order', () => {
    const tags = ['economy', 'public health', 'Ökologie', 'snake_case-1', 'δημοκρατία', '2024'];
    const map = parsed(file({ tags }));
    expect(map.nodes[0]?.tags).toEqual(tags);
    expect(parsed(JSON.stringify(map))).toEqual(map);
  });

  it('may be an empty list, or left out', () => {
    expect(parsed(file({ tags: [] })).nodes[0]?.tags).toEqual([]);
    expect(parsed(file({})).nodes[0]).not.toHaveProperty('tags');
  });

  it.each([
    ['an empty tag', ['']],
    ['a tag of 41 characters', ['x'.repeat(41)]],
    ['punctuation', ['U.S.']],
    ['a hash', ['#economy']],
    ['a leading space', [' economy']],
    ['two spaces in a row', ['public  health']],
    ['a line break', ['public\nhealth']],
  ])('refuse %s', (_name, tags) => {
    expect(issuesOf(file({ tags })).map((i) => i.path)).toEqual(['nodes[0].tags[0]']);
  });

  it('hold at most ten, each once', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    expect(issuesOf(file({ tags: eleven }))).toEqual([
      { path: 'nodes[0].tags', message: 'has more than 10 tags' },
    ]);
    expect(issuesOf(file({ tags: ['a', 'b', 'a'] }))).toEqual([
      { path: 'nodes[0].tags', message: 'lists the same tag twice' },
    ]);
    expect(parsed(file({ tags: eleven.slice(0, 10) })).nodes[0]?.tags).toHaveLength(10);
    // Tags differing in case are different tags.
    expect(parsed(file({ tags: ['Economy', 'economy'] })).nodes[0]?.tags).toHaveLength(2);
  });
});

describe('where a claim was said, in the map file', () => {
  it('is kept through JSON, with or without a speaker', () => {
    const map = parsed({
      ...file({ said: { speaker: 'Bob', text: 'we should cut taxes' } }),
      nodes: [
        {
          id: 'a',
          kind: 'claim',
          implicit: false,
          text: 'a',
          gloss: '',
          said: { speaker: 'Bob', text: 'we should cut taxes' },
        },
        {
          id: 'b',
          kind: 'claim',
          implicit: false,
          text: 'b',
          gloss: '',
          said: { text: 'no one knows who' },
        },
      ],
    });
    expect(map.nodes.map((n) => n.said)).toEqual([
      { speaker: 'Bob', text: 'we should cut taxes' },
      { text: 'no one knows who' },
    ]);
    expect(parsed(JSON.stringify(map))).toEqual(map);
  });

  it("trims the words and the speaker, as it trims a node's text", () => {
    expect(parsed(file({ said: { speaker: ' Bob ', text: ' words\n' } })).nodes[0]?.said).toEqual({
      speaker: 'Bob',
      text: 'words',
    });
  });

  it.each([
    ['no words', { text: ' ' }, 'nodes[0].said.text'],
    ['too many words', { text: 'x'.repeat(5001) }, 'nodes[0].said.text'],
    ['an empty speaker', { speaker: '', text: 'w' }, 'nodes[0].said.speaker'],
    [
      'a speaker of 201 characters',
      { speaker: 'x'.repeat(201), text: 'w' },
      'nodes[0].said.speaker',
    ],
    ['a field it does not know', { text: 'w', when: 'today' }, 'nodes[0].said'],
  ])('refuses %s', (_name, said, path) => {
    expect(issuesOf(file({ said: said as ArgumentNode['said'] })).map((i) => i.path)).toEqual([
      path,
    ]);
  });
});

describe('the default map', () => {
  it('needs neither: it parses as it is, and has no tags and nothing said', () => {
    const map = parsed(DEFAULT_MAP_JSON);
    expect(map.nodes.length).toBeGreaterThan(0);
    for (const n of map.nodes) {
      expect(n).not.toHaveProperty('tags');
      expect(n).not.toHaveProperty('said');
    }
  });
});
