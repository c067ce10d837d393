import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDefaultMap } from '../explore/testMaps';
import { layoutKey } from './layoutKey';
import { DEFAULT_LAYOUT_OPTIONS } from './types';

describe.each([
  ['SHA-256 (a secure page)', false],
  ['its own hash (a page over plain http, no crypto.subtle)', true],
])('layoutKey with %s', (_, insecure) => {
  const map = loadDefaultMap();
  const keyOf = (...args: Parameters<typeof layoutKey>) => {
    if (insecure) vi.stubGlobal('crypto', {});
    return layoutKey(...args);
  };
  afterEach(() => vi.unstubAllGlobals());

  it('is the same for what draws the same, whatever the tours or title', async () => {
    const key = await keyOf(map, DEFAULT_LAYOUT_OPTIONS, 'b1');
    expect(await keyOf({ ...map, tours: [], title: 'Other' }, DEFAULT_LAYOUT_OPTIONS, 'b1')).toBe(
      key,
    );
  });

  it('differs when a box, an option or the build differs', async () => {
    const [first, ...rest] = map.nodes;
    if (!first) throw new Error('empty map');
    const edited = { ...map, nodes: [{ ...first, text: `${first.text}!` }, ...rest] };
    const keys = await Promise.all([
      keyOf(map, DEFAULT_LAYOUT_OPTIONS, 'b1'),
      keyOf(edited, DEFAULT_LAYOUT_OPTIONS, 'b1'),
      keyOf(map, { ...DEFAULT_LAYOUT_OPTIONS, direction: 'right' }, 'b1'),
      keyOf(map, { ...DEFAULT_LAYOUT_OPTIONS, language: 'de' }, 'b1'),
      keyOf(map, DEFAULT_LAYOUT_OPTIONS, 'b2'),
    ]);
    expect(new Set(keys).size).toBe(5);
  });
});
