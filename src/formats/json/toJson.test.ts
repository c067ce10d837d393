import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../../explore/testMaps';
import { parseMap } from '../../model/parseMap';
import { type ArgumentMap, MAP_FORMAT_VERSION } from '../../model/types';
import { hostileMap } from '../shared/testMaps';
import { toJson } from './toJson';

describe('toJson', () => {
  it('writes the default map exactly as the file it was loaded from', () => {
    const file = readFileSync(new URL('../../../data/default-map.json', import.meta.url), 'utf8');
    expect(toJson(loadDefaultMap())).toBe(file);
  });

  it.each([
    ['the default map', loadDefaultMap],
    ['a hostile map', hostileMap],
  ])('gives back an equal map when %s is read again', (_name, load) => {
    const map = load();
    const result = parseMap(toJson(map));
    expect(result.ok && result.map).toEqual(map);
  });

  it('starts with the format version, so later versions can migrate the file', () => {
    const text = toJson(hostileMap());
    expect(Object.keys(JSON.parse(text))[0]).toBe('version');
    expect(JSON.parse(text).version).toBe(MAP_FORMAT_VERSION);
  });

  it('writes the same bytes whatever order the fields were set in', () => {
    const map = hostileMap();
    const shuffled = {
      groups: map.groups.map((g) => ({ members: g.members, label: g.label, id: g.id })),
      relations: map.relations.map((r) => ({ to: r.to, from: r.from, kind: r.kind, id: r.id })),
      nodes: map.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse())),
      source: Object.fromEntries(Object.entries(map.source).reverse()),
      title: map.title,
      version: map.version,
    } as unknown as ArgumentMap;
    expect(toJson(shuffled)).toBe(toJson(map));
  });

  it('leaves out optional fields a node does not have instead of writing null', () => {
    const text = toJson(hostileMap());
    expect(text).not.toContain('null');
    const node = JSON.parse(text).nodes.find((n: { id: string }) => n.id === 'schluss');
    expect(Object.keys(node)).toEqual(['id', 'kind', 'implicit', 'text', 'gloss']);
  });

  it('keeps tags and where a claim was said', () => {
    const map = loadDefaultMap();
    const [first, ...rest] = map.nodes;
    if (!first) throw new Error('empty default map');
    const tagged = {
      ...map,
      nodes: [
        {
          ...first,
          tags: ['economy', 'public health'],
          said: { speaker: 'Bob', text: 'I say so' },
        },
        ...rest,
      ],
    };
    const back = parseMap(toJson(tagged));
    expect(back.ok && back.map.nodes[0]).toEqual(tagged.nodes[0]);
  });
});
