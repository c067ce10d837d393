import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { toAif } from './aif/toAif';
import { detectFormat, importMap } from './importers';
import { toJson } from './json/toJson';

describe('detectFormat', () => {
  it('goes by the file name first', () => {
    expect(detectFormat('debate.argdown', '{')).toBe('argdown');
    expect(detectFormat('corpus.aif.json', '{}')).toBe('aif');
  });

  it('tells our JSON, AIF, Kialo and Argdown apart by content', () => {
    expect(detectFormat('map.json', '{"version":1,"nodes":[]}')).toBe('json');
    expect(detectFormat('nodeset.json', '{"nodes":[{"nodeID":1}]}')).toBe('aif');
    expect(detectFormat('ova.json', '{"AIF":{"nodes":[]}}')).toBe('aif');
    expect(detectFormat('export.txt', 'Discussion Title: X\r\n\r\n1. Thesis\r\n')).toBe('kialo');
    expect(detectFormat('notes.txt', '[A]: a claim\n  + [B]: a reason\n')).toBe('argdown');
    expect(detectFormat('old.txt', '1. Cars should go.\n1.1. Pro: They pollute.\n')).toBe('kialo');
    expect(detectFormat('new.txt', '1. Cars should go.\n\n1.1.\n Con:\n Jobs.\n')).toBe('kialo');
  });

  it('takes a numbered list for no sign of Kialo: Argdown and Markdown have them', () => {
    const argdown = '[Ban]: Cars should be banned.\n\n1. [Air]: Cars pollute.\n   +> [Ban]\n';
    expect(detectFormat('debate.txt', argdown)).toBe('argdown');
    expect(detectFormat('paper.qmd', '# Notes\n\n1. first\n2. second\n')).toBe('argdown');
    expect(detectFormat('notes.md', '1. Thesis\n1.1. Pro: reason\n')).toBe('argdown');
  });
});

describe('importMap', () => {
  it('reads a file that starts with a byte-order mark in every format', async () => {
    const map = loadDefaultMap();
    for (const [name, text] of [
      ['map.json', toJson(map)],
      ['map.aif.json', toAif(map)],
      ['map.argdown', '===\ntitle: T\n===\n\n[A]: a\n  + [B]: b\n'],
      ['debate.txt', 'Discussion Title: T\n\n1. Thesis.\n1.1. Pro: Reason.\n'],
    ] as const) {
      const result = await importMap(name, `\uFEFF${text}`);
      expect(result.ok, name).toBe(true);
      if (result.ok)
        expect(
          result.map.nodes.some((n) => n.text.includes('\uFEFF')),
          name,
        ).toBe(false);
    }
  });

  it('names a map whose file gives no title after the file, and keeps a title the file gives', async () => {
    const titleOf = async (name: string, text: string) => {
      const result = await importMap(name, text);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.map.title;
    };
    const argdown = '[A]: a\n  + [B]: b\n';
    expect(await titleOf('debates/semmelweis_betz.argdown', argdown)).toBe('semmelweis betz');
    expect(await titleOf('primer.argdown', `===\ntitle: Primer\n===\n\n${argdown}`)).toBe('Primer');
    const aif = JSON.stringify({
      nodes: [
        { nodeID: 1, text: 'claim', type: 'I' },
        { nodeID: 2, text: 'reason', type: 'I' },
        { nodeID: 3, text: 'Default Inference', type: 'RA' },
      ],
      edges: [
        { edgeID: 1, fromID: 2, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 1 },
      ],
    });
    expect(await titleOf('nodeset21145.json', aif)).toBe('nodeset21145');
    expect(await titleOf('x.aif.json', toAif(loadDefaultMap()))).toBe(loadDefaultMap().title);
  });

  it('opens the project JSON and AIF, and refuses a broken file with located problems', async () => {
    const map = loadDefaultMap();
    const json = await importMap('map.json', toJson(map));
    expect(json.ok && json.map.nodes.length).toBe(map.nodes.length);
    const aif = await importMap('map.aif.json', toAif(map));
    expect(aif.format).toBe('aif');
    expect(aif.ok && aif.map.nodes.map((n) => n.id)).toEqual(map.nodes.map((n) => n.id));
    const broken = await importMap('broken.json', '{"version":1,"title":"x","nodes":[{"id":""}]}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.some((i) => i.path.startsWith('nodes[0]'))).toBe(true);
  });

  it("says what a JSON file is when it is no map: Argdown's JSON export, or which keys it has", async () => {
    const messageOf = async (text: string) => {
      const result = await importMap('file.json', text);
      return result.ok ? 'opened' : result.issues.map((i) => i.message).join('\n');
    };
    const argdownJson = JSON.stringify({
      arguments: { A: { type: 'argument', relations: [] } },
      statements: { s: { type: 'equivalence-class', members: [] } },
      relations: [],
    });
    expect(await messageOf(argdownJson)).toMatch(
      /^this is Argdown's JSON export .* open the \.argdown file it was made from$/,
    );
    expect(await messageOf('{"users": [], "posts": []}')).toMatch(
      /^this JSON is no argument map this app reads \(it has the keys "users", "posts"\)/,
    );
    // A map of ours gone wrong still gets the model's located problems.
    expect(await messageOf('{"version": 1, "nodes": 3}')).not.toMatch(/no argument map/);
  });
});
