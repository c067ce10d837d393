import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { parseMap } from '../model/parseMap';
import { fromAif } from './aif/fromAif';
import { DATA_FORMATS, type DataFormatId, dataFormat } from './registry';

describe('DATA_FORMATS', () => {
  it('lists each format once, with its own file extension', () => {
    const ids = DATA_FORMATS.map((f) => f.id);
    expect(ids).toEqual(['json', 'argdown', 'aif', 'graphml', 'dot', 'mermaid']);
    const extensions = DATA_FORMATS.map((f) => f.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const f of DATA_FORMATS) {
      expect(f.extension).toMatch(/^\.[a-z.]+$/);
      expect(f.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(f.label.trim()).not.toBe('');
    }
  });

  it.each(DATA_FORMATS.map((f) => [f.id]))('exports the default map as %s', (id) => {
    const map = loadDefaultMap();
    const format = dataFormat(id as DataFormatId);
    for (const labels of ['source', 'gloss'] as const) {
      const text = format.export(map, { labels });
      expect(text.length).toBeGreaterThan(1000);
      expect(text.endsWith('\n')).toBe(true);
      // Every format keeps both texts of the conclusion (as label, data, tooltip or comment).
      // Words may be wrapped onto separate lines (`\n` in DOT, a line break elsewhere).
      expect(text).toMatch(/Unterstützungs-(\s|\\n)+und(\s|\\n)+Koordinationsorganisationen/);
      expect(text).toMatch(/coordination(\s|\\n)+bodies/);
    }
  });

  it('exports files the app and AIF tools can read back', () => {
    const map = loadDefaultMap();
    const json = parseMap(dataFormat('json').export(map));
    expect(json.ok && json.map).toEqual(map);
    const aif = fromAif(dataFormat('aif').export(map));
    expect(aif.ok && aif.map.nodes).toEqual(map.nodes);
    const stamp = JSON.parse(dataFormat('aif').export(map)).nodes[0].timestamp as string;
    expect(stamp.startsWith('1970')).toBe(false);
  });

  it('throws on an unknown id', () => {
    expect(() => dataFormat('pdf' as DataFormatId)).toThrow(/unknown data format/);
  });
});
