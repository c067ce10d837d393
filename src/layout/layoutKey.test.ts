import { describe, expect, it } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { layoutKey } from './layoutKey';
import { DEFAULT_LAYOUT_OPTIONS } from './types';

describe('layoutKey', () => {
  const map = loadDefaultMap();
  const key = layoutKey(map, DEFAULT_LAYOUT_OPTIONS, 'b1');

  it('is the same for what draws the same, whatever the tours or title', () => {
    expect(layoutKey({ ...map, tours: [], title: 'Other' }, DEFAULT_LAYOUT_OPTIONS, 'b1')).toBe(
      key,
    );
  });

  it('differs when a box, an option or the build differs', () => {
    const [first, ...rest] = map.nodes;
    if (!first) throw new Error('empty map');
    const edited = { ...map, nodes: [{ ...first, text: `${first.text}!` }, ...rest] };
    const keys = [
      layoutKey(edited, DEFAULT_LAYOUT_OPTIONS, 'b1'),
      layoutKey(map, { ...DEFAULT_LAYOUT_OPTIONS, direction: 'right' }, 'b1'),
      layoutKey(map, { ...DEFAULT_LAYOUT_OPTIONS, language: 'de' }, 'b1'),
      layoutKey(map, DEFAULT_LAYOUT_OPTIONS, 'b2'),
    ];
    expect(new Set([key, ...keys]).size).toBe(5);
  });
});
