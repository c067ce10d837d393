import { describe, expect, it } from 'vitest';
import { tinyMap } from '../explore/testMaps';
import { checkMapRules } from '../model/rules';
import { parseTagList, setTags } from './tagEdits';

describe('tags', () => {
  it('reads a typed list: commas, spaces kept inside a tag, # dropped, each once', () => {
    expect(parseTagList(' #economy, public  health ,economy,, ')).toEqual([
      'economy',
      'public health',
    ]);
  });

  it('sets and removes a node’s tags, and refuses one the format would not take', () => {
    const map = tinyMap(['a', 'b']);
    const tagged = setTags(map, 'a', ['economy']);
    expect(tagged.ok && tagged.map.nodes[0]?.tags).toEqual(['economy']);
    expect(tagged.ok && checkMapRules(tagged.map)).toEqual([]);
    if (!tagged.ok) return;
    expect(
      setTags(tagged.map, 'a', ['economy']).ok && setTags(tagged.map, 'a', ['economy']),
    ).toMatchObject({ map: tagged.map });
    const cleared = setTags(tagged.map, 'a', []);
    expect(cleared.ok && 'tags' in (cleared.map.nodes[0] ?? {})).toBe(false);
    const bad = setTags(map, 'a', ['x'.repeat(41)]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^tags: /);
  });
});
