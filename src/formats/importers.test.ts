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
  });
});

describe('importMap', () => {
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
});
